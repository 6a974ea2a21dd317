import ICAL from 'ical.js';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { calendarFeedSchema, createdCalendarFeedSchema } from '@varn/contracts';
import { auditEvents, users } from '../../db/schema';
import { buildTestApp, createCaseOrganisation, createTestDatabase, testClock } from '../../../test/helpers';
import {
  insertBody,
  insertBodyMember,
  insertMeeting,
  insertVenue,
} from '../../../test/meeting-plan-fixtures';

/**
 * The calendar feed (issue 10 §4): a secret address shown once, one in use per person, revoked on
 * request or when a new one is made; the feed lists the owner's meetings through the same scope as
 * the calendar, and a calendar app can read it (parsed here with ical.js).
 */

const clock = testClock(new Date('2026-12-01T09:00:00.000Z'));
const database = await createTestDatabase();
const app = await buildTestApp(database, { clock });
const ekby = await createCaseOrganisation(database, app, 'Ekby kommun');
const grannby = await createCaseOrganisation(database, app, 'Grannby kommun');

const council = await insertBody(database, ekby.id, { name: 'Kommunfullmäktige', kind: 'council' });
const school = await insertBody(database, ekby.id, { name: 'Barn- och utbildningsnämnden' });
await insertBodyMember(database, ekby.id, council.id, ekby.people.official.id);
const hall = await insertVenue(database, ekby.id);
const publicCouncil = await insertMeeting(database, ekby.id, {
  title: 'Kommunfullmäktige 10 december',
  bodyId: council.id,
  venueId: hall.id,
  room: 'Sessionssalen',
  startsAt: new Date('2026-12-10T17:00:00.000Z'),
});
const closedCouncil = await insertMeeting(database, ekby.id, {
  title: 'Kommunfullmäktige, slutet presidiemöte',
  bodyId: council.id,
  isPublic: false,
  startsAt: new Date('2026-12-11T08:00:00.000Z'),
});
const closedSchool = await insertMeeting(database, ekby.id, {
  title: 'Barn- och utbildningsnämnden, sluten',
  type: 'committee',
  bodyId: school.id,
  isPublic: false,
  startsAt: new Date('2026-12-12T08:00:00.000Z'),
});
const cancelled = await insertMeeting(database, ekby.id, {
  title: 'Medborgardialog, inställd',
  type: 'citizen_dialogue',
  status: 'cancelled',
  startsAt: new Date('2026-12-14T16:00:00.000Z'),
});
const past = await insertMeeting(database, ekby.id, {
  title: 'Gammalt möte',
  startsAt: new Date('2026-10-01T08:00:00.000Z'),
});
await insertMeeting(database, grannby.id, {
  title: 'Grannbys fullmäktige',
  startsAt: new Date('2026-12-10T17:00:00.000Z'),
});

/** The token part of a feed address, the path to fetch. */
const pathOf = (url: string): string => new URL(url).pathname;

/** Fetches a feed with no session at all, as a calendar app does. */
async function fetchFeed(url: string) {
  return await app.inject({ method: 'GET', url: pathOf(url) });
}

function eventsOf(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      location: event.location,
      start: event.startDate.toJSDate().toISOString(),
      status: vevent.getFirstPropertyValue('status'),
    };
  });
}

describe('a calendar feed', () => {
  it('is made once, shown once, and read by a calendar app without a session', async () => {
    expect(calendarFeedSchema.parse((await ekby.officer.get('/api/calendar-feed')).json())).toEqual({
      active: false,
      createdAt: null,
    });
    const created = await ekby.officer.post('/api/calendar-feed');
    expect(created.statusCode).toBe(201);
    const { url } = createdCalendarFeedSchema.parse(created.json());
    expect(url).toMatch(/\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/u);
    const shown = calendarFeedSchema.parse((await ekby.officer.get('/api/calendar-feed')).json());
    expect(shown).toEqual({ active: true, createdAt: '2026-12-01T09:00:00.000Z' });
    expect(JSON.stringify(shown)).not.toContain(pathOf(url).slice(14, 57));

    const feed = await fetchFeed(url);
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(feed.headers['cache-control']).toBe('private, no-store');
    const events = eventsOf(feed.body);
    // The security unit lists every meeting: closed ones too; not the one long past, nor another organisation's.
    expect(events.map((event) => event.summary)).toEqual([
      'Kommunfullmäktige 10 december',
      'Kommunfullmäktige, slutet presidiemöte',
      'Barn- och utbildningsnämnden, sluten',
      'Medborgardialog, inställd',
    ]);
    expect(events[0]).toMatchObject({
      uid: `${publicCouncil.id}@localhost`,
      start: '2026-12-10T17:00:00.000Z',
      location: 'Stadshuset, Sessionssalen, Storgatan 1',
      status: 'CONFIRMED',
    });
    expect(events[3]).toMatchObject({ uid: `${cancelled.id}@localhost`, status: 'CANCELLED' });
    expect(events.some((event) => event.uid?.startsWith(past.id))).toBe(false);
  });

  it("shows an official only public meetings and those of the official's bodies", async () => {
    const { url } = createdCalendarFeedSchema.parse((await ekby.official.post('/api/calendar-feed')).json());
    const uids = eventsOf((await fetchFeed(url)).body).map((event) => event.uid);
    expect(uids).toContain(`${publicCouncil.id}@localhost`);
    expect(uids).toContain(`${closedCouncil.id}@localhost`);
    expect(uids).not.toContain(`${closedSchool.id}@localhost`);
    const { url: urlM } = createdCalendarFeedSchema.parse(
      (await ekby.officialM.post('/api/calendar-feed')).json(),
    );
    const uidsM = eventsOf((await fetchFeed(urlM)).body).map((event) => event.uid);
    expect(uidsM).toContain(`${publicCouncil.id}@localhost`);
    expect(uidsM).not.toContain(`${closedCouncil.id}@localhost`);
  });

  it('is audited as its owner read it', async () => {
    const { url } = createdCalendarFeedSchema.parse((await ekby.secretary.post('/api/calendar-feed')).json());
    await fetchFeed(url);
    const reads = await database.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.action, 'calendar_feed.read'),
          eq(auditEvents.actorUserId, ekby.people.secretary.id),
        ),
      );
    expect(reads).toHaveLength(1);
  });

  it('stops working when a new one is made, or when revoked (404, as an unknown one)', async () => {
    const first = createdCalendarFeedSchema.parse((await ekby.contact.post('/api/calendar-feed')).json());
    const second = createdCalendarFeedSchema.parse((await ekby.contact.post('/api/calendar-feed')).json());
    expect(second.url).not.toBe(first.url);
    expect((await fetchFeed(first.url)).statusCode).toBe(404);
    expect((await fetchFeed(second.url)).statusCode).toBe(200);
    const revoked = await ekby.contact.delete('/api/calendar-feed');
    expect(revoked.statusCode).toBe(200);
    expect(calendarFeedSchema.parse(revoked.json()).active).toBe(false);
    expect((await fetchFeed(second.url)).statusCode).toBe(404);
    const unknown = await app.inject({ method: 'GET', url: `/api/calendar/${'A'.repeat(43)}.ics` });
    expect(unknown.statusCode).toBe(404);
    for (const hostile of [
      'x.ics',
      `${'A'.repeat(43)}.ics%00`,
      '..%2F..%2Fetc%2Fpasswd.ics',
      "'%20or%201=1.ics",
    ]) {
      const response = await app.inject({ method: 'GET', url: `/api/calendar/${hostile}` });
      expect(response.statusCode, hostile).toBe(404);
    }
  });

  it('stops working when its owner is deactivated', async () => {
    const { url } = createdCalendarFeedSchema.parse((await ekby.officer2.post('/api/calendar-feed')).json());
    expect((await fetchFeed(url)).statusCode).toBe(200);
    await database.db
      .update(users)
      .set({ status: 'deactivated' })
      .where(eq(users.id, ekby.people.officer2.id));
    expect((await fetchFeed(url)).statusCode).toBe(404);
  });

  // The policy names the caller's own feed as a record: a role without feeds gets 404.
  it('is not for roles that list no meetings', async () => {
    for (const client of [ekby.viewer, ekby.staff, ekby.admin]) {
      expect((await client.post('/api/calendar-feed')).statusCode).toBe(404);
      expect((await client.get('/api/calendar-feed')).statusCode).toBe(404);
    }
  });
});
