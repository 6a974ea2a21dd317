import { randomUUID } from 'node:crypto';
import { and, count, eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  agendaImportResultSchema,
  bodySchema,
  errorBodySchema,
  icalImportResultSchema,
  meetingDetailSchema,
  meetingListSchema,
  threatLevelsSchema,
  venueSchema,
  type CreateMeetingBody,
  type MeetingDetail,
} from '@varn/contracts';
import {
  buildTestApp,
  createCaseOrganisation,
  createMatterVia,
  createTestDatabase,
  incidentReport,
  testClock,
  testPng,
  type TestClient,
} from '../../../test/helpers';
import { auditEvents, matters, meetings, people, personAssignments } from '../../db/schema';
import type * as riskguide from '../riskguide';
import { readMattersCsv } from '../riskguide';

// The CSV reader, watched: an agenda import reads no file before its permission check.
vi.mock('../riskguide', async (importOriginal) => {
  const original = await importOriginal<typeof riskguide>();
  return { ...original, readMattersCsv: vi.fn(original.readMattersCsv) };
});

/**
 * Meetings through the API (issue 10 §1, ADR 017): bodies and who sees which meeting, venues and
 * their floor plans, the agenda's create-or-pick and its import, the iCalendar import, a meeting's
 * risk with its reasons and readiness warnings, and the national threat level. Who may call which
 * route is in test/access.routes.test.ts; here the behaviour.
 */

const database = await createTestDatabase();
/** Friday 27 November 2026, 10:00 in Sweden. */
const start = new Date('2026-11-27T09:00:00.000Z');
const clock = testClock(start);
const app = await buildTestApp(database, { clock });
beforeEach(() => clock.set(start));
const ekby = await createCaseOrganisation(database, app, 'Ekby kommun');
const grannby = await createCaseOrganisation(database, app, 'Grannby kommun');

const errorOf = (response: LightMyRequestResponse) => errorBodySchema.parse(response.json()).error;

async function createBody(
  name: string,
  kind: string,
  members: { userId: string; assignment: string }[] = [],
) {
  const created = await ekby.admin.post('/api/bodies', { name, kind });
  expect(created.statusCode, created.body).toBe(201);
  const body = bodySchema.parse(created.json());
  if (members.length > 0) {
    const put = await ekby.admin.put(`/api/bodies/${body.id}/members`, { members });
    expect(put.statusCode, put.body).toBe(200);
  }
  return body.id;
}

const meetingBody = (overrides: Partial<CreateMeetingBody> = {}): CreateMeetingBody => ({
  type: 'council',
  title: 'Kommunfullmäktige 10 december',
  startsAt: '2026-12-10T17:00:00.000Z',
  endsAt: '2026-12-10T21:00:00.000Z',
  ...overrides,
});

async function createMeeting(
  client: TestClient,
  overrides: Partial<CreateMeetingBody> = {},
): Promise<MeetingDetail> {
  const response = await client.post('/api/meetings', meetingBody(overrides));
  expect(response.statusCode, response.body).toBe(201);
  return meetingDetailSchema.parse(response.json());
}

const committee = await createBody('Barn- och utbildningsnämnden', 'committee', [
  { userId: ekby.people.official.id, assignment: 'chair' },
  { userId: ekby.people.contact.id, assignment: 'substitute' },
]);
const otherCommittee = await createBody('Kulturnämnden', 'committee', [
  { userId: ekby.people.officialM.id, assignment: 'member' },
]);

describe('bodies', () => {
  it('are listed with their members for everyone who sees meetings; a name is taken once', async () => {
    const list = (await ekby.official.get('/api/bodies')).json() as {
      bodies: { id: string; members: unknown[] }[];
    };
    const found = list.bodies.find((body) => body.id === committee);
    expect(found?.members).toEqual([
      { userId: ekby.people.contact.id, name: 'Kim Kontakt', assignment: 'substitute' },
      { userId: ekby.people.official.id, name: 'Olle Ordförande', assignment: 'chair' },
    ]);
    const again = await ekby.admin.post('/api/bodies', {
      name: 'barn- och utbildningsnämnden',
      kind: 'committee',
    });
    expect(again.statusCode).toBe(422);
    expect(errorOf(again).fields).toEqual({ name: 'Det finns redan ett organ med det namnet.' });
  });

  it('take only members with an account of the organisation that is not deactivated', async () => {
    const response = await ekby.admin.put(`/api/bodies/${committee}/members`, {
      members: [
        { userId: ekby.people.official.id, assignment: 'chair' },
        { userId: grannby.people.official.id, assignment: 'member' },
        { userId: ekby.people.formerOfficer.id, assignment: 'member' },
        { userId: ekby.people.staff.id, assignment: 'member' },
      ],
    });
    expect(response.statusCode).toBe(422);
    expect(Object.keys(errorOf(response).fields ?? {})).toEqual(['members.1.userId', 'members.2.userId']);
  });
});

describe('meetings', () => {
  it('are seen by officials and party contacts when public or of their bodies; by the unit and secretaries all', async () => {
    const council = await createMeeting(ekby.secretary, { title: 'Synlig: fullmäktige' });
    expect(council.isPublic).toBe(true);
    const own = await createMeeting(ekby.secretary, {
      type: 'committee',
      title: 'Synlig: egna nämnden',
      bodyId: committee,
    });
    expect(own.isPublic).toBe(false);
    const other = await createMeeting(ekby.officer, {
      type: 'committee',
      title: 'Synlig: andra nämnden',
      bodyId: otherCommittee,
    });
    const open = await createMeeting(ekby.officer, {
      type: 'committee',
      title: 'Synlig: öppen nämnd',
      bodyId: otherCommittee,
      isPublic: true,
    });
    const ids = { council: council.id, own: own.id, other: other.id, open: open.id };
    const seenBy = async (client: TestClient) => {
      const list = meetingListSchema.parse(
        (await client.get('/api/meetings?from=2026-12-01T00:00:00Z&to=2027-01-01T00:00:00Z')).json(),
      );
      const result: Record<string, { listed: boolean; read: number }> = {};
      for (const [name, id] of Object.entries(ids))
        result[name] = {
          listed: list.meetings.some((meeting) => meeting.id === id),
          read: (await client.get(`/api/meetings/${id}`)).statusCode,
        };
      return result;
    };
    const sees = (...names: string[]) =>
      Object.fromEntries(
        Object.keys(ids).map((name) => [
          name,
          { listed: names.includes(name), read: names.includes(name) ? 200 : 404 },
        ]),
      );
    expect(await seenBy(ekby.official)).toEqual(sees('council', 'own', 'open'));
    expect(await seenBy(ekby.contact)).toEqual(sees('council', 'own', 'open'));
    expect(await seenBy(ekby.contactM)).toEqual(sees('council', 'open'));
    expect(await seenBy(ekby.officialM)).toEqual(sees('council', 'other', 'open'));
    expect(await seenBy(ekby.secretary)).toEqual(sees('council', 'own', 'other', 'open'));
    expect(await seenBy(ekby.officer)).toEqual(sees('council', 'own', 'other', 'open'));
    // Viewers read meetings in figures only; another organisation's meeting is not found.
    expect((await ekby.viewer.get('/api/meetings')).statusCode).toBe(403);
    expect((await ekby.viewer.get(`/api/meetings/${council.id}`)).statusCode).toBe(404);
    expect((await grannby.officer.get(`/api/meetings/${council.id}`)).statusCode).toBe(404);
    // An official may read a meeting but not change it.
    expect((await ekby.official.patch(`/api/meetings/${own.id}`, { title: 'Kapad' })).statusCode).toBe(404);
    // The reads are audited.
    const [reads] = await database.db
      .select({ n: count() })
      .from(auditEvents)
      .where(and(eq(auditEvents.recordId, own.id), eq(auditEvents.action, 'meeting.read')));
    expect(reads?.n).toBeGreaterThanOrEqual(4);
  });

  it('are seen through the register: a running assignment of the person linked to the account (ADR 018)', async () => {
    const closed = await createMeeting(ekby.officer, {
      type: 'committee',
      title: 'Registret: andra nämnden',
      bodyId: otherCommittee,
    });
    const read = async () => (await ekby.contactM.get(`/api/meetings/${closed.id}`)).statusCode;
    expect(await read()).toBe(404);
    const [person] = await database.db
      .insert(people)
      .values({ organisationId: ekby.id, name: 'Kontakt M', userId: ekby.people.contactM.id })
      .returning({ id: people.id });
    if (!person) throw new Error('no person');
    // An ended term gives nothing; a running one the body's closed meetings.
    await database.db.insert(personAssignments).values({
      organisationId: ekby.id,
      personId: person.id,
      bodyId: otherCommittee,
      role: 'member',
      termStart: '2022-10-15',
      termEnd: '2026-10-14',
    });
    expect(await read()).toBe(404);
    await database.db.insert(personAssignments).values({
      organisationId: ekby.id,
      personId: person.id,
      bodyId: otherCommittee,
      role: 'substitute',
      termStart: '2026-10-15',
    });
    expect(await read()).toBe(200);
  });

  it('are filtered by body, type, status and time, in order of their start', async () => {
    const first = await createMeeting(ekby.officer, {
      type: 'committee',
      title: 'Filter: januari',
      bodyId: committee,
      startsAt: '2027-01-12T17:00:00Z',
      endsAt: '2027-01-12T19:00:00Z',
    });
    const second = await createMeeting(ekby.officer, {
      type: 'committee',
      title: 'Filter: februari',
      bodyId: committee,
      startsAt: '2027-02-09T17:00:00Z',
      endsAt: '2027-02-09T19:00:00Z',
    });
    const list = meetingListSchema.parse(
      (
        await ekby.officer.get(`/api/meetings?bodyId=${committee}&from=2027-01-01T00:00:00Z&type=committee`)
      ).json(),
    );
    expect(list.meetings.map((meeting) => meeting.id)).toEqual([first.id, second.id]);
    expect(list.meetings[0]?.body).toEqual({ id: committee, name: 'Barn- och utbildningsnämnden' });
    const cancelled = await ekby.secretary.patch(`/api/meetings/${second.id}`, { status: 'cancelled' });
    expect(meetingDetailSchema.parse(cancelled.json()).status).toBe('cancelled');
    const planned = meetingListSchema.parse(
      (
        await ekby.officer.get(`/api/meetings?bodyId=${committee}&from=2027-01-01T00:00:00Z&status=planned`)
      ).json(),
    );
    expect(planned.meetings.map((meeting) => meeting.id)).toEqual([first.id]);
    const window = await ekby.officer.get('/api/meetings?from=2027-02-01T00:00:00Z&to=2027-01-01T00:00:00Z');
    expect(window.statusCode).toBe(400);
  });

  it('refuse times out of order, an unknown body or venue, and answer in the caller’s language', async () => {
    const reversed = await ekby.officer.post(
      '/api/meetings',
      meetingBody({ endsAt: '2026-12-10T16:00:00.000Z' }),
    );
    expect(reversed.statusCode).toBe(400);
    expect(errorOf(reversed).fields).toEqual({ endsAt: 'Mötet måste sluta efter att det har börjat.' });
    const meeting = await createMeeting(ekby.officer);
    const patched = await ekby.officer.patch(`/api/meetings/${meeting.id}`, {
      endsAt: '2026-12-10T16:00:00.000Z',
    });
    expect(patched.statusCode).toBe(422);
    expect(Object.keys(errorOf(patched).fields ?? {})).toEqual(['endsAt']);
    const grannbyBody = bodySchema.parse(
      (await grannby.admin.post('/api/bodies', { name: 'Grannbys fullmäktige', kind: 'council' })).json(),
    );
    const unknown = await ekby.officer.post(
      '/api/meetings',
      meetingBody({ bodyId: grannbyBody.id, venueId: '3f2b8c1e-5d4a-4e6f-9a8b-7c6d5e4f3a2b' }),
    );
    expect(unknown.statusCode).toBe(422);
    expect(Object.keys(errorOf(unknown).fields ?? {}).sort()).toEqual(['bodyId', 'venueId']);
  });
});

describe('the agenda', () => {
  it('creates new matters and picks existing ones, in order; an unknown matter is refused', async () => {
    const meeting = await createMeeting(ekby.secretary, { title: 'Dagordning: KF' });
    const existing = await createMatterVia(ekby.secretary, {
      title: 'Budget 2027',
      diaryNumber: 'KS 2026/0001',
    });
    const response = await ekby.secretary.put(`/api/meetings/${meeting.id}/agenda`, {
      items: [
        { newMatter: { title: 'Ny detaljplan för hamnen', diaryNumber: 'KS 2026/0042' } },
        { matterId: existing, note: 'Behandlas sist.' },
      ],
    });
    expect(response.statusCode, response.body).toBe(200);
    const detail = meetingDetailSchema.parse(response.json());
    expect(
      detail.agenda.map((item) => [item.position, item.matter.title, item.matter.diaryNumber, item.note]),
    ).toEqual([
      [1, 'Ny detaljplan för hamnen', 'KS 2026/0042', null],
      [2, 'Budget 2027', 'KS 2026/0001', 'Behandlas sist.'],
    ]);
    expect(detail.risk).toEqual({
      level: null,
      reasons: [
        {
          kind: 'agenda_items_not_assessed',
          level: null,
          count: 2,
          matterIds: detail.agenda.map((item) => item.matter.id),
        },
      ],
    });
    // The new matter is a matter like any other.
    const [created] = await database.db
      .select({ n: count() })
      .from(matters)
      .where(and(eq(matters.organisationId, ekby.id), eq(matters.diaryNumber, 'KS 2026/0042')));
    expect(created?.n).toBe(1);

    const unknown = await ekby.secretary.put(`/api/meetings/${meeting.id}/agenda`, {
      items: [{ matterId: existing }, { matterId: '3f2b8c1e-5d4a-4e6f-9a8b-7c6d5e4f3a2b' }],
    });
    expect(unknown.statusCode).toBe(422);
    expect(errorOf(unknown).fields).toEqual({ 'items.1.matterId': 'Det politiska ärendet finns inte.' });
    const reordered = await ekby.secretary.put(`/api/meetings/${meeting.id}/agenda`, {
      items: [{ matterId: existing }],
    });
    expect(meetingDetailSchema.parse(reordered.json()).agenda.map((item) => item.matter.id)).toEqual([
      existing,
    ]);
  });

  it('asks for the permission before it reads the file', async () => {
    const meeting = await createMeeting(ekby.secretary, { title: 'Import: behörighet först' });
    const body = { text: 'titel;diarienummer\nBudget;KS 2026/1', format: 'csv', mode: 'preview' };
    vi.mocked(readMattersCsv).mockClear();
    const refused = await ekby.official.post(`/api/meetings/${meeting.id}/agenda/import`, body);
    expect([403, 404]).toContain(refused.statusCode);
    expect(readMattersCsv).not.toHaveBeenCalled();
    const allowed = await ekby.secretary.post(`/api/meetings/${meeting.id}/agenda/import`, body);
    expect(allowed.statusCode, allowed.body).toBe(200);
    expect(readMattersCsv).toHaveBeenCalledTimes(1);
  });

  it('imports six items from CSV: a bad row is shown in the preview and stops the commit', async () => {
    const meeting = await createMeeting(ekby.secretary, { title: 'Import: KS' });
    const existing = await createMatterVia(ekby.secretary, {
      title: 'Årsredovisning 2025',
      diaryNumber: 'KS 2026/0100',
    });
    const rows = [
      'titel;diarienummer;organ;beslutsdatum',
      'Årsredovisning 2025;ks 2026/0100;Kommunstyrelsen;2026-12-10',
      'Ny simhall;KS 2026/0101;Kommunstyrelsen;2026-12-10',
      'Skolskjutsar;KS 2026/0102;;',
      ';KS 2026/0103;;',
      'Bredband på landsbygden;KS 2026/0104;;2026-12-10',
      'Medborgarförslag om parkbänkar;KS 2026/0105;;2026-13-45',
    ];
    const preview = await ekby.secretary.post(`/api/meetings/${meeting.id}/agenda/import`, {
      text: rows.join('\n'),
      format: 'csv',
      mode: 'preview',
    });
    expect(preview.statusCode, preview.body).toBe(200);
    const result = agendaImportResultSchema.parse(preview.json());
    expect(result.counts).toEqual({ rows: 6, valid: 4, invalid: 2, existingMatters: 1, newMatters: 3 });
    expect(result.rows.map((row) => [row.line, row.action, row.errors.map((error) => error.field)])).toEqual([
      [2, 'existing_matter', []],
      [3, 'new_matter', []],
      [4, 'new_matter', []],
      [5, null, ['title']],
      [6, 'new_matter', []],
      [7, null, ['decisionDate']],
    ]);
    expect(result.rows[0]?.matterId).toBe(existing);

    const refused = await ekby.secretary.post(`/api/meetings/${meeting.id}/agenda/import`, {
      text: rows.join('\n'),
      format: 'csv',
      mode: 'commit',
    });
    expect(refused.statusCode).toBe(422);
    expect(Object.keys(errorOf(refused).fields ?? {})).toEqual(['rows.5.title', 'rows.7.decisionDate']);
    const unchanged = meetingDetailSchema.parse(
      (await ekby.secretary.get(`/api/meetings/${meeting.id}`)).json(),
    );
    expect(unchanged.agenda).toEqual([]);

    const fixed = [
      ...rows.slice(0, 4),
      'Vägbelysning;KS 2026/0103;;',
      rows[5],
      rows[6]?.replace('2026-13-45', '2026-12-10'),
    ];
    const committed = await ekby.secretary.post(`/api/meetings/${meeting.id}/agenda/import`, {
      text: fixed.join('\n'),
      format: 'csv',
      mode: 'commit',
    });
    expect(committed.statusCode, committed.body).toBe(200);
    expect(agendaImportResultSchema.parse(committed.json()).counts).toMatchObject({
      valid: 6,
      newMatters: 5,
    });
    const detail = meetingDetailSchema.parse(
      (await ekby.secretary.get(`/api/meetings/${meeting.id}`)).json(),
    );
    expect(detail.agenda.map((item) => item.matter.diaryNumber)).toEqual([
      'KS 2026/0100',
      'KS 2026/0101',
      'KS 2026/0102',
      'KS 2026/0103',
      'KS 2026/0104',
      'KS 2026/0105',
    ]);
    expect(detail.agenda[0]?.matter.id).toBe(existing);

    // A matter already on the agenda is an error of its row.
    const again = await ekby.secretary.post(`/api/meetings/${meeting.id}/agenda/import`, {
      text: 'KS 2026/0101\tNy simhall\nKS 2026/0200\tNytt ärende',
      format: 'lines',
      mode: 'preview',
    });
    expect(
      agendaImportResultSchema
        .parse(again.json())
        .rows.map((row) => [row.diaryNumber, row.title, row.errors.length]),
    ).toEqual([
      ['KS 2026/0101', 'Ny simhall', 1],
      ['KS 2026/0200', 'Nytt ärende', 0],
    ]);
  });
});

const calendar = (events: string[]) =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Ekby kommun//Sammanträden//SV',
    'BEGIN:VTIMEZONE',
    'TZID:Europe/Stockholm',
    'BEGIN:STANDARD',
    'DTSTART:19701025T030000',
    'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
    'TZOFFSETFROM:+0200',
    'TZOFFSETTO:+0100',
    'END:STANDARD',
    'BEGIN:DAYLIGHT',
    'DTSTART:19700329T020000',
    'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
    'TZOFFSETFROM:+0100',
    'TZOFFSETTO:+0200',
    'END:DAYLIGHT',
    'END:VTIMEZONE',
    ...events,
    'END:VCALENDAR',
    '',
  ].join('\r\n');

const vevent = (uid: string, summary: string, start: string, end: string, extra: string[] = []) => [
  'BEGIN:VEVENT',
  `UID:${uid}`,
  'DTSTAMP:20261120T080000Z',
  `SUMMARY:${summary}`,
  `DTSTART;TZID=Europe/Stockholm:${start}`,
  `DTEND;TZID=Europe/Stockholm:${end}`,
  ...extra,
  'END:VEVENT',
];

describe('the iCalendar import', () => {
  it('creates a meeting per event and updates them by UID on a second import', async () => {
    const first = calendar([
      ...vevent('bun-2027-01@ekby.se', 'BUN januari', '20270114T180000', '20270114T210000', [
        'LOCATION:Stadshuset\\, Sal B',
      ]),
      ...vevent('bun-2027-06@ekby.se', 'BUN juni', '20270610T180000', '20270610T200000'),
    ]);
    const body = { ics: first, type: 'committee', bodyId: committee };
    const preview = icalImportResultSchema.parse(
      (await ekby.secretary.post('/api/meetings/import-ical', { ...body, mode: 'preview' })).json(),
    );
    expect(
      preview.events.map((event) => [
        event.uid,
        event.title,
        event.startsAt,
        event.endsAt,
        event.location,
        event.action,
      ]),
    ).toEqual([
      [
        'bun-2027-01@ekby.se',
        'BUN januari',
        '2027-01-14T17:00:00.000Z',
        '2027-01-14T20:00:00.000Z',
        'Stadshuset, Sal B',
        'create',
      ],
      // Summer time: 18:00 in Sweden is 16:00 UTC.
      [
        'bun-2027-06@ekby.se',
        'BUN juni',
        '2027-06-10T16:00:00.000Z',
        '2027-06-10T18:00:00.000Z',
        null,
        'create',
      ],
    ]);
    const committed = await ekby.secretary.post('/api/meetings/import-ical', { ...body, mode: 'commit' });
    expect(committed.statusCode, committed.body).toBe(200);
    const ids = icalImportResultSchema.parse(committed.json()).events.map((event) => event.meetingId);

    const second = calendar([
      ...vevent('bun-2027-01@ekby.se', 'BUN januari (flyttat)', '20270115T180000', '20270115T210000'),
      ...vevent('bun-2027-06@ekby.se', 'BUN juni', '20270610T180000', '20270610T200000', [
        'STATUS:CANCELLED',
      ]),
      ...vevent('bun-2027-09@ekby.se', 'BUN september', '20270909T180000', '20270909T200000'),
    ]);
    const again = icalImportResultSchema.parse(
      (
        await ekby.secretary.post('/api/meetings/import-ical', { ...body, ics: second, mode: 'commit' })
      ).json(),
    );
    expect(again.counts).toEqual({ events: 3, valid: 3, invalid: 0, create: 1, update: 2 });
    expect(again.events.slice(0, 2).map((event) => event.meetingId)).toEqual(ids);
    // The cancellation is audited on its meeting, as a status change through PATCH is.
    const cancellations = await database.db
      .select({ recordId: auditEvents.recordId, details: auditEvents.details })
      .from(auditEvents)
      .where(and(eq(auditEvents.organisationId, ekby.id), eq(auditEvents.action, 'meeting.status')));
    expect(cancellations.filter((entry) => ids.includes(entry.recordId))).toEqual([
      { recordId: ids[1], details: { from: 'planned', to: 'cancelled', source: 'ical_import' } },
    ]);
    const stored = await database.db
      .select({
        uid: meetings.icalUid,
        title: meetings.title,
        status: meetings.status,
        isPublic: meetings.isPublic,
      })
      .from(meetings)
      .where(and(eq(meetings.organisationId, ekby.id), eq(meetings.bodyId, committee)));
    expect(
      stored.filter((row) => row.uid !== null).sort((a, b) => (a.uid ?? '').localeCompare(b.uid ?? '')),
    ).toEqual([
      { uid: 'bun-2027-01@ekby.se', title: 'BUN januari (flyttat)', status: 'planned', isPublic: false },
      { uid: 'bun-2027-06@ekby.se', title: 'BUN juni', status: 'cancelled', isPublic: false },
      { uid: 'bun-2027-09@ekby.se', title: 'BUN september', status: 'planned', isPublic: false },
    ]);
  });

  it('shows an event without UID or start, refuses to commit it, and refuses a file that is not a calendar', async () => {
    const broken = calendar([
      'BEGIN:VEVENT',
      'SUMMARY:Utan UID',
      'DTSTART:20270301T170000Z',
      'DTEND:20270301T180000Z',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:utan-start@ekby.se',
      'SUMMARY:Utan start',
      'END:VEVENT',
    ]);
    const preview = icalImportResultSchema.parse(
      (
        await ekby.officer.post('/api/meetings/import-ical', { ics: broken, type: 'other', mode: 'preview' })
      ).json(),
    );
    expect(preview.events.map((event) => event.errors.map((error) => error.field))).toEqual([
      ['uid'],
      ['startsAt'],
    ]);
    const commit = await ekby.officer.post('/api/meetings/import-ical', {
      ics: broken,
      type: 'other',
      mode: 'commit',
    });
    expect(commit.statusCode).toBe(422);
    expect(Object.keys(errorOf(commit).fields ?? {})).toEqual(['events.1.uid', 'events.2.startsAt']);
    const garbage = icalImportResultSchema.parse(
      (
        await ekby.officer.post('/api/meetings/import-ical', {
          ics: 'inte en kalender',
          type: 'other',
          mode: 'preview',
        })
      ).json(),
    );
    expect(garbage.fileErrors.map((error) => error.message)).toEqual([
      'Filen går inte att läsa som en iCalendar-fil (.ics).',
    ]);
  });

  it('answers a DURATION of two million years with the event’s error, not a server error', async () => {
    const ics = calendar([
      'BEGIN:VEVENT',
      'UID:evig@ekby.se',
      'SUMMARY:Evigt möte',
      'DTSTART;TZID=Europe/Stockholm:20270301T180000',
      'DURATION:P99999999W',
      'END:VEVENT',
    ]);
    const preview = await ekby.officer.post('/api/meetings/import-ical', {
      ics,
      type: 'other',
      mode: 'preview',
    });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(
      icalImportResultSchema.parse(preview.json()).events.map((event) => [event.endsAt, event.errors]),
    ).toEqual([[null, [{ field: 'endsAt', message: 'Ett möte kan vara högst 168 timmar (sju dygn).' }]]]);
    const commit = await ekby.officer.post('/api/meetings/import-ical', {
      ics,
      type: 'other',
      mode: 'commit',
    });
    expect(commit.statusCode, commit.body).toBe(422);
    expect(Object.keys(errorOf(commit).fields ?? {})).toEqual(['events.1.endsAt']);
  });
});

describe('a meeting’s risk', () => {
  it('turns high when one agenda matter is high, with the matter as its reason; incidents count', async () => {
    const meeting = await createMeeting(ekby.secretary, { title: 'Risk: KF' });
    const calm = await createMatterVia(ekby.secretary, {
      title: 'Revisionsberättelse',
      diaryNumber: 'KS 2026/0300',
    });
    const hot = await createMatterVia(ekby.secretary, {
      title: 'Nedläggning av Åby skola',
      diaryNumber: 'KS 2026/0301',
    });
    await ekby.secretary.put(`/api/meetings/${meeting.id}/agenda`, {
      items: [{ matterId: calm }, { matterId: hot }],
    });
    const screened = await ekby.secretary.post('/api/screenings', {
      rows: [
        { matterId: calm, level: 'low' },
        { matterId: hot, level: 'high', reason: 'Starka reaktioner väntas.' },
      ],
    });
    expect(screened.statusCode).toBe(201);
    // An incident about the hot matter, referred to without case.
    const reported = await ekby.official.post(
      '/api/incidents',
      incidentReport({ matterReference: 'ks 2026/0301' }),
    );
    expect(reported.statusCode).toBe(201);
    const incidentId = (reported.json() as { id: string }).id;

    const forOfficer = meetingDetailSchema.parse(
      (await ekby.officer.get(`/api/meetings/${meeting.id}`)).json(),
    );
    expect(forOfficer.risk).toEqual({
      level: 'high',
      reasons: [
        {
          kind: 'agenda_item',
          level: 'high',
          matterId: hot,
          title: 'Nedläggning av Åby skola',
          source: 'screening',
        },
        {
          kind: 'recent_incidents',
          level: 'moderate',
          count: 1,
          lookbackDays: 30,
          incidentIds: [incidentId],
        },
        {
          kind: 'agenda_item',
          level: 'low',
          matterId: calm,
          title: 'Revisionsberättelse',
          source: 'screening',
        },
      ],
    });
    expect(forOfficer.agenda.map((item) => [item.level, item.levelSource])).toEqual([
      ['low', 'screening'],
      ['high', 'screening'],
    ]);
    // High risk and no plan: the unit is warned; nobody else sees the warnings.
    expect(forOfficer.readinessWarnings).toEqual([{ code: 'high_risk_without_plan' }]);

    // The secretary sees the level and the reasons, not which incidents.
    const forSecretary = meetingDetailSchema.parse(
      (await ekby.secretary.get(`/api/meetings/${meeting.id}`)).json(),
    );
    expect(forSecretary.risk.level).toBe('high');
    expect(forSecretary.risk.reasons[1]).toMatchObject({
      kind: 'recent_incidents',
      count: 1,
      incidentIds: null,
    });
    expect(forSecretary.readinessWarnings).toBeNull();

    // The list shows the same risk.
    const list = meetingListSchema.parse(
      (await ekby.official.get('/api/meetings?from=2026-12-10T00:00:00Z&to=2026-12-11T00:00:00Z')).json(),
    );
    expect(list.meetings.find((item) => item.id === meeting.id)?.risk.level).toBe('high');

    // The incident leaves the window after 30 days; the matter's level stays.
    clock.set(new Date('2026-12-28T09:00:00.000Z'));
    const later = meetingDetailSchema.parse((await ekby.officer.get(`/api/meetings/${meeting.id}`)).json());
    // The meeting has started: the threat picture is the one of its start.
    expect(later.risk.reasons.map((reason) => reason.kind)).toContain('recent_incidents');
    expect(later.readinessWarnings).toEqual([]);
  });

  it('counts incidents about a member of its body, as the threat picture does, each once', async () => {
    const meeting = await createMeeting(ekby.secretary, {
      type: 'committee',
      title: 'Risk: BUN',
      bodyId: committee,
    });
    const matter = await createMatterVia(ekby.secretary, {
      title: 'Skolskjuts på landsbygden',
      diaryNumber: 'BUN 2026/0410',
    });
    await ekby.secretary.put(`/api/meetings/${meeting.id}/agenda`, { items: [{ matterId: matter }] });
    // About the committee's chair, and about the agenda's matter too: one incident, counted once.
    const both = await ekby.official.post(
      '/api/incidents',
      incidentReport({ matterReference: 'BUN 2026/0410' }),
    );
    expect(both.statusCode).toBe(201);
    // About the chair only.
    const member = await ekby.official.post('/api/incidents', incidentReport({ categories: ['threat'] }));
    expect(member.statusCode).toBe(201);
    // About a member of another body: not linked.
    const other = await ekby.officialM.post('/api/incidents', incidentReport());
    expect(other.statusCode).toBe(201);

    const risk = meetingDetailSchema.parse(
      (await ekby.officer.get(`/api/meetings/${meeting.id}`)).json(),
    ).risk;
    const incidentIds = risk.reasons.flatMap((reason) =>
      reason.kind === 'recent_incidents' ? (reason.incidentIds ?? []) : [],
    );
    expect(incidentIds).toContain((both.json() as { id: string }).id);
    expect(incidentIds).toContain((member.json() as { id: string }).id);
    expect(incidentIds).not.toContain((other.json() as { id: string }).id);
    expect(new Set(incidentIds).size).toBe(incidentIds.length);
    // The plan's threat picture lists the same incidents.
    const plan = (await ekby.officer.get(`/api/meetings/${meeting.id}/plan`)).json() as {
      threatPicture: { linkedIncidents: { id: string }[] };
    };
    expect(plan.threatPicture.linkedIncidents.map((incident) => incident.id).sort()).toEqual(
      [...incidentIds].sort(),
    );
  });
});

describe('venues', () => {
  it('keep a floor plan: uploaded, downloaded with its type, replaced and removed', async () => {
    const created = await ekby.officer.post('/api/venues', {
      name: 'Stadshuset',
      address: 'Stora torget 1',
      rooms: ['Sessionssalen', 'Sal B'],
      evacuationRoutes: 'Huvudentrén och nödutgången mot parken.',
      capacity: 180,
    });
    expect(created.statusCode, created.body).toBe(201);
    const venue = venueSchema.parse(created.json());
    expect(venue.floorPlan).toBeNull();
    const uploaded = await ekby.officer.upload(
      `/api/venues/${venue.id}/floor-plan`,
      { name: 'plan.png', content: testPng() },
      'PUT',
    );
    expect(uploaded.statusCode, uploaded.body).toBe(200);
    expect(venueSchema.parse(uploaded.json()).floorPlan).toMatchObject({
      fileName: 'plan.png',
      contentType: 'image/png',
    });
    // The permission is asked before the upload is read: a refused caller's body, cut off
    // before its end, is never read (reading it would answer 400).
    const boundary = 'hostile';
    const cutOff = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="plan.png"\r\n\r\nPNG…`,
    );
    const headers = { 'content-type': `multipart/form-data; boundary=${boundary}` };
    const refused = await ekby.secretary.request('PUT', `/api/venues/${venue.id}/floor-plan`, cutOff, {
      headers,
    });
    // A venue is no record of the secretary's to manage: 404, as for a venue that does not exist.
    expect(refused.statusCode, refused.body).toBe(404);
    const unknown = await ekby.officer.request('PUT', `/api/venues/${randomUUID()}/floor-plan`, cutOff, {
      headers,
    });
    expect(unknown.statusCode, unknown.body).toBe(404);
    const download = await ekby.secretary.get(`/api/venues/${venue.id}/floor-plan`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('image/png');
    expect(download.rawPayload.equals(testPng())).toBe(true);
    const text = await ekby.officer.upload(
      `/api/venues/${venue.id}/floor-plan`,
      { name: 'plan.png', content: Buffer.from('inte en bild') },
      'PUT',
    );
    expect(text.statusCode).toBe(415);
    expect(
      (
        await ekby.secretary.upload(
          `/api/venues/${venue.id}/floor-plan`,
          { name: 'p.png', content: testPng() },
          'PUT',
        )
      ).statusCode,
    ).toBe(404);
    expect((await ekby.officer.delete(`/api/venues/${venue.id}/floor-plan`)).statusCode).toBe(200);
    expect((await ekby.officer.get(`/api/venues/${venue.id}/floor-plan`)).statusCode).toBe(404);
    expect((await ekby.official.get(`/api/venues/${venue.id}`)).statusCode).toBe(404);
    expect((await grannby.officer.get(`/api/venues/${venue.id}`)).statusCode).toBe(404);
  });
});

describe('the national threat level', () => {
  it('is recorded by the unit and read by everyone; a later record for the day corrects it', async () => {
    expect(threatLevelsSchema.parse((await ekby.staff.get('/api/threat-levels')).json()).current).toBeNull();
    expect(
      (await ekby.officer.post('/api/threat-levels', { level: 3, changedOn: '2022-04-01' })).statusCode,
    ).toBe(201);
    expect(
      (await ekby.officer.post('/api/threat-levels', { level: 4, changedOn: '2023-08-17' })).statusCode,
    ).toBe(201);
    clock.advance(60_000);
    const corrected = await ekby.admin.post('/api/threat-levels', { level: 3, changedOn: '2023-08-17' });
    expect(corrected.statusCode).toBe(201);
    const levels = threatLevelsSchema.parse((await ekby.official.get('/api/threat-levels')).json());
    expect(levels.current).toEqual({ level: 3, changedOn: '2023-08-17' });
    expect(levels.history.map((change) => [change.level, change.changedOn])).toEqual([
      [3, '2023-08-17'],
      [4, '2023-08-17'],
      [3, '2022-04-01'],
    ]);
    const future = await ekby.officer.post('/api/threat-levels', { level: 2, changedOn: '2026-11-28' });
    expect(future.statusCode).toBe(422);
    expect(errorOf(future).fields).toEqual({ changedOn: 'Datumet kan inte vara senare än i dag.' });
    expect(
      (await ekby.official.post('/api/threat-levels', { level: 2, changedOn: '2026-11-01' })).statusCode,
    ).toBe(403);
    expect(
      threatLevelsSchema.parse((await grannby.officer.get('/api/threat-levels')).json()).history,
    ).toEqual([]);
  });
});
