import { describe, expect, it } from 'vitest';
import { meetingsSummarySchema } from '@varn/contracts';
import { buildTestApp, createCaseOrganisation, createTestDatabase, testClock } from '../../../test/helpers';
import { insertMeeting } from '../../../test/meeting-plan-fixtures';

/** Meetings in figures (`meeting.summary`): counts for viewers and the unit, never a title. */

const clock = testClock(new Date('2026-12-01T09:00:00.000Z'));
const database = await createTestDatabase();
const app = await buildTestApp(database, { clock });
const ekby = await createCaseOrganisation(database, app, 'Ekby kommun');
const grannby = await createCaseOrganisation(database, app, 'Grannby kommun');
const secret = 'Hemligt sammanträde om hotet';
const first = await insertMeeting(database, ekby.id, {
  title: secret,
  startsAt: new Date('2026-12-10T17:00:00.000Z'),
});
await insertMeeting(database, ekby.id, { type: 'committee', startsAt: new Date('2026-12-31T23:30:00.000Z') });
await insertMeeting(database, ekby.id, {
  status: 'cancelled',
  startsAt: new Date('2026-12-12T17:00:00.000Z'),
});
await insertMeeting(database, ekby.id, { startsAt: new Date('2026-11-01T17:00:00.000Z') });
await insertMeeting(database, grannby.id, { startsAt: new Date('2026-12-10T17:00:00.000Z') });

describe('meetings in figures', () => {
  it('counts the coming meetings by month in Sweden, level, type and plan; no titles', async () => {
    await ekby.officer.put(`/api/meetings/${first.id}/plan`, { revision: 0, threatLevel: 'high' });
    const response = await ekby.viewer.get('/api/meetings/summary');
    expect(response.statusCode, response.body).toBe(200);
    const summary = meetingsSummarySchema.parse(response.json());
    expect(summary).toMatchObject({
      meetings: 2,
      byLevel: { high: 1, moderate: 0, low: 0, none: 1 },
      plans: { approved: 0, draft: 1, none: 1 },
    });
    // 31 December 23:30 UTC is 1 January in Sweden.
    expect(summary.byMonth).toEqual([
      { month: '2026-12', low: 0, moderate: 0, high: 1, none: 0 },
      { month: '2027-01', low: 0, moderate: 0, high: 0, none: 1 },
    ]);
    expect(summary.byType).toEqual([
      { type: 'council', count: 1 },
      { type: 'committee', count: 1 },
    ]);
    expect(response.body).not.toContain('Hemligt');
  });

  it('takes a period, refusing a reversed or too long one', async () => {
    const past = await ekby.officer.get(
      '/api/meetings/summary?from=2026-10-01T00:00:00Z&to=2026-12-01T00:00:00Z',
    );
    expect(meetingsSummarySchema.parse(past.json()).meetings).toBe(1);
    expect(
      (await ekby.viewer.get('/api/meetings/summary?from=2026-12-01T00:00:00Z&to=2026-11-01T00:00:00Z'))
        .statusCode,
    ).toBe(422);
    expect(
      (await ekby.viewer.get('/api/meetings/summary?from=2020-01-01T00:00:00Z&to=2026-11-01T00:00:00Z'))
        .statusCode,
    ).toBe(422);
    expect((await ekby.viewer.get('/api/meetings/summary?from=igår')).statusCode).toBe(400);
  });

  it('is for viewers and the unit only', async () => {
    for (const client of [ekby.secretary, ekby.official, ekby.admin, ekby.staff])
      expect((await client.get('/api/meetings/summary')).statusCode).toBe(403);
  });
});
