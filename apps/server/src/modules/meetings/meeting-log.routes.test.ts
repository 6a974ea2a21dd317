import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  errorBodySchema,
  incidentDetailSchema,
  logEntryIncidentSchema,
  logEntrySchema,
  logFollowSchema,
  meetingLogSchema,
} from '@varn/contracts';
import { meetingLogEntries } from '../../db/schema';
import {
  buildTestApp,
  collectEvents,
  createCaseOrganisation,
  createTestDatabase,
  queuedMails,
  testClock,
  testConfig,
} from '../../../test/helpers';
import { insertMeeting } from '../../../test/meeting-plan-fixtures';

/**
 * The live log (issue 10 §3): entries with the phone's id are stored once whatever the network
 * does, read in the order things happened, followed by mail after commit, and turned into an
 * incident once.
 */

const clock = testClock(new Date('2026-12-10T17:30:00.000Z'));
const database = await createTestDatabase();
const app = await buildTestApp(database, { clock, config: testConfig({ SMTP_URL: 'smtp://127.0.0.1:9' }) });
const mailEvents = await collectEvents(database);
const ekby = await createCaseOrganisation(database, app, 'Ekby kommun');
const grannby = await createCaseOrganisation(database, app, 'Grannby kommun');
const meeting = await insertMeeting(database, ekby.id, {
  title: 'Kommunfullmäktige 10 december',
  startsAt: new Date('2026-12-10T17:00:00.000Z'),
});
const grannbyMeeting = await insertMeeting(database, grannby.id, {
  startsAt: new Date('2026-12-10T17:00:00.000Z'),
});

const entry = (overrides: Record<string, unknown> = {}) => ({
  id: randomUUID(),
  kind: 'disturbance',
  text: 'Plakat och rop från läktaren',
  occurredAt: '2026-12-10T17:20:00.000Z',
  ...overrides,
});
const logUrl = `/api/meetings/${meeting.id}/log`;
const rowsOf = async (id: string) =>
  await database.db.select().from(meetingLogEntries).where(eq(meetingLogEntries.id, id));

describe('writing the log', () => {
  it('stores an entry once: the same entry again answers the stored one (200)', async () => {
    const body = entry();
    const first = await ekby.officer.post(logUrl, body);
    expect(first.statusCode, first.body).toBe(201);
    const stored = logEntrySchema.parse(first.json());
    expect(stored).toMatchObject({
      id: body.id,
      kind: 'disturbance',
      recordedAt: '2026-12-10T17:30:00.000Z',
      incident: null,
    });
    clock.advance(60_000);
    const again = await ekby.officer.post(logUrl, body);
    expect(again.statusCode).toBe(200);
    expect(logEntrySchema.parse(again.json())).toEqual(stored);
    // The same instant written another way is the same entry.
    const sameInstant = await ekby.officer2.post(logUrl, {
      ...body,
      occurredAt: '2026-12-10T18:20:00+01:00',
    });
    expect(sameInstant.statusCode).toBe(200);
    expect(await rowsOf(body.id)).toHaveLength(1);
  });

  it('stores an entry once when two phones send it at the same moment', async () => {
    const body = entry();
    const answers = await Promise.all([ekby.officer.post(logUrl, body), ekby.officer2.post(logUrl, body)]);
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 201]);
    expect(await rowsOf(body.id)).toHaveLength(1);
  });

  it('refuses another entry under a used id (409), whichever meeting or organisation', async () => {
    const body = entry();
    await ekby.officer.post(logUrl, body);
    for (const [client, url, change] of [
      [ekby.officer, logUrl, { text: 'Något annat' }],
      [ekby.officer, logUrl, { kind: 'note' }],
      [ekby.officer, logUrl, { occurredAt: '2026-12-10T17:21:00.000Z' }],
      [grannby.officer, `/api/meetings/${grannbyMeeting.id}/log`, {}],
    ] as const) {
      const response = await client.post(url, { ...body, ...change });
      expect(response.statusCode).toBe(409);
      expect(errorBodySchema.parse(response.json()).error.code).toBe('conflict');
    }
    expect(await rowsOf(body.id)).toHaveLength(1);
  });

  it('reads entries in the order they happened, whatever order they arrived in', async () => {
    const other = await insertMeeting(database, ekby.id, {
      title: 'Dialog',
      startsAt: new Date('2026-12-10T16:00:00Z'),
    });
    const url = `/api/meetings/${other.id}/log`;
    const late = entry({ text: 'sist', occurredAt: '2026-12-10T16:50:00.000Z' });
    const early = entry({ text: 'först', occurredAt: '2026-12-10T16:10:00.000Z' });
    const middle = entry({
      text: 'mitten',
      kind: 'removed_by_police',
      occurredAt: '2026-12-10T16:30:00.000Z',
    });
    for (const body of [late, early, middle])
      expect((await ekby.officer.post(url, body)).statusCode).toBe(201);
    const log = meetingLogSchema.parse((await ekby.officer.get(url)).json());
    expect(log.entries.map((item) => item.text)).toEqual(['först', 'mitten', 'sist']);
    expect(log.entries[0]?.createdBy.name).toBe('Sara Säkerhet');
  });

  it('refuses a time in the future and hostile input, and keeps hostile text as text', async () => {
    const future = await ekby.officer.post(logUrl, entry({ occurredAt: '2026-12-10T18:00:00.000Z' }));
    expect(future.statusCode).toBe(422);
    expect(Object.keys(errorBodySchema.parse(future.json()).error.fields ?? {})).toEqual(['occurredAt']);
    expect((await ekby.officer.post(logUrl, entry({ id: 'not-a-uuid' }))).statusCode).toBe(400);
    expect((await ekby.officer.post(logUrl, entry({ kind: 'riot' }))).statusCode).toBe(400);
    expect((await ekby.officer.post(logUrl, entry({ text: 'x'.repeat(2001) }))).statusCode).toBe(400);
    expect((await ekby.officer.post(logUrl, '{"id":')).statusCode).toBe(400);
    const hostile = "<img src=x onerror=alert(1)> '; delete from meeting_log_entries; --";
    const stored = await ekby.officer.post(logUrl, entry({ text: hostile }));
    expect(logEntrySchema.parse(stored.json()).text).toBe(hostile);
  });

  it('is the security unit’s: others get 404, another organisation’s meeting 404', async () => {
    for (const client of [ekby.secretary, ekby.official, ekby.viewer, ekby.admin]) {
      expect((await client.get(logUrl)).statusCode).toBe(404);
      expect((await client.post(logUrl, entry())).statusCode).toBe(404);
    }
    expect((await grannby.officer.get(logUrl)).statusCode).toBe(404);
  });
});

describe('following the log', () => {
  it('mails followers other than the writer after commit, without the entry’s text', async () => {
    const follow = await ekby.officer2.post(`${logUrl}/follow`);
    expect(logFollowSchema.parse(follow.json())).toEqual({ following: true });
    expect((await ekby.officer2.post(`${logUrl}/follow`)).statusCode).toBe(200);
    expect(meetingLogSchema.parse((await ekby.officer2.get(logUrl)).json()).following).toBe(true);
    const before = (await queuedMails(database, ekby.id)).length;
    await mailEvents.settle();
    mailEvents.events.length = 0;
    await ekby.officer.post(logUrl, entry({ kind: 'asked_to_leave', text: 'Mannen i röd jacka' }));
    const mails = (await queuedMails(database, ekby.id)).slice(before);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.to).toBe(ekby.people.officer2.email);
    expect(mails[0]?.subject).toBe('Mötesloggen: ombedd att lämna – Kommunfullmäktige 10 december');
    expect(mails[0]?.bodyText).not.toContain('röd jacka');
    expect(mails[0]?.bodyText).toContain(`/meetings/${meeting.id}/log`);
    await mailEvents.settle();
    expect(mailEvents.events.filter((event) => event.organisationId === ekby.id)).toHaveLength(1);

    // Their own entries do not mail them; after unfollowing, nothing.
    await ekby.officer2.post(logUrl, entry());
    expect(logFollowSchema.parse((await ekby.officer2.delete(`${logUrl}/follow`)).json())).toEqual({
      following: false,
    });
    await ekby.officer.post(logUrl, entry());
    expect((await queuedMails(database, ekby.id)).slice(before)).toHaveLength(1);
  });
});

describe('an entry becomes an incident', () => {
  it('once: the second click answers the same incident', async () => {
    const body = entry({
      kind: 'removed_by_police',
      text: 'Polisen förde ut en person som hotade ordföranden.',
    });
    await ekby.officer.post(logUrl, body);
    const first = await ekby.officer.post(`${logUrl}/${body.id}/incident`);
    expect(first.statusCode, first.body).toBe(201);
    const created = logEntryIncidentSchema.parse(first.json());
    expect(created.created).toBe(true);
    const second = await ekby.officer2.post(`${logUrl}/${body.id}/incident`);
    expect(second.statusCode).toBe(200);
    expect(logEntryIncidentSchema.parse(second.json())).toEqual({ ...created, created: false });
    const [both] = await Promise.all([
      ekby.officer.post(`${logUrl}/${body.id}/incident`),
      ekby.officer2.post(`${logUrl}/${body.id}/incident`),
    ]);
    expect(logEntryIncidentSchema.parse(both.json()).incidentId).toBe(created.incidentId);

    const incident = incidentDetailSchema.parse(
      (await ekby.officer.get(`/api/incidents/${created.incidentId}`)).json(),
    );
    expect(incident).toMatchObject({
      reference: created.reference,
      categories: ['meeting_disturbance'],
      channel: 'in_person_meeting',
      policeContacted: true,
      status: 'new',
    });
    expect(incident.description).toContain('Polisen förde ut');
    expect(incident.description).toContain('Kommunfullmäktige 10 december');
    const log = meetingLogSchema.parse((await ekby.officer.get(logUrl)).json());
    expect(log.entries.find((item) => item.id === body.id)?.incident).toEqual({
      id: created.incidentId,
      reference: created.reference,
    });
  });

  it('answers 404 for an entry of another meeting or organisation', async () => {
    const body = entry();
    await ekby.officer.post(logUrl, body);
    const other = await insertMeeting(database, ekby.id, { startsAt: new Date('2026-12-11T17:00:00Z') });
    expect((await ekby.officer.post(`/api/meetings/${other.id}/log/${body.id}/incident`)).statusCode).toBe(
      404,
    );
    expect(
      (await grannby.officer.post(`/api/meetings/${meeting.id}/log/${body.id}/incident`)).statusCode,
    ).toBe(404);
    expect((await ekby.secretary.post(`${logUrl}/${body.id}/incident`)).statusCode).toBe(404);
  });
});
