import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { errorBodySchema, measureSchema, meetingReviewSchema } from '@varn/contracts';
import { buildTestApp, createCaseOrganisation, createTestDatabase, testClock } from '../../../test/helpers';
import { insertMeeting } from '../../../test/meeting-plan-fixtures';

/**
 * The after-action review (issue 10 §3): three texts and measures tracked by the measures module
 * (subject `meeting`), for the security unit only.
 */

const clock = testClock(new Date('2026-12-11T09:00:00.000Z'));
const database = await createTestDatabase();
const app = await buildTestApp(database, { clock });
const ekby = await createCaseOrganisation(database, app, 'Ekby kommun');
const grannby = await createCaseOrganisation(database, app, 'Grannby kommun');
const meeting = await insertMeeting(database, ekby.id, {
  startsAt: new Date('2026-12-10T17:00:00.000Z'),
  status: 'held',
});
const url = `/api/meetings/${meeting.id}/review`;

describe('the review', () => {
  it('is empty until written, then keeps the texts and who wrote them', async () => {
    const empty = meetingReviewSchema.parse((await ekby.officer.get(url)).json());
    expect(empty).toMatchObject({
      written: false,
      whatHappened: '',
      writtenBy: null,
      measures: [],
      logEntries: 0,
    });
    await ekby.officer.post(`/api/meetings/${meeting.id}/log`, {
      id: randomUUID(),
      kind: 'disturbance',
      text: 'Rop från läktaren',
      occurredAt: '2026-12-10T17:30:00.000Z',
    });
    const saved = await ekby.officer.put(url, {
      whatHappened: ' Två störningar, en person avvisad. ',
      whatWorked: 'Väktaren vid entrén.',
      whatToChange: 'Överflödessalen öppnades för sent.',
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(meetingReviewSchema.parse(saved.json())).toMatchObject({
      written: true,
      whatHappened: 'Två störningar, en person avvisad.',
      writtenBy: { id: ekby.people.officer.id, name: 'Sara Säkerhet' },
      logEntries: 1,
    });
    const again = await ekby.officer2.put(url, { whatHappened: 'Rättat', whatWorked: '', whatToChange: '' });
    expect(meetingReviewSchema.parse(again.json())).toMatchObject({
      whatHappened: 'Rättat',
      writtenBy: { name: 'Sven Skydd' },
    });
  });

  it('has measures of its own, tracked by the measures module', async () => {
    const added = await ekby.officer.post(`${url}/measures`, {
      type: 'other',
      description: 'Öppna överflödessalen före mötet',
      ownerUserId: ekby.people.officer2.id,
      dueDate: '2027-01-15',
    });
    expect(added.statusCode, added.body).toBe(201);
    const measure = measureSchema.parse(added.json());
    expect(measure).toMatchObject({ status: 'planned', owner: { id: ekby.people.officer2.id } });
    const changed = await ekby.officer.patch(`${url}/measures/${measure.id}`, { status: 'done' });
    expect(measureSchema.parse(changed.json()).status).toBe('done');
    const review = meetingReviewSchema.parse((await ekby.officer.get(url)).json());
    expect(review.measures.map((item) => item.id)).toEqual([measure.id]);
    // The owner must be a security officer; another meeting's measure is not this one's.
    const badOwner = await ekby.officer.post(`${url}/measures`, {
      type: 'other',
      ownerUserId: ekby.people.secretary.id,
    });
    expect(badOwner.statusCode).toBe(422);
    const other = await insertMeeting(database, ekby.id, { startsAt: new Date('2026-12-01T17:00:00.000Z') });
    expect(
      (
        await ekby.officer.patch(`/api/meetings/${other.id}/review/measures/${measure.id}`, {
          status: 'planned',
        })
      ).statusCode,
    ).toBe(404);
  });

  it('refuses texts that are too long and hostile bodies', async () => {
    const long = await ekby.officer.put(url, {
      whatHappened: 'x'.repeat(8001),
      whatWorked: '',
      whatToChange: '',
    });
    expect(long.statusCode).toBe(400);
    expect(errorBodySchema.parse(long.json()).error.code).toBe('validation_failed');
    expect(
      (await ekby.officer.put(url, { whatHappened: 'x', whatWorked: '', whatToChange: '', writtenBy: 'me' }))
        .statusCode,
    ).toBe(400);
    expect((await ekby.officer.put(url, [1, 2, 3])).statusCode).toBe(400);
  });

  it('is the security unit’s only', async () => {
    for (const client of [ekby.secretary, ekby.official, ekby.viewer, ekby.admin, grannby.officer]) {
      expect((await client.get(url)).statusCode).toBe(404);
      expect((await client.put(url, { whatHappened: '', whatWorked: '', whatToChange: '' })).statusCode).toBe(
        404,
      );
    }
  });
});
