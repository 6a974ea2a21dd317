import { beforeEach, describe, expect, it } from 'vitest';
import {
  errorBodySchema,
  incidentDetailSchema,
  measureSchema,
  myCaseListSchema,
  type IncidentDetail,
  type MyCase,
  type ReportIncidentBody,
  type ReporterIncidentDetail,
  type UnitIncidentDetail,
} from '@varn/contracts';
import {
  buildTestApp,
  createCaseOrganisation,
  createTestDatabase,
  incidentReport,
  testClock,
  type TestClient,
} from '../../../test/helpers';

/**
 * The reporter's side of a case (issue 9 §1): the short report, what the person is told on their
 * case page (handler, police report, measures meant for them, next step — never internal notes),
 * and "Mina ärenden" by cursor with a party contact's own and members' cases told apart.
 */

const database = await createTestDatabase();
const start = new Date('2026-11-27T09:00:00.000Z');
const clock = testClock(start);
const app = await buildTestApp(database, { clock });
beforeEach(() => clock.set(start));

const ekby = await createCaseOrganisation(database, app, 'Ekby kommun');
/** "Mina ärenden" is counted in an organisation of its own. */
const kiruna = await createCaseOrganisation(database, app, 'Kiruna kommun');

/** Only what the short form asks first. */
const shortReport: ReportIncidentBody = {
  description: 'Ett hotfullt sms efter debatten: "vi vet var du bor".',
  ongoing: false,
  targetKind: 'self',
  categories: ['threat'],
};

async function report(client: TestClient, body: ReportIncidentBody = shortReport): Promise<IncidentDetail> {
  const response = await client.post('/api/incidents', body);
  expect(response.statusCode, response.body).toBe(201);
  return incidentDetailSchema.parse(response.json());
}

async function detail(client: TestClient, incidentId: string) {
  const response = await client.get(`/api/incidents/${incidentId}`);
  expect(response.statusCode, response.body).toBe(200);
  return { raw: response.body, view: incidentDetailSchema.parse(response.json()) };
}

async function personView(client: TestClient, incidentId: string): Promise<ReporterIncidentDetail> {
  const { view } = await detail(client, incidentId);
  if (view.view !== 'reporter') throw new Error(`expected the reporter view, got ${view.view}`);
  return view;
}

async function unitView(incidentId: string): Promise<UnitIncidentDetail> {
  const { view } = await detail(ekby.officer, incidentId);
  if (view.view !== 'unit') throw new Error(`expected the unit view, got ${view.view}`);
  return view;
}

async function triage(incidentId: string, body: Record<string, unknown>) {
  const response = await ekby.officer.patch(`/api/incidents/${incidentId}`, body);
  expect(response.statusCode, response.body).toBe(200);
}

async function addMeasure(incidentId: string, body: Record<string, unknown>) {
  const response = await ekby.officer.post(`/api/incidents/${incidentId}/measures`, body);
  expect(response.statusCode, response.body).toBe(201);
  return measureSchema.parse(response.json());
}

async function savePoliceReport(incidentId: string, body: Record<string, unknown>) {
  const response = await ekby.officer.put(`/api/incidents/${incidentId}/police-report`, {
    electedRoleStated: true,
    protectionRequested: true,
    status: 'reported',
    ...body,
  });
  expect(response.statusCode, response.body).toBe(200);
}

describe('the short report', () => {
  it('is accepted without the follow-up questions, which stay "not stated" until triage', async () => {
    const incident = await report(ekby.official);
    expect(incident).toMatchObject({
      view: 'reporter',
      targetRole: null,
      channel: null,
      perpetratorType: null,
      motive: null,
      matterReference: null,
      policeContacted: null,
      consequences: [],
    });
    // The threat still reaches the unit at once (high from its category).
    expect((await unitView(incident.id)).severity).toBe('high');

    await triage(incident.id, {
      targetRole: 'official',
      channel: 'phone_sms',
      perpetratorType: 'unknown',
      motive: 'decision',
      policeContacted: false,
      matterReference: 'KS 2026/114',
      consequences: ['fear', 'fear', 'self_censorship'],
    });
    const unit = await unitView(incident.id);
    expect(unit).toMatchObject({
      targetRole: 'official',
      channel: 'phone_sms',
      perpetratorType: 'unknown',
      motive: 'decision',
      policeContacted: false,
      matterReference: 'KS 2026/114',
      consequences: ['fear', 'self_censorship'],
    });
    const triaged = unit.timeline.find((entry) => entry.kind === 'triage');
    expect(triaged?.details.fields).toBe(
      'channel,consequences,matterReference,motive,perpetratorType,policeContacted,targetRole',
    );
  });

  it('still refuses a report without what happened or whether it is going on', async () => {
    const { description: _description, ongoing: _ongoing, ...rest } = shortReport;
    const response = await ekby.official.post('/api/incidents', rest);
    expect(response.statusCode).toBe(400);
    expect(Object.keys(errorBodySchema.parse(response.json()).error.fields ?? {}).sort()).toEqual([
      'description',
      'ongoing',
    ]);
  });
});

describe("the person's view of their case", () => {
  it('names the handler and says the next step in plain terms as the case moves', async () => {
    const incident = await report(ekby.official);
    expect(await personView(ekby.official, incident.id)).toMatchObject({
      handler: null,
      policeReport: null,
      measures: [],
      nextStep: 'awaiting_handler',
    });
    await triage(incident.id, { handlerUserId: ekby.people.officer.id });
    expect(await personView(ekby.official, incident.id)).toMatchObject({
      handler: { name: 'Sara Säkerhet' },
      nextStep: 'handler_will_contact',
    });
    for (const [event, step] of [
      ['triage', 'handler_will_contact'],
      ['start_assessment', 'assessing'],
      ['start_measures', 'measures_ongoing'],
      ['make_dormant', 'on_hold'],
    ] as const) {
      const moved = await ekby.officer.post(`/api/incidents/${incident.id}/transitions`, { event });
      expect(moved.statusCode, moved.body).toBe(200);
      expect((await personView(ekby.official, incident.id)).nextStep).toBe(step);
    }
    // On hold while the police still have it.
    await savePoliceReport(incident.id, { reportNumber: '5000-K1-26' });
    expect((await personView(ekby.official, incident.id)).nextStep).toBe('waiting_for_police');
  });

  it('tells whether the case is reported to the police; the number only when the person made or consented to it', async () => {
    const incident = await report(ekby.official);
    await savePoliceReport(incident.id, { reportNumber: '5000-K123456-26' });
    const withheld = await detail(ekby.official, incident.id);
    expect(withheld.view).toMatchObject({ policeReport: { status: 'reported', reportNumber: null } });
    expect(withheld.raw).not.toContain('K123456');
    expect((await unitView(incident.id)).policeReport).toMatchObject({
      reportNumber: '5000-K123456-26',
      personConsented: false,
    });

    await savePoliceReport(incident.id, {
      reportNumber: '5000-K123456-26',
      personConsented: true,
      status: 'under_investigation',
    });
    expect(await personView(ekby.official, incident.id)).toMatchObject({
      policeReport: { status: 'under_investigation', reportNumber: '5000-K123456-26' },
    });
    // Leaving the flag out of a later update keeps it.
    await savePoliceReport(incident.id, { reportNumber: '5000-K123456-26', status: 'under_investigation' });
    expect((await personView(ekby.official, incident.id)).policeReport?.reportNumber).toBe('5000-K123456-26');
  });

  it('shows only the measures flagged for the person, and never an internal note, to anyone in the reporter view', async () => {
    // An official's own case, shared with their party's contact.
    const incident = await report(ekby.official, { ...shortReport, partyContactConsent: true });
    const flagged = await addMeasure(incident.id, {
      type: 'support_talk',
      description: 'FLAGGED-DESCRIPTION: ringer på kvällen, partnern vet inget',
      ownerUserId: ekby.people.officer.id,
      dueDate: '2026-12-01',
      visibleToPerson: true,
    });
    const unflagged = await addMeasure(incident.id, {
      type: 'police_liaison',
      description: 'UNFLAGGED-DESCRIPTION: kontakta polisens underrättelsetjänst',
    });
    expect(flagged.visibleToPerson).toBe(true);
    expect(unflagged.visibleToPerson).toBe(false);
    const note = await ekby.officer.post(`/api/incidents/${incident.id}/notes`, {
      kind: 'note',
      text: 'INTERNAL-NOTE: gärningspersonen är känd sedan tidigare',
    });
    expect(note.statusCode, note.body).toBe(200);
    await ekby.officer.post(`/api/incidents/${incident.id}/notes`, {
      kind: 'decision',
      text: 'INTERNAL-DECISION: skyddsbedömning hög',
    });

    for (const client of [ekby.official, ekby.contact]) {
      const { raw, view } = await detail(client, incident.id);
      if (view.view !== 'reporter') throw new Error('expected the reporter view');
      expect(view.measures).toEqual([
        { id: flagged.id, type: 'support_talk', status: 'planned', dueDate: '2026-12-01' },
      ]);
      for (const secret of [
        'INTERNAL-NOTE',
        'INTERNAL-DECISION',
        'FLAGGED-DESCRIPTION',
        'UNFLAGGED-DESCRIPTION',
        unflagged.id,
        'police_liaison',
        '"timeline"',
        '"severity"',
        '"flags"',
        '"owner"',
      ])
        expect(raw).not.toContain(secret);
    }
    // The list does not carry them either.
    const list = await ekby.official.get('/api/incidents/mine');
    for (const secret of ['INTERNAL-NOTE', 'FLAGGED-DESCRIPTION', 'UNFLAGGED-DESCRIPTION', '"severity"'])
      expect(list.body).not.toContain(secret);

    // Unflagged later: gone from the person's view; flagged later: there.
    const hide = await ekby.officer.patch(`/api/incidents/${incident.id}/measures/${flagged.id}`, {
      visibleToPerson: false,
    });
    expect(hide.statusCode, hide.body).toBe(200);
    const show = await ekby.officer.patch(`/api/incidents/${incident.id}/measures/${unflagged.id}`, {
      visibleToPerson: true,
      status: 'in_progress',
    });
    expect(show.statusCode, show.body).toBe(200);
    expect((await personView(ekby.official, incident.id)).measures).toEqual([
      { id: unflagged.id, type: 'police_liaison', status: 'in_progress', dueDate: null },
    ]);
  });
});

describe('"Mina ärenden"', () => {
  async function page(client: TestClient, query = '') {
    const response = await client.get(`/api/incidents/mine${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return myCaseListSchema.parse(response.json());
  }

  async function everything(client: TestClient, query: string): Promise<MyCase[]> {
    const seen: MyCase[] = [];
    let cursor: string | null = null;
    do {
      const next: Awaited<ReturnType<typeof page>> = await page(
        client,
        `?${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      expect(next.cases.length).toBeLessThanOrEqual(2);
      seen.push(...next.cases);
      cursor = next.nextCursor;
    } while (cursor !== null);
    return seen;
  }

  it('pages newest first by cursor, with cases reported at the same moment neither lost nor repeated', async () => {
    const references: string[] = [];
    for (const step of [0, 1, 0, 0, 1]) {
      clock.advance(step * 60_000);
      references.push((await report(kiruna.staff, incidentReport({ targetRole: 'staff' }))).reference);
    }
    const all = await everything(kiruna.staff, 'limit=2');
    expect(all.map((item) => item.reference).sort()).toEqual([...references].sort());
    expect(new Set(all.map((item) => item.id)).size).toBe(5);
    const times = all.map((item) => item.reportedAt);
    expect(times).toEqual([...times].sort().reverse());
    expect(all.every((item) => item.relation === 'own' && item.plainStatus === 'received')).toBe(true);
    // Twenty by default: one page.
    expect(await page(kiruna.staff)).toMatchObject({ nextCursor: null });
  });

  it.each([
    '?limit=0',
    '?limit=101',
    '?limit=x',
    '?cursor=abc',
    '?cursor=1767225600000_not-a-uuid',
    '?relation=party',
    '?sort=newest',
  ])('answers 400 for %s', async (query) => {
    const response = await kiruna.staff.get(`/api/incidents/mine${query}`);
    expect(response.statusCode).toBe(400);
    expect(errorBodySchema.parse(response.json()).error.code).toBe('validation_failed');
  });

  it("tells a party contact's own cases from their members' cases, and filters by it", async () => {
    const own = await report(kiruna.contact);
    const forMember = await report(kiruna.contact, {
      ...shortReport,
      targetKind: 'party_member',
      targetName: 'Maja Medlem',
      partyContactConsent: true,
    });
    clock.advance(60_000);
    const memberShared = await report(kiruna.official, { ...shortReport, partyContactConsent: true });
    const memberPrivate = await report(kiruna.official, { ...shortReport, partyContactConsent: false });
    const otherParty = await report(kiruna.officialM, { ...shortReport, partyContactConsent: true });

    const relations = new Map((await page(kiruna.contact)).cases.map((item) => [item.id, item.relation]));
    expect(Object.fromEntries(relations)).toEqual({
      [own.id]: 'own',
      [forMember.id]: 'own',
      [memberShared.id]: 'member',
    });
    expect(relations.has(memberPrivate.id)).toBe(false);
    expect(relations.has(otherParty.id)).toBe(false);
    expect((await page(kiruna.contact, '?relation=own')).cases.map((item) => item.id).sort()).toEqual(
      [own.id, forMember.id].sort(),
    );
    expect((await page(kiruna.contact, '?relation=member')).cases.map((item) => item.id)).toEqual([
      memberShared.id,
    ]);
    // The member's own list calls both their cases their own.
    const memberList = await page(kiruna.official);
    expect(memberList.cases.map((item) => item.relation)).toEqual(['own', 'own']);
  });

  it("lists a security officer's own reports, not the unit's queue", async () => {
    const mine = await report(kiruna.officer2);
    const ids = (await page(kiruna.officer2)).cases.map((item) => item.id);
    expect(ids).toEqual([mine.id]);
  });
});
