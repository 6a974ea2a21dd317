import { and, eq } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { IncidentEvent } from '@varn/domain';
import {
  inboxSchema,
  incidentDetailSchema,
  incidentListSchema,
  type IncidentList,
  type ReportIncidentBody,
} from '@varn/contracts';
import {
  buildTestApp,
  createCaseOrganisation,
  createTestDatabase,
  incidentReport,
  type TestClient,
  testClock,
} from '../../../test/helpers';
import { auditEvents } from '../../db/schema';

/**
 * The security unit's queue and the security officer's inbox (issue 9 §2): what needs action
 * first, the filters the counters link to, counters over open cases only (a closed case is never
 * "in progress"), and the inbox's sections with the filter of each.
 */

const database = await createTestDatabase();
/** Friday 27 November 2026, 10:00 in Sweden. */
const start = new Date('2026-11-27T09:00:00.000Z');
const clock = testClock(start);
const app = await buildTestApp(database, { clock });
beforeEach(() => clock.set(start));

const hour = 3_600_000;
const day = 24 * hour;
const unit = await createCaseOrganisation(database, app, 'Inkorgby kommun');
const { officer } = unit;

/** The cases, by name. */
const cases: Record<string, string> = {};
const names = (ids: readonly string[]) =>
  ids.map((id) => Object.entries(cases).find(([, caseId]) => caseId === id)?.[0] ?? id);

async function reported(
  name: string,
  at: number,
  body: ReportIncidentBody,
  as: TestClient = unit.official,
): Promise<string> {
  clock.set(new Date(start.getTime() + at));
  const response = await as.post('/api/incidents', body);
  expect(response.statusCode, response.body).toBe(201);
  const id = incidentDetailSchema.parse(response.json()).id;
  cases[name] = id;
  return id;
}

async function ok(response: Promise<{ statusCode: number; body: string }>) {
  const answered = await response;
  expect(answered.statusCode, answered.body).toBe(200);
}

async function move(id: string, ...events: IncidentEvent[]) {
  for (const event of events)
    await ok(
      officer.post(`/api/incidents/${id}/transitions`, {
        event,
        ...(event === 'close' ? { summary: 'Stödsamtal genomfört, inga fler händelser.' } : {}),
      }),
    );
}

async function list(query = ''): Promise<IncidentList> {
  const response = await officer.get(`/api/incidents?limit=200${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return incidentListSchema.parse(response.json());
}

const listed = async (query = '') => names((await list(query)).incidents.map((row) => row.id));

const policeReport = (status: string) => ({
  reportNumber: '5000-K1-26',
  reportedOn: '2026-10-01',
  electedRoleStated: true,
  protectionRequested: false,
  status,
});

beforeAll(async () => {
  const threat = incidentReport({ categories: ['threat'] });
  const ongoing = incidentReport({ ongoing: true });
  // Oldest first. The reporter's answers give the first severity: ongoing → acute, threat → high.
  await reported('policeStale', -41 * day, threat);
  await ok(officer.put(`/api/incidents/${cases.policeStale}/police-report`, policeReport('reported')));
  await ok(officer.patch(`/api/incidents/${cases.policeStale}`, { handlerUserId: unit.people.officer.id }));
  await reported('policeNedlagd', -40 * day, threat);
  await ok(officer.put(`/api/incidents/${cases.policeNedlagd}/police-report`, policeReport('reported')));
  await ok(officer.put(`/api/incidents/${cases.policeNedlagd}/police-report`, policeReport('closed')));
  await ok(officer.patch(`/api/incidents/${cases.policeNedlagd}`, { handlerUserId: unit.people.officer.id }));
  await reported(
    'closedOngoing',
    -30 * day,
    incidentReport({ ongoing: true, targetRole: 'staff' }),
    unit.staff,
  );
  await ok(officer.put(`/api/incidents/${cases.closedOngoing}/police-report`, policeReport('reported')));
  await reported('dormant', -20 * day, threat);
  await reported('lowAssigned', -10 * day, incidentReport());
  await ok(
    officer.patch(`/api/incidents/${cases.lowAssigned}`, {
      severity: 'low',
      handlerUserId: unit.people.officer2.id,
    }),
  );
  await reported('untriaged', -5 * day, incidentReport());
  await reported('acuteAssigned', -4 * day, ongoing);
  await ok(officer.patch(`/api/incidents/${cases.acuteAssigned}`, { handlerUserId: unit.people.officer.id }));
  await reported('highUnassigned', -3 * day, threat);
  await reported(
    'workEnvironment',
    -2 * hour,
    incidentReport({ targetRole: 'staff', seriousWorkIncident: true }),
    unit.staff,
  );
  await reported('acuteUnassigned', -1 * hour, ongoing);
  clock.set(start);
  await move(cases.dormant ?? '', 'triage', 'make_dormant');
  // Overdue: due yesterday (Swedish date); due today is not overdue yet.
  for (const [name, dueDate] of [
    ['untriaged', '2026-11-20'],
    ['lowAssigned', '2026-11-26'],
    ['acuteAssigned', '2026-11-27'],
    ['closedOngoing', '2026-11-01'],
  ] as const)
    expect(
      (await officer.post(`/api/incidents/${cases[name]}/measures`, { type: 'advice', dueDate })).statusCode,
    ).toBe(201);
  await ok(
    officer.patch(`/api/incidents/${cases.closedOngoing}`, { seriousWorkIncident: true, severity: 'acute' }),
  );
  await move(cases.closedOngoing ?? '', 'triage', 'close');
  await unit.official.post('/api/signals', { text: 'Affischer om mig i trapphuset.', urgency: 'medium' });
  await unit.contact.post('/api/signals', {
    text: 'Demonstration planerad före fullmäktige.',
    urgency: 'high',
  });
});

describe('the queue', () => {
  it('lists what needs action first: acute and high without a handler, then by severity and wait; dormant and closed last', async () => {
    expect(await listed()).toEqual([
      'acuteUnassigned',
      'highUnassigned',
      'acuteAssigned',
      'policeStale',
      'policeNedlagd',
      'untriaged',
      'workEnvironment',
      'lowAssigned',
      'dormant',
      'closedOngoing',
    ]);
  });

  it('hides closed cases when asked for open ones, and shows only them with open=false', async () => {
    expect(await listed('&open=true')).not.toContain('closedOngoing');
    expect(await listed('&open=true')).toHaveLength(9);
    expect(await listed('&open=false')).toEqual(['closedOngoing']);
  });

  it('never shows a closed case as going on now, though the report said so', async () => {
    const rows = (await list()).incidents;
    const ongoing = (name: string) => rows.find((row) => row.id === cases[name])?.ongoing;
    expect(ongoing('closedOngoing')).toBe(false);
    expect(ongoing('acuteUnassigned')).toBe(true);
    expect(ongoing('acuteAssigned')).toBe(true);
  });

  it.each([
    [
      'unassigned',
      '&open=true&unassigned=true',
      ['acuteUnassigned', 'highUnassigned', 'untriaged', 'workEnvironment', 'dormant'],
    ],
    ['acute', '&open=true&severity=acute', ['acuteUnassigned', 'acuteAssigned']],
    ['overdue measures', '&open=true&overdue=true', ['untriaged', 'lowAssigned']],
    ['police report without a status update', '&open=true&policeUpdateDue=true', ['policeStale']],
    ['report to Arbetsmiljöverket due', '&open=true&workEnvironmentDue=true', ['workEnvironment']],
    ['dormant', '&status=dormant', ['dormant']],
    // Without open=true the filters also find closed cases: the counters never count them.
    ['overdue measures, closed included', '&overdue=true', ['untriaged', 'lowAssigned', 'closedOngoing']],
    ['police, closed included', '&policeUpdateDue=true', ['policeStale', 'closedOngoing']],
  ])('filters %s', async (_name, query, expected) => {
    expect(await listed(query)).toEqual(expected);
  });

  it('counts over open cases only: a closed case is not new, acute, overdue, due at the police or Arbetsmiljöverket', async () => {
    expect((await list()).counters).toEqual({
      open: 9,
      new: 8,
      acute: 2,
      high: 4,
      unassigned: 5,
      overdueMeasures: 2,
      policeUpdateDue: 1,
      workEnvironmentDue: 1,
      openSignals: 2,
    });
  });

  it("follows the organisation's number of days for police reports", async () => {
    await ok(unit.admin.patch('/api/organisation/settings', { policeReminderDays: 60 }));
    expect(await listed('&open=true&policeUpdateDue=true')).toEqual([]);
    expect((await list()).counters.policeUpdateDue).toBe(0);
    await ok(unit.admin.patch('/api/organisation/settings', { policeReminderDays: 30 }));
    expect(await listed('&open=true&policeUpdateDue=true')).toEqual(['policeStale']);
  });

  it('pages without overlap in the same order', async () => {
    const all = await listed();
    const pages: string[] = [];
    for (let offset = 0; offset < all.length; offset += 3) {
      const response = await officer.get(`/api/incidents?limit=3&offset=${offset}`);
      pages.push(...names(incidentListSchema.parse(response.json()).incidents.map((row) => row.id)));
    }
    expect(pages).toEqual(all);
  });
});

describe('the inbox', () => {
  it('counts what needs action, each with the queue filter it links to, and shows the first cases acute first', async () => {
    const response = await officer.get('/api/incidents/inbox');
    expect(response.statusCode, response.body).toBe(200);
    const inbox = inboxSchema.parse(response.json());
    const section = (name: 'unassigned' | 'policeUpdateDue' | 'overdueMeasures' | 'workEnvironmentDue') => ({
      count: inbox[name].count,
      filter: inbox[name].filter,
      cases: names(inbox[name].cases.map((row) => row.id)),
    });
    expect(section('unassigned')).toEqual({
      count: 5,
      filter: { open: 'true', unassigned: 'true' },
      cases: ['acuteUnassigned', 'highUnassigned', 'untriaged', 'workEnvironment', 'dormant'],
    });
    expect(section('policeUpdateDue')).toEqual({
      count: 1,
      filter: { open: 'true', policeUpdateDue: 'true' },
      cases: ['policeStale'],
    });
    expect(section('overdueMeasures')).toEqual({
      count: 2,
      filter: { open: 'true', overdue: 'true' },
      cases: ['untriaged', 'lowAssigned'],
    });
    expect(section('workEnvironmentDue')).toEqual({
      count: 1,
      filter: { open: 'true', workEnvironmentDue: 'true' },
      cases: ['workEnvironment'],
    });
    // What makes each need action.
    expect(inbox.unassigned.cases[0]).toMatchObject({ severity: 'acute', ongoing: true, handler: null });
    expect(inbox.policeUpdateDue.cases[0]?.policeReport).toEqual({
      status: 'reported',
      statusChangedAt: new Date(start.getTime() - 41 * day).toISOString(),
    });
    expect(inbox.overdueMeasures.cases.map((row) => [row.overdueMeasures, row.oldestOverdueDate])).toEqual([
      [1, '2026-11-20'],
      [1, '2026-11-26'],
    ]);
    // The same day, by midnight Swedish time.
    expect(inbox.workEnvironmentDue.cases[0]?.workEnvironmentDeadline).toBe('2026-11-27T23:00:00.000Z');
    expect(inbox.signals.count).toBe(2);
    expect(inbox.signals.signals.map((signal) => signal.urgency)).toEqual(['high', 'medium']);
    expect(inbox.policeReminderDays).toBe(30);
    // Every count is the number of cases its filter lists.
    for (const name of ['unassigned', 'policeUpdateDue', 'overdueMeasures', 'workEnvironmentDue'] as const) {
      const query = Object.entries(inbox[name].filter)
        .map(([key, value]) => `${key}=${value ?? ''}`)
        .join('&');
      expect((await list(`&${query}`)).total, name).toBe(inbox[name].count);
    }
  });

  it('shows at most five cases of a section; the count says how many there are', async () => {
    const extra: string[] = [];
    for (let i = 0; i < 4; i += 1) extra.push(await reported(`extra${i}`, -i * hour, incidentReport()));
    const inbox = inboxSchema.parse((await officer.get('/api/incidents/inbox')).json());
    expect(inbox.unassigned.count).toBe(9);
    expect(inbox.unassigned.cases).toHaveLength(5);
    for (const id of extra) await move(id, 'close');
  });

  it('is audited as one read of the inbox', async () => {
    const actions = async () =>
      await database.db
        .select({ action: auditEvents.action })
        .from(auditEvents)
        .where(and(eq(auditEvents.organisationId, unit.id), eq(auditEvents.action, 'incident.inbox')));
    const before = (await actions()).length;
    await ok(officer.get('/api/incidents/inbox'));
    expect((await actions()).length).toBe(before + 1);
  });

  it("is the security unit's only", async () => {
    for (const client of [unit.official, unit.contact, unit.staff, unit.admin, unit.viewer, unit.secretary])
      expect((await client.get('/api/incidents/inbox')).statusCode).toBe(403);
  });
});
