import { createHash, randomUUID } from 'node:crypto';
import { and, asc, count, eq } from 'drizzle-orm';
import { strFromU8, unzipSync } from 'fflate';
import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  incidentEvents as allEvents,
  incidentStatuses,
  incidentTransitions,
  type IncidentEvent,
  type IncidentStatus,
} from '@varn/domain';
import {
  custodySchema,
  errorBodySchema,
  evidenceSchema,
  incidentDetailSchema,
  incidentListSchema,
  measureListSchema,
  measureSchema,
  metricsSchema,
  type Evidence,
  type IncidentDetail,
  type ReportIncidentBody,
  type UnitIncidentDetail,
} from '@varn/contracts';
import {
  buildTestApp,
  createCaseOrganisation,
  createTestDatabase,
  incidentReport,
  queuedMails,
  raceBeforeCommit,
  type TestClient,
  testClock,
  type CaseOrganisation,
  testConfig,
  testPng,
  type UploadFile,
} from '../../../test/helpers';
import { auditEvents, evidenceFiles, incidents } from '../../db/schema';
import { verifyAuditTrail } from '../audit';
import { incidentsJobs } from './incidents.jobs';

/**
 * Incidents through the API (issue 3): reporting, idempotency, the two views, triage, status,
 * notes, consent, the queue, the police report, the work-environment report, handling times and
 * evidence. Who may call which route is in test/access.routes.test.ts; here the behaviour.
 */

const database = await createTestDatabase();
/** Friday 27 November 2026, 10:00 in Sweden. Every test starts here. */
const start = new Date('2026-11-27T09:00:00.000Z');
const clock = testClock(start);
const app = await buildTestApp(database, { clock });
const jobContext = { db: database.db, clock, config: testConfig() };
const runDailyDigest = async (context: typeof jobContext) =>
  await incidentsJobs.find((job) => job.name === 'daily-digest')?.run(context);
beforeEach(() => clock.set(start));

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;
const setUpOrganisation = (name: string) => createCaseOrganisation(database, app, name);
type Organisation = CaseOrganisation;

const ekby = await setUpOrganisation('Ekby kommun');
const grannby = await setUpOrganisation('Grannby kommun');
/** The queue's order, counters and filters are counted in an organisation of their own. */
const queue = await setUpOrganisation('Köby kommun');

// — Helpers over the API —

function errorOf(response: LightMyRequestResponse) {
  return errorBodySchema.parse(response.json()).error;
}

async function report(
  client: TestClient,
  body: ReportIncidentBody = incidentReport(),
  headers: Record<string, string> = {},
): Promise<IncidentDetail> {
  const response = await client.request('POST', '/api/incidents', body, { headers });
  expect(response.statusCode, response.body).toBe(201);
  return incidentDetailSchema.parse(response.json());
}

async function unitView(officer: TestClient, incidentId: string): Promise<UnitIncidentDetail> {
  const response = await officer.get(`/api/incidents/${incidentId}`);
  expect(response.statusCode, response.body).toBe(200);
  const detail = incidentDetailSchema.parse(response.json());
  if (detail.view !== 'unit') throw new Error(`expected the unit view, got ${detail.view}`);
  return detail;
}

async function listIds(client: TestClient, query = ''): Promise<string[]> {
  const response = await client.get(`/api/incidents${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return incidentListSchema.parse(response.json()).incidents.map((row) => row.id);
}

async function transition(officer: TestClient, incidentId: string, event: IncidentEvent) {
  return await officer.post(`/api/incidents/${incidentId}/transitions`, {
    event,
    ...(event === 'close' ? { summary: 'Stödsamtal genomfört, polisanmält, inga fler händelser.' } : {}),
  });
}

async function upload(client: TestClient, incidentId: string, file: UploadFile) {
  return await client.upload(`/api/incidents/${incidentId}/evidence`, file);
}

const sha256 = (content: Uint8Array): string => createHash('sha256').update(content).digest('hex');
const png = (name = 'skärmbild.png'): UploadFile => ({ name, content: testPng(), type: 'image/png' });
const pdf = (): UploadFile => ({
  name: 'hotbrev.pdf',
  content: Buffer.from(
    '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
  ),
  type: 'application/pdf',
});
const eml = (): UploadFile => ({
  name: 'mejlet.eml',
  content: Buffer.from(
    'From: Anonym <anonym@example.com>\r\nTo: olle@ekby.se\r\nSubject: Du borde akta dig\r\nDate: Thu, 26 Nov 2026 22:14:00 +0100\r\nMessage-ID: <1@example.com>\r\n\r\nVi vet var du bor.\r\n',
  ),
  type: 'message/rfc822',
});

async function mailsTo(organisation: Organisation, email: string) {
  return (await queuedMails(database, organisation.id)).filter((mail) => mail.to === email);
}

async function incidentRows(organisationId: string, key: string): Promise<number> {
  const [row] = await database.db
    .select({ n: count() })
    .from(incidents)
    .where(and(eq(incidents.organisationId, organisationId), eq(incidents.idempotencyKey, key)));
  return row?.n ?? 0;
}

describe('reporting', () => {
  it("answers 201 with the reporter's view, a case number of the year, and mails the reporter that it is registered", async () => {
    const response = await ekby.official.post(
      '/api/incidents',
      incidentReport({
        description: 'Kommentarer om min familj under en livesänd debatt.',
        categories: ['insult'],
      }),
    );
    expect(response.statusCode).toBe(201);
    const body: unknown = response.json();
    const incident = incidentDetailSchema.parse(body);
    expect(incident).toMatchObject({
      view: 'reporter',
      reportedAt: start.toISOString(),
      reportedBy: { id: ekby.people.official.id, name: 'Olle Ordförande' },
      description: 'Kommentarer om min familj under en livesänd debatt.',
      targetKind: 'self',
      categories: ['insult'],
      status: 'new',
      plainStatus: 'received',
      canChangeConsent: true,
      partyContactConsent: false,
      evidence: [],
    });
    expect(incident.reference).toMatch(/^2026-\d{4}$/u);
    // The reporter's view carries nothing of the unit's case file; what the person is told about
    // the handling (issue 9) is in person-view.routes.test.ts.
    for (const key of ['severity', 'timeline', 'closingSummary', 'flags'])
      expect(body).not.toHaveProperty(key);
    expect(body).toMatchObject({
      handler: null,
      policeReport: null,
      measures: [],
      nextStep: 'awaiting_handler',
    });

    const mails = await mailsTo(ekby, ekby.people.official.email);
    expect(mails.map((mail) => mail.subject)).toContain(`Ditt ärende ${incident.reference} är registrerat`);
    // E-mail is not a secure channel: no details of the incident.
    expect(mails.map((mail) => mail.bodyText).join('\n')).not.toContain('familj');
  });

  it('numbers cases per organisation and year, the year by Swedish time', async () => {
    const numbering = await setUpOrganisation('Numreby kommun');
    const first = await report(numbering.official);
    const second = await report(numbering.staff, incidentReport({ targetRole: 'staff' }));
    await report(grannby.official); // another organisation's sequence
    const third = await report(numbering.official);
    // 23:30 on New Year's Eve in Sweden is still 2026 …
    clock.set(new Date('2026-12-31T22:30:00.000Z'));
    const lastOfYear = await report(numbering.official);
    // … 00:30 is 2027, while it is still 2026 in UTC.
    clock.set(new Date('2026-12-31T23:30:00.000Z'));
    const firstOfYear = await report(numbering.official);
    const secondOfYear = await report(numbering.contact);
    expect(
      [first, second, third, lastOfYear, firstOfYear, secondOfYear].map((incident) => incident.reference),
    ).toEqual(['2026-0001', '2026-0002', '2026-0003', '2026-0004', '2027-0001', '2027-0002']);
  });

  it('gives 50 reports sent at the same moment 50 distinct case numbers without gaps, and no deadlock', async () => {
    const rush = await setUpOrganisation('Rusningsby kommun');
    const reporters = [rush.official, rush.officialM, rush.contact, rush.staff, rush.officer];
    // Every client fetches its CSRF token first, so that the reports really run side by side.
    for (const client of reporters) await client.patch('/api/me', { language: 'sv' });
    const responses = await Promise.all(
      Array.from({ length: 50 }, async (_, index) => {
        const client = reporters[index % reporters.length] ?? rush.official;
        return await client.post(
          '/api/incidents',
          incidentReport({
            description: `Rapport nummer ${index} i rusningen.`,
            // Every third one is ongoing: acute, so the security officers are mailed at once.
            ongoing: index % 3 === 0,
            ...(client === rush.staff ? { targetRole: 'staff' as const } : {}),
          }),
        );
      }),
    );
    expect(responses.map((response) => response.statusCode)).toEqual(responses.map(() => 201));
    const created = responses.map((response) => incidentDetailSchema.parse(response.json()));
    expect(created.map((incident) => incident.reference).sort()).toEqual(
      Array.from({ length: 50 }, (_, index) => `2026-${String(index + 1).padStart(4, '0')}`),
    );
    // Each with its timeline entry, its audit event and its mail, in an unbroken chain.
    const { rows } = await database.pool.query<{ events: number; audited: number; mails: number }>(
      `select (select count(*)::int from incident_events where organisation_id = $1 and kind = 'reported') as events,
              (select count(*)::int from audit_events where chain_key = $1::text and action = 'incident.report') as audited,
              (select count(*)::int from mail_outbox where organisation_id = $1 and subject like 'Ditt ärende%') as mails`,
      [rush.id],
    );
    expect(rows[0]).toEqual({ events: 50, audited: 50, mails: 50 });
    const urgent = (await mailsTo(rush, rush.people.officer2.email)).filter((mail) =>
      mail.subject.startsWith('Brådskande'),
    );
    expect(urgent).toHaveLength(17);
    const chain = (await verifyAuditTrail(database.db)).find((result) => result.chainKey === rush.id);
    expect(chain?.result.ok).toBe(true);
  });

  it('answers a new report with the same view of the case as reading it afterwards', async () => {
    const asReporter = await report(ekby.official, incidentReport({ ongoing: true }));
    expect((await ekby.official.get(`/api/incidents/${asReporter.id}`)).json()).toEqual(asReporter);
    // A security officer who reports sees the unit's case file at once, timeline included.
    const asOfficer = await report(ekby.officer, incidentReport({ categories: ['threat', 'vandalism'] }));
    expect(asOfficer.view).toBe('unit');
    expect(await unitView(ekby.officer, asOfficer.id)).toEqual(asOfficer);
    const staff = await report(
      ekby.staff,
      incidentReport({ targetRole: 'staff', seriousWorkIncident: true, categories: ['violence'] }),
    );
    expect((await ekby.staff.get(`/api/incidents/${staff.id}`)).json()).toEqual(staff);
  });

  it('makes an ongoing report acute and mails every active security officer at once, without details', async () => {
    const incident = await report(
      ekby.official,
      incidentReport({ ongoing: true, description: 'En man står utanför mitt hus just nu.' }),
    );
    expect((await unitView(ekby.officer, incident.id)).severity).toBe('acute');
    for (const officer of [ekby.people.officer, ekby.people.officer2]) {
      const urgent = (await mailsTo(ekby, officer.email)).filter((mail) =>
        mail.subject.includes(incident.reference),
      );
      expect(urgent.map((mail) => mail.subject)).toEqual([
        `Brådskande: ny rapport ${incident.reference} (akut)`,
      ]);
      expect(urgent[0]?.bodyText).toContain(`/incidents/${incident.id}`);
      expect(urgent[0]?.bodyText).not.toContain('utanför mitt hus');
    }
    expect(await mailsTo(ekby, ekby.people.formerOfficer.email)).toEqual([]);
  });

  it('makes a threat high and mails the security officers at once', async () => {
    const incident = await report(ekby.contactM, incidentReport({ categories: ['insult', 'threat'] }));
    expect((await unitView(ekby.officer, incident.id)).severity).toBe('high');
    for (const officer of [ekby.people.officer, ekby.people.officer2])
      expect(
        (await mailsTo(ekby, officer.email))
          .map((mail) => mail.subject)
          .filter((subject) => subject.includes(incident.reference)),
      ).toEqual([`Brådskande: ny rapport ${incident.reference} (hög)`]);
  });

  it('leaves anything else without severity and tells the security officers only in the daily digest', async () => {
    const digests = async (email: string) =>
      (await mailsTo(ekby, email)).filter((mail) => mail.subject.startsWith('Värn:'));
    const before = await digests(ekby.people.officer.email);
    const incident = await report(ekby.official, incidentReport({ categories: ['disinformation'] }));
    expect((await unitView(ekby.officer, incident.id)).severity).toBeNull();
    const officerMails = [
      ...(await mailsTo(ekby, ekby.people.officer.email)),
      ...(await mailsTo(ekby, ekby.people.officer2.email)),
    ];
    expect(officerMails.filter((mail) => mail.subject.includes(incident.reference))).toEqual([]);
    expect(await digests(ekby.people.officer.email)).toEqual(before);

    clock.advance(hour);
    await runDailyDigest(jobContext);
    expect((await digests(ekby.people.officer.email)).length).toBe(before.length + 1);
    expect((await digests(ekby.people.officer2.email)).length).toBe(before.length + 1);
  });

  it('refuses codes that are not in the lists (422 with the fields), and creates nothing', async () => {
    const key = randomUUID();
    const response = await ekby.official.request(
      'POST',
      '/api/incidents',
      incidentReport({
        categories: ['threat', 'no_such_code'],
        channel: 'carrier_pigeon',
        perpetratorType: 'martian',
      }),
      { headers: { 'idempotency-key': key } },
    );
    expect(response.statusCode).toBe(422);
    expect(errorOf(response)).toEqual({
      code: 'rule_violation',
      message: 'Ändringen bryter mot en regel. Se de markerade fälten.',
      fields: {
        categories: 'Välj ett av alternativen i listan.',
        channel: 'Välj ett av alternativen i listan.',
        perpetratorType: 'Välj ett av alternativen i listan.',
      },
    });
    expect(await incidentRows(ekby.id, key)).toBe(0);
  });

  it('accepts an entry the admin adds to a list, and refuses it once deactivated', async () => {
    const added = await ekby.admin.post('/api/incident-taxonomy', {
      kind: 'category',
      code: 'drone_overflight',
      labelSv: 'Drönare över bostaden',
      labelEn: 'Drone over the home',
    });
    expect(added.statusCode).toBe(201);
    await report(ekby.official, incidentReport({ categories: ['drone_overflight'] }));
    expect(
      (await ekby.admin.patch('/api/incident-taxonomy/category/drone_overflight', { active: false }))
        .statusCode,
    ).toBe(200);
    const refused = await ekby.official.post(
      '/api/incidents',
      incidentReport({ categories: ['drone_overflight'] }),
    );
    expect(refused.statusCode).toBe(422);
    expect(errorOf(refused).fields).toEqual({ categories: 'Välj ett av alternativen i listan.' });
  });

  it("lets only a party contact report for a party member; the member's party is the contact's", async () => {
    const forMember = incidentReport({
      targetKind: 'party_member',
      targetName: 'Maja Medlem',
      partyContactConsent: true,
    });
    for (const client of [ekby.official, ekby.staff, ekby.officer]) {
      const response = await client.post('/api/incidents', forMember);
      expect(response.statusCode).toBe(422);
      expect(errorOf(response).fields).toEqual({
        targetKind: 'Bara partiets säkerhetsansvarig kan rapportera för en partimedlem.',
      });
    }
    const incident = await report(ekby.contact, forMember);
    expect(incident).toMatchObject({ targetKind: 'party_member', targetName: 'Maja Medlem' });
    // The consent is for the member's own party's contact: party M's contact does not see it.
    expect((await ekby.contactM.get(`/api/incidents/${incident.id}`)).statusCode).toBe(404);
  });
});

describe('idempotency', () => {
  it('answers a retry with the same key 200 with the case already created: one row, one mail', async () => {
    const key = randomUUID();
    const body = incidentReport({ description: 'Skickat två gånger när nätet föll bort.' });
    const first = await ekby.official.request('POST', '/api/incidents', body, {
      headers: { 'idempotency-key': key },
    });
    const retry = await ekby.official.request('POST', '/api/incidents', body, {
      headers: { 'idempotency-key': key },
    });
    expect([first.statusCode, retry.statusCode]).toEqual([201, 200]);
    const created = incidentDetailSchema.parse(first.json());
    expect(incidentDetailSchema.parse(retry.json())).toEqual(created);
    expect(await incidentRows(ekby.id, key)).toBe(1);
    expect(
      (await mailsTo(ekby, ekby.people.official.email)).filter((mail) =>
        mail.subject.includes(created.reference),
      ),
    ).toHaveLength(1);
  });

  it('makes one case of two submissions with the same key at the same moment', async () => {
    const key = randomUUID();
    const body = incidentReport({ description: 'Två flikar skickade samtidigt.' });
    const send = () =>
      ekby.official.request('POST', '/api/incidents', body, { headers: { 'idempotency-key': key } });
    const responses = await raceBeforeCommit(database, ekby.id, 2, () => Promise.all([send(), send()]));
    expect(responses.map((response) => response.statusCode).sort()).toEqual([200, 201]);
    const [a, b] = responses.map((response) => incidentDetailSchema.parse(response.json()).id);
    expect(a).toBe(b);
    expect(await incidentRows(ekby.id, key)).toBe(1);
  });

  it('makes a new case for a new key, and keeps keys apart per reporter', async () => {
    const key = randomUUID();
    const first = await report(ekby.official, incidentReport(), { 'idempotency-key': key });
    const second = await report(ekby.official, incidentReport(), { 'idempotency-key': randomUUID() });
    const someoneElse = await report(ekby.staff, incidentReport({ targetRole: 'staff' }), {
      'idempotency-key': key,
    });
    expect(new Set([first.id, second.id, someoneElse.id]).size).toBe(3);
    expect(someoneElse.reportedBy.id).toBe(ekby.people.staff.id);
  });

  it('refuses a malformed key (400)', async () => {
    const response = await ekby.official.request('POST', '/api/incidents', incidentReport(), {
      headers: { 'idempotency-key': 'kort' },
    });
    expect(response.statusCode).toBe(400);
    expect(errorOf(response).code).toBe('validation_failed');
  });
});

describe('the two views of a case', () => {
  it('shows the reporter the report and a plain status, and the unit the case file with notes, measures and police report', async () => {
    const incident = await report(ekby.official, incidentReport({ categories: ['threat'] }));
    const secret = 'Intern bedömning: gärningspersonen är känd sedan tidigare.';
    expect(
      (await ekby.officer.post(`/api/incidents/${incident.id}/notes`, { kind: 'note', text: secret }))
        .statusCode,
    ).toBe(200);
    expect(
      (await ekby.officer.post(`/api/incidents/${incident.id}/measures`, { type: 'personal_alarm' }))
        .statusCode,
    ).toBe(201);
    expect(
      (
        await ekby.officer.put(`/api/incidents/${incident.id}/police-report`, {
          electedRoleStated: true,
          protectionRequested: true,
          status: 'reported',
        })
      ).statusCode,
    ).toBe(200);

    const reporterResponse = await ekby.official.get(`/api/incidents/${incident.id}`);
    expect(reporterResponse.statusCode).toBe(200);
    expect(reporterResponse.json()).toMatchObject({
      view: 'reporter',
      status: 'new',
      plainStatus: 'received',
    });
    for (const key of ['timeline', 'severity', 'flags', 'closingSummary'])
      expect(reporterResponse.json()).not.toHaveProperty(key);
    // A measure not flagged for the person, and a police report without their consent: not its number.
    expect(reporterResponse.json()).toMatchObject({
      measures: [],
      policeReport: { status: 'reported', reportNumber: null },
    });
    expect(reporterResponse.body).not.toContain('gärningspersonen');

    const unit = await unitView(ekby.officer, incident.id);
    expect(unit.timeline.map((entry) => [entry.kind, entry.text])).toEqual([
      ['reported', null],
      ['note', secret],
      ['measure', null],
      ['police_report', null],
    ]);
    expect(unit.timeline[2]?.details).toMatchObject({ measureType: 'personal_alarm', status: 'planned' });
    expect(unit.timeline[1]?.actor).toEqual({ id: ekby.people.officer.id, name: 'Sara Säkerhet' });
    expect(unit.measures.map((measure) => measure.type)).toEqual(['personal_alarm']);
    expect(unit.policeReport?.status).toBe('reported');
    expect(unit.policeReportRecommended).toBe(true);
  });
});

describe('triage', () => {
  it('assigns only an active security officer of the organisation as handler', async () => {
    const incident = await report(ekby.official);
    const path = `/api/incidents/${incident.id}`;
    for (const handlerUserId of [
      ekby.people.staff.id,
      ekby.people.admin.id,
      ekby.people.formerOfficer.id,
      grannby.people.officer.id,
      randomUUID(),
    ]) {
      const response = await ekby.officer.patch(path, { handlerUserId });
      expect(response.statusCode).toBe(422);
      expect(errorOf(response).fields).toEqual({
        handlerUserId: 'Handläggaren måste vara en aktiv säkerhetshandläggare.',
      });
    }
    const assigned = await ekby.officer.patch(path, { handlerUserId: ekby.people.officer2.id });
    expect(assigned.statusCode).toBe(200);
    expect((await unitView(ekby.officer, incident.id)).handler).toEqual({
      id: ekby.people.officer2.id,
      name: 'Sven Skydd',
    });
    const handlers = await ekby.officer.get('/api/incidents/handlers');
    expect(handlers.json()).toEqual({
      handlers: [
        { id: ekby.people.officer.id, name: 'Sara Säkerhet' },
        { id: ekby.people.officer2.id, name: 'Sven Skydd' },
      ],
    });
  });

  it('sets severity, categories and flags, and records the triage on the timeline', async () => {
    const incident = await report(ekby.official, incidentReport({ categories: ['insult'] }));
    const response = await ekby.officer.patch(`/api/incidents/${incident.id}`, {
      severity: 'moderate',
      categories: ['insult', 'sexual_harassment', 'insult'],
      unlawfulInfluence: true,
      sexualOrSexist: true,
      electionPeriod: true,
    });
    expect(response.statusCode).toBe(200);
    const unit = await unitView(ekby.officer, incident.id);
    expect(unit).toMatchObject({
      severity: 'moderate',
      categories: ['insult', 'sexual_harassment'],
      flags: { unlawfulInfluence: true, sexualOrSexist: true, partOfSeries: false, electionPeriod: true },
      status: 'new',
    });
    expect(unit.timeline.at(-1)).toMatchObject({
      kind: 'triage',
      actor: { id: ekby.people.officer.id },
      details: { severity: 'moderate' },
    });
    const unknown = await ekby.officer.patch(`/api/incidents/${incident.id}`, { categories: ['nonsense'] });
    expect(unknown.statusCode).toBe(422);
    expect(errorOf(unknown).fields).toEqual({ categories: 'Välj ett av alternativen i listan.' });
  });

  it('raises the alarm when triage makes a waiting case high, once', async () => {
    const incident = await report(ekby.official, incidentReport({ categories: ['doxxing'] }));
    const urgentMails = async () =>
      (await mailsTo(ekby, ekby.people.officer.email)).filter(
        (mail) => mail.subject.startsWith('Brådskande') && mail.subject.includes(incident.reference),
      );
    expect(await urgentMails()).toEqual([]);
    await ekby.officer.patch(`/api/incidents/${incident.id}`, { severity: 'high' });
    await ekby.officer.patch(`/api/incidents/${incident.id}`, { severity: 'acute' });
    expect((await urgentMails()).map((mail) => mail.subject)).toEqual([
      `Brådskande: ny rapport ${incident.reference} (hög)`,
    ]);
  });

  it('links a series both ways, never to itself or to an unknown case, and unlinks', async () => {
    const first = await report(ekby.official);
    const second = await report(ekby.official);
    const third = await report(ekby.official);
    const linked = await ekby.officer.patch(`/api/incidents/${third.id}`, {
      linkedIncidentIds: [first.id, second.id],
    });
    expect(linked.statusCode).toBe(200);
    const thirdView = await unitView(ekby.officer, third.id);
    expect(thirdView.flags.partOfSeries).toBe(true);
    expect(thirdView.linkedIncidents.map((linkedCase) => linkedCase.id)).toEqual([first.id, second.id]);
    expect(
      (await unitView(ekby.officer, first.id)).linkedIncidents.map((linkedCase) => linkedCase.id),
    ).toEqual([third.id]);
    expect(
      (await unitView(ekby.officer, second.id)).linkedIncidents.map((linkedCase) => linkedCase.id),
    ).toEqual([third.id]);

    const itself = await ekby.officer.patch(`/api/incidents/${third.id}`, { linkedIncidentIds: [third.id] });
    expect(itself.statusCode).toBe(422);
    expect(errorOf(itself).fields).toEqual({
      linkedIncidentIds: 'Ett ärende kan inte länkas till sig självt.',
    });
    const foreign = await report(grannby.official);
    for (const unknownId of [randomUUID(), foreign.id]) {
      const response = await ekby.officer.patch(`/api/incidents/${third.id}`, {
        linkedIncidentIds: [unknownId],
      });
      expect(response.statusCode).toBe(422);
      expect(errorOf(response).fields).toEqual({ linkedIncidentIds: 'Ärendet finns inte.' });
    }
    // The refused changes left the series as it was.
    expect((await unitView(ekby.officer, third.id)).linkedIncidents).toHaveLength(2);

    expect(
      (await ekby.officer.patch(`/api/incidents/${third.id}`, { linkedIncidentIds: [] })).statusCode,
    ).toBe(200);
    const unlinked = await unitView(ekby.officer, third.id);
    expect(unlinked.linkedIncidents).toEqual([]);
    expect(unlinked.flags.partOfSeries).toBe(false);
    expect((await unitView(ekby.officer, first.id)).linkedIncidents).toEqual([]);
  });

  // KNOWN BUG: triageIncident (incidents.service.ts) sets "part of a series" only on the case it
  // changes, while replaceIncidentLinks also removes the other side of a link. So a case keeps
  // the flag after its last link went away through the other case; the contract
  // (TriageBody.linkedIncidentIds: "part of a series follows") makes the flag follow the links.
  // Drop `fails` when it does.
  it('keeps "part of a series" following the links when the other case changes its series', async () => {
    const earlier = await report(ekby.official);
    const later = await report(ekby.official);
    const unrelated = await report(ekby.official);
    await ekby.officer.patch(`/api/incidents/${later.id}`, { linkedIncidentIds: [earlier.id] });
    expect((await unitView(ekby.officer, later.id)).flags.partOfSeries).toBe(true);
    // The earlier case's series is replaced: the link between the two goes (links are symmetric).
    await ekby.officer.patch(`/api/incidents/${earlier.id}`, { linkedIncidentIds: [unrelated.id] });
    const view = await unitView(ekby.officer, later.id);
    expect({ partOfSeries: view.flags.partOfSeries, linked: view.linkedIncidents.length > 0 }).toEqual({
      partOfSeries: view.linkedIncidents.length > 0,
      linked: view.linkedIncidents.length > 0,
    });
  });
});

describe('status transitions', () => {
  /** Events that bring a new case to each status. */
  const pathTo: Readonly<Record<IncidentStatus, readonly IncidentEvent[]>> = {
    new: [],
    triaged: ['triage'],
    assessing: ['triage', 'start_assessment'],
    measures: ['triage', 'start_measures'],
    follow_up: ['triage', 'start_assessment', 'start_follow_up'],
    closed: ['close'],
    dormant: ['triage', 'make_dormant'],
    reopened: ['close', 'reopen'],
  };

  async function caseIn(status: IncidentStatus): Promise<string> {
    const incident = await report(ekby.official);
    for (const event of pathTo[status]) {
      const response = await transition(ekby.officer, incident.id, event);
      expect(response.statusCode, `${event} on the way to ${status}`).toBe(200);
    }
    expect((await unitView(ekby.officer, incident.id)).status).toBe(status);
    return incident.id;
  }

  it.each(incidentStatuses)(
    'from %s: every event of the table is answered by it — 200 to the next status, or 409 with a Swedish reason and no change',
    async (status) => {
      const refusedCase = await caseIn(status);
      const offered = (await unitView(ekby.officer, refusedCase)).allowedEvents;
      expect(offered).toEqual(allEvents.filter((event) => incidentTransitions[status][event] !== undefined));
      const actual: Record<string, unknown> = {};
      const expected: Record<string, unknown> = {};
      for (const event of allEvents) {
        const next = incidentTransitions[status][event];
        const target = next === undefined ? refusedCase : await caseIn(status);
        const response = await transition(ekby.officer, target, event);
        actual[event] =
          response.statusCode === 200
            ? { status: 200, now: incidentDetailSchema.parse(response.json()).status }
            : { status: response.statusCode, error: errorOf(response) };
        expected[event] =
          next === undefined
            ? {
                status: 409,
                error: {
                  code: 'transition_not_allowed',
                  message:
                    'Ärendet kan inte ändras så från sin nuvarande status. Ladda om sidan och välj en av de möjliga statusändringarna.',
                },
              }
            : { status: 200, now: next };
      }
      expect(actual).toEqual(expected);
      expect((await unitView(ekby.officer, refusedCase)).status).toBe(status);
    },
  );

  it('refuses to close without a summary (422 summary_required), also a blank one', async () => {
    const incident = await report(ekby.official);
    for (const body of [{ event: 'close' }, { event: 'close', summary: '   \n ' }]) {
      const response = await ekby.officer.post(`/api/incidents/${incident.id}/transitions`, body);
      expect(response.statusCode).toBe(422);
      expect(errorOf(response)).toMatchObject({
        code: 'rule_violation',
        fields: { summary: 'Skriv en sammanfattning innan ärendet avslutas.' },
      });
    }
    expect((await unitView(ekby.officer, incident.id)).status).toBe('new');
  });

  it('records every status change with who and when, and the handling-time marks', async () => {
    const incident = await report(ekby.official);
    clock.advance(hour);
    await transition(ekby.officer, incident.id, 'triage');
    clock.advance(hour);
    await transition(ekby.officer2, incident.id, 'start_assessment');
    clock.advance(hour);
    await transition(ekby.officer, incident.id, 'start_measures');
    clock.advance(hour);
    const closed = await ekby.officer.post(`/api/incidents/${incident.id}/transitions`, {
      event: 'close',
      summary: '  Larm utlämnat och polisanmälan gjord.  ',
    });
    expect(closed.statusCode).toBe(200);
    const unit = await unitView(ekby.officer, incident.id);
    const at = (hours: number) => new Date(start.getTime() + hours * hour).toISOString();
    expect(unit).toMatchObject({
      status: 'closed',
      triagedAt: at(1),
      assessedAt: at(3),
      closedAt: at(4),
      closingSummary: 'Larm utlämnat och polisanmälan gjord.',
      allowedEvents: ['reopen'],
    });
    expect(
      unit.timeline
        .filter((entry) => entry.kind === 'status_change')
        .map((entry) => ({
          at: entry.at,
          who: entry.actor?.name,
          from: entry.details.from,
          to: entry.details.to,
        })),
    ).toEqual([
      { at: at(1), who: 'Sara Säkerhet', from: 'new', to: 'triaged' },
      { at: at(2), who: 'Sven Skydd', from: 'triaged', to: 'assessing' },
      { at: at(3), who: 'Sara Säkerhet', from: 'assessing', to: 'measures' },
      { at: at(4), who: 'Sara Säkerhet', from: 'measures', to: 'closed' },
    ]);
    const reporterView = await ekby.official.get(`/api/incidents/${incident.id}`);
    expect(reporterView.json()).toMatchObject({ status: 'closed', plainStatus: 'closed', closedAt: at(4) });
  });

  // KNOWN BUG: the domain clears the close when a case is reopened (transitions.ts
  // `clearClosed`: "an open case never counts as closed"), but changeIncidentStatus
  // (incidents.service.ts) ignores it: the reopened case keeps closedAt and its closing summary,
  // shows the reporter a closing date, and counts as closed in the handling times.
  // Drop `fails` when the service applies it.
  it('clears the close when a case is reopened, so it no longer counts as closed', async () => {
    const reopenby = await setUpOrganisation('Återby kommun');
    const metricsOf = async () =>
      metricsSchema.parse(
        (
          await reopenby.officer.get(
            `/api/incidents/metrics?from=${start.toISOString()}&to=${new Date(start.getTime() + day).toISOString()}`,
          )
        ).json(),
      ).overall.toClosed.count;
    const incident = await report(reopenby.official);
    clock.advance(hour);
    expect((await transition(reopenby.officer, incident.id, 'close')).statusCode).toBe(200);
    expect(await metricsOf()).toBe(1);
    clock.advance(hour);
    expect((await transition(reopenby.officer, incident.id, 'reopen')).statusCode).toBe(200);
    expect(await unitView(reopenby.officer, incident.id)).toMatchObject({
      status: 'reopened',
      closedAt: null,
      closingSummary: null,
    });
    expect((await reopenby.official.get(`/api/incidents/${incident.id}`)).json()).toMatchObject({
      closedAt: null,
    });
    expect(await metricsOf()).toBe(0);
  });

  it('mails "avslutat" on closing to the reporter and the targeted person, once each, without the summary', async () => {
    const own = await report(ekby.official);
    const forMember = await report(
      ekby.contact,
      incidentReport({ targetKind: 'party_member', targetName: 'Maja Medlem' }),
    );
    for (const incident of [own, forMember]) {
      const response = await ekby.officer.post(`/api/incidents/${incident.id}/transitions`, {
        event: 'close',
        summary: 'Hemlig sammanfattning om gärningspersonen.',
      });
      expect(response.statusCode).toBe(200);
    }
    const closingMails = (await queuedMails(database, ekby.id)).filter((mail) =>
      mail.subject.endsWith('är avslutat'),
    );
    expect(
      closingMails
        .filter((mail) =>
          [own.reference, forMember.reference].some((reference) => mail.subject.includes(reference)),
        )
        .map((mail) => [mail.to, mail.subject])
        .sort((x, y) => (x[1] ?? '').localeCompare(y[1] ?? '')),
    ).toEqual([
      [ekby.people.official.email, `Ditt ärende ${own.reference} är avslutat`],
      [ekby.people.contact.email, `Ditt ärende ${forMember.reference} är avslutat`],
    ]);
    expect(closingMails.map((mail) => mail.bodyText).join('\n')).not.toContain('Hemlig');
  });
});

describe('notes', () => {
  it('records notes, contacts and decisions; the earliest contact is the first contact', async () => {
    const incident = await report(ekby.official);
    const note = (body: object) => ekby.officer.post(`/api/incidents/${incident.id}/notes`, body);
    const at = (hours: number) => new Date(start.getTime() + hours * hour).toISOString();

    clock.set(new Date(at(1)));
    expect((await note({ kind: 'note', text: 'Läst rapporten.' })).statusCode).toBe(200);
    expect((await unitView(ekby.officer, incident.id)).firstContactAt).toBeNull();

    clock.set(new Date(at(3)));
    expect((await note({ kind: 'contact', text: 'Ringde Olle.' })).statusCode).toBe(200);
    expect((await unitView(ekby.officer, incident.id)).firstContactAt).toBe(at(3));

    clock.set(new Date(at(5)));
    await note({ kind: 'contact', text: 'Olle ringde tillbaka.', at: at(4) });
    expect((await unitView(ekby.officer, incident.id)).firstContactAt).toBe(at(3));
    // A contact written down afterwards that happened earlier is the first contact.
    await note({ kind: 'contact', text: 'Sms:ade Olle direkt efter rapporten.', at: at(2) });
    await note({ kind: 'decision', text: 'Erbjuda personlarm.' });
    const unit = await unitView(ekby.officer, incident.id);
    expect(unit.firstContactAt).toBe(at(2));
    expect(unit.timeline.map((entry) => [entry.kind, entry.at])).toEqual([
      ['reported', at(0)],
      ['note', at(1)],
      ['contact', at(2)],
      ['contact', at(3)],
      ['contact', at(4)],
      ['decision', at(5)],
    ]);

    const future = await note({ kind: 'contact', text: 'I morgon.', at: at(6) });
    expect(future.statusCode).toBe(422);
    expect(errorOf(future).fields).toEqual({ at: 'Ange ett giltigt datum och en giltig tid.' });
  });
});

describe('consent to the party contact', () => {
  it('is offered only when the targeted person has a party: not to staff without one', async () => {
    const ownCase = await report(ekby.staff, incidentReport({ targetRole: 'staff' }));
    expect(ownCase).toMatchObject({ view: 'reporter', canChangeConsent: false });
    const officersView = (await ekby.officer.get(`/api/incidents/${ownCase.id}`)).json();
    expect(officersView).toMatchObject({ view: 'unit', canChangeConsent: false });
  });

  it('is changed by the targeted person, or by the security unit on their behalf — nobody else', async () => {
    const own = await report(ekby.official);
    const forMember = await report(
      ekby.contact,
      incidentReport({ targetKind: 'party_member', targetName: 'Maja Medlem' }),
    );
    const consent = (client: TestClient, incidentId: string, given = true) =>
      client.post(`/api/incidents/${incidentId}/consent`, { consent: given });
    for (const client of [ekby.contact, ekby.contactM, ekby.staff, ekby.officialM, ekby.admin])
      expect((await consent(client, own.id)).statusCode).toBe(404);
    // The party contact reported, but the member decides: through the security unit.
    expect((await consent(ekby.contact, forMember.id)).statusCode).toBe(404);
    const granted = await consent(ekby.official, own.id);
    expect(granted.statusCode).toBe(200);
    expect(granted.json()).toMatchObject({ partyContactConsent: true, canChangeConsent: true });
    const recorded = await consent(ekby.officer, forMember.id);
    expect(recorded.statusCode).toBe(200);
    expect(recorded.json()).toMatchObject({
      view: 'unit',
      partyContactConsent: true,
      canChangeConsent: true,
    });
    expect((await ekby.contact.get(`/api/incidents/${forMember.id}`)).json()).toMatchObject({
      partyContactConsent: true,
      canChangeConsent: false,
    });
    const withdrawn = await consent(ekby.officer, own.id, false);
    expect(withdrawn.statusCode).toBe(200);
    expect(
      (await unitView(ekby.officer, own.id)).timeline
        .filter((entry) => entry.kind === 'consent')
        .map((entry) => [entry.actor?.name, entry.details.consent]),
    ).toEqual([
      ['Olle Ordförande', true],
      ['Sara Säkerhet', false],
    ]);
  });

  it("shows the case to the own party's contact only while consent is given — in the list and one by one, with its evidence", async () => {
    const incident = await report(ekby.official, incidentReport({ partyContactConsent: false }));
    const file = evidenceSchema.parse((await upload(ekby.official, incident.id, png())).json());
    const sight = async (client: TestClient) => ({
      detail: (await client.get(`/api/incidents/${incident.id}`)).statusCode,
      evidence: (await client.get(`/api/incidents/${incident.id}/evidence/${file.id}`)).statusCode,
      listed: (await listIds(client, '?limit=200')).includes(incident.id),
    });
    const hidden = { detail: 404, evidence: 404, listed: false };
    const shown = { detail: 200, evidence: 200, listed: true };

    expect({ s: await sight(ekby.contact), m: await sight(ekby.contactM) }).toEqual({ s: hidden, m: hidden });

    const granted = await ekby.official.post(`/api/incidents/${incident.id}/consent`, { consent: true });
    expect(granted.statusCode).toBe(200);
    expect({ s: await sight(ekby.contact), m: await sight(ekby.contactM) }).toEqual({ s: shown, m: hidden });
    const seen = await ekby.contact.get(`/api/incidents/${incident.id}`);
    expect(seen.json()).toMatchObject({ view: 'reporter', canChangeConsent: false });

    const withdrawn = await ekby.official.post(`/api/incidents/${incident.id}/consent`, { consent: false });
    expect(withdrawn.statusCode).toBe(200);
    expect({ s: await sight(ekby.contact), m: await sight(ekby.contactM) }).toEqual({ s: hidden, m: hidden });

    expect(
      (await unitView(ekby.officer, incident.id)).timeline
        .filter((entry) => entry.kind === 'consent')
        .map((entry) => [entry.actor?.name, entry.details.consent]),
    ).toEqual([
      ['Olle Ordförande', true],
      ['Olle Ordförande', false],
    ]);
  });
});

describe('the queue', () => {
  it('filters cases without a handler and cases with overdue measures', async () => {
    const assigned = await report(ekby.official, incidentReport());
    const unassigned = await report(ekby.official, incidentReport());
    await ekby.officer.patch(`/api/incidents/${assigned.id}`, { handlerUserId: ekby.people.officer.id });
    await ekby.officer.post(`/api/incidents/${assigned.id}/measures`, {
      type: 'advice',
      dueDate: '2020-01-01',
    });
    const ids = async (query: string) =>
      (
        (await ekby.officer.get(`/api/incidents?limit=200&${query}`)).json() as {
          incidents: { id: string }[];
        }
      ).incidents.map((incident) => incident.id);
    const withoutHandler = await ids('unassigned=true');
    expect(withoutHandler).toContain(unassigned.id);
    expect(withoutHandler).not.toContain(assigned.id);
    const overdue = await ids('overdue=true');
    expect(overdue).toContain(assigned.id);
    expect(overdue).not.toContain(unassigned.id);
  });

  it('lists "my cases" newest first with sort=newest', async () => {
    clock.set(new Date(start.getTime() - 10 * hour));
    const first = await report(ekby.staff, incidentReport({ targetRole: 'staff' }));
    clock.set(new Date(start.getTime() - 9 * hour));
    const second = await report(ekby.staff, incidentReport({ targetRole: 'staff', ongoing: true }));
    clock.set(start);
    const listed = (await ekby.staff.get('/api/incidents?sort=newest')).json() as {
      incidents: { id: string }[];
    };
    const ids = listed.incidents.map((incident) => incident.id);
    expect(ids.indexOf(second.id)).toBeLessThan(ids.indexOf(first.id));
    expect((await ekby.staff.get('/api/incidents?sort=oldest')).statusCode).toBe(400);
  });

  const at = (hours: number) => new Date(start.getTime() + hours * hour);
  const cases: Record<string, string> = {};

  /** Reports at a time and triages to a severity (through the API). */
  async function queued(name: string, hours: number, body: ReportIncidentBody, severity?: string) {
    clock.set(at(hours));
    const incident = await report(queue.official, body);
    if (severity)
      expect((await queue.officer.patch(`/api/incidents/${incident.id}`, { severity })).statusCode).toBe(200);
    cases[name] = incident.id;
    return incident.id;
  }

  it('lists open before closed, acute and high first, then the longest wait; with counters over open cases', async () => {
    const closed = await queued('closedAcute', -6, incidentReport({ ongoing: true }));
    await queued('low', -5, incidentReport(), 'low');
    await queued('untriaged', -4, incidentReport());
    const olderHigh = await queued('olderHigh', -3, incidentReport(), 'high');
    await queued('acute', -1, incidentReport({ ongoing: true }));
    await queued('newerHigh', -0.5, incidentReport({ categories: ['threat'] }));
    const moderate = await queued('moderate', -0.25, incidentReport(), 'moderate');
    clock.set(start);
    expect((await transition(queue.officer, closed, 'close')).statusCode).toBe(200);
    expect((await transition(queue.officer, olderHigh, 'triage')).statusCode).toBe(200);
    // Overdue: due yesterday (Swedish date). Due today is not overdue yet.
    await queue.officer.post(`/api/incidents/${moderate}/measures`, {
      type: 'escort',
      dueDate: '2026-11-26',
    });
    await queue.officer.post(`/api/incidents/${olderHigh}/measures`, {
      type: 'advice',
      dueDate: '2026-11-27',
    });
    await queue.official.post('/api/signals', { text: 'Affischer om mig i trapphuset.', urgency: 'medium' });

    const response = await queue.officer.get('/api/incidents');
    expect(response.statusCode).toBe(200);
    const list = incidentListSchema.parse(response.json());
    const names = Object.fromEntries(Object.entries(cases).map(([name, id]) => [id, name]));
    expect(list.incidents.map((row) => names[row.id])).toEqual([
      'acute',
      'olderHigh',
      'newerHigh',
      'untriaged',
      'moderate',
      'low',
      'closedAcute',
    ]);
    expect(list.total).toBe(7);
    expect(list.counters).toEqual({
      open: 6,
      new: 5,
      acute: 1,
      high: 2,
      unassigned: 6,
      overdueMeasures: 1,
      policeUpdateDue: 0,
      workEnvironmentDue: 0,
      openSignals: 1,
    });
    expect(list.incidents.find((row) => row.id === moderate)?.overdueMeasures).toBe(1);
    expect(list.incidents.find((row) => row.id === olderHigh)?.overdueMeasures).toBe(0);
    // The official's own list: their cases, no signals counted for them.
    const own = incidentListSchema.parse((await queue.official.get('/api/incidents')).json());
    expect(own.total).toBe(7);
    expect(own.counters.openSignals).toBe(0);
  });

  it('filters by status, open, category, severity, handler and period; pages', async () => {
    await queue.officer.patch(`/api/incidents/${cases.olderHigh}`, {
      handlerUserId: queue.people.officer2.id,
    });
    await queue.officer.patch(`/api/incidents/${cases.newerHigh}`, {
      handlerUserId: queue.people.officer2.id,
    });
    await queue.officer.patch(`/api/incidents/${cases.low}`, { handlerUserId: queue.people.officer.id });
    const ids = async (query: string) => {
      const names = Object.fromEntries(Object.entries(cases).map(([name, id]) => [id, name]));
      return (await listIds(queue.officer, query)).map((id) => names[id]).sort();
    };
    expect(await ids('?status=triaged')).toEqual(['olderHigh']);
    expect(await ids('?open=false')).toEqual(['closedAcute']);
    expect(await ids('?open=true')).toHaveLength(6);
    expect(await ids('?category=threat')).toEqual(['newerHigh']);
    expect(await ids('?severity=high')).toEqual(['newerHigh', 'olderHigh']);
    expect(await ids(`?handlerUserId=${queue.people.officer2.id}`)).toEqual(['newerHigh', 'olderHigh']);
    expect(await ids(`?from=${at(-3.5).toISOString()}&to=${at(-0.75).toISOString()}`)).toEqual([
      'acute',
      'olderHigh',
    ]);
    expect(await ids(`?severity=high&handlerUserId=${queue.people.officer2.id}&status=new`)).toEqual([
      'newerHigh',
    ]);
    const page = incidentListSchema.parse(
      (await queue.officer.get('/api/incidents?limit=2&offset=1')).json(),
    );
    expect(page.incidents.map((row) => row.id)).toEqual([cases.olderHigh, cases.newerHigh]);
    expect(page.total).toBe(7);
  });

  it("is never filtered by the targeted person's party: ?partyId= is refused", async () => {
    for (const query of ['?partyId=', `?partyId=${randomUUID()}`, `?targetPartyId=${randomUUID()}`]) {
      const response = await queue.officer.get(`/api/incidents${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(errorOf(response).code).toBe('validation_failed');
    }
  });
});

describe('the police report', () => {
  const body = {
    reportNumber: '5000-K123456-26',
    reportedOn: '2026-11-27',
    electedRoleStated: true,
    protectionRequested: true,
    investigatorContact: 'Utredare Ulla Berg, 010-123 45 67',
  };

  it('is recorded, follows its lifecycle (422 otherwise) and keeps its history', async () => {
    const incident = await report(ekby.official, incidentReport({ categories: ['threat'] }));
    const path = `/api/incidents/${incident.id}/police-report`;
    const created = await ekby.officer.put(path, { ...body, status: 'reported', note: 'Anmält via 114 14.' });
    expect(created.statusCode).toBe(200);
    const unit = await unitView(ekby.officer, incident.id);
    expect(unit.policeReportRecommended).toBe(true);
    expect(unit.policeReport).toMatchObject({
      ...body,
      status: 'reported',
      statusChangedAt: start.toISOString(),
      reminderDue: false,
      history: [
        {
          status: 'reported',
          at: start.toISOString(),
          note: 'Anmält via 114 14.',
          actor: { id: ekby.people.officer.id, name: 'Sara Säkerhet' },
        },
      ],
      linkedIncidents: [],
    });

    const move = async (status: string, note?: string) => {
      clock.advance(day);
      return await ekby.officer.put(path, { ...body, status, ...(note ? { note } : {}) });
    };
    for (const illegal of ['prosecuted', 'judgment']) {
      const response = await move(illegal);
      expect(response.statusCode).toBe(422);
      expect(errorOf(response).fields).toEqual({
        status: 'Polisanmälan kan inte gå till den statusen från sin nuvarande status.',
      });
    }
    expect((await move('under_investigation', 'Förundersökning inledd.')).statusCode).toBe(200);
    expect((await move('closed', 'Nedlagd.')).statusCode).toBe(200);
    expect((await move('under_investigation', 'Återupptagen.')).statusCode).toBe(200);
    // Without a status change or a note: the details change, no new history entry.
    expect(
      (
        await ekby.officer.put(path, {
          ...body,
          investigatorContact: 'Utredare Ali Nur',
          status: 'under_investigation',
        })
      ).statusCode,
    ).toBe(200);
    expect((await unitView(ekby.officer, incident.id)).policeReport?.investigatorContact).toBe(
      'Utredare Ali Nur',
    );
    expect((await move('prosecuted')).statusCode).toBe(200);
    expect((await move('judgment', 'Dom: villkorlig dom och dagsböter.')).statusCode).toBe(200);
    expect((await move('under_investigation')).statusCode).toBe(422);

    const policeReport = (await unitView(ekby.officer, incident.id)).policeReport;
    expect(policeReport?.history.map((entry) => [entry.status, entry.note])).toEqual([
      ['reported', 'Anmält via 114 14.'],
      ['under_investigation', 'Förundersökning inledd.'],
      ['closed', 'Nedlagd.'],
      ['under_investigation', 'Återupptagen.'],
      ['prosecuted', null],
      ['judgment', 'Dom: villkorlig dom och dagsböter.'],
    ]);
  });

  it('is not recommended for every category', async () => {
    const incident = await report(
      ekby.official,
      incidentReport({ categories: ['insult', 'disinformation'] }),
    );
    expect((await unitView(ekby.officer, incident.id)).policeReportRecommended).toBe(false);
  });

  it('takes in later incidents ("reopen with new incidents")', async () => {
    const first = await report(ekby.official, incidentReport({ categories: ['threat'] }));
    const later = await report(ekby.official, incidentReport({ categories: ['threat'] }));
    const reported = await report(ekby.official, incidentReport({ categories: ['threat'] }));
    const unreported = await report(ekby.official);
    await ekby.officer.put(`/api/incidents/${first.id}/police-report`, { ...body, status: 'reported' });
    await ekby.officer.put(`/api/incidents/${reported.id}/police-report`, { ...body, status: 'reported' });
    const link = (from: string, incidentId: string) =>
      ekby.officer.post(`/api/incidents/${from}/police-report/links`, { incidentId });

    clock.advance(day);
    expect((await link(first.id, later.id)).statusCode).toBe(200);
    const firstReport = (await unitView(ekby.officer, first.id)).policeReport;
    expect(firstReport?.linkedIncidents).toEqual([{ id: later.id, reference: later.reference }]);
    expect(firstReport?.history.at(-1)).toMatchObject({ status: 'reported', note: later.reference });
    // The later incident shows the same report.
    expect((await unitView(ekby.officer, later.id)).policeReport?.id).toBe(firstReport?.id);

    const refusals = [
      [later.id, 'Ärendet hör redan till en polisanmälan.'],
      [reported.id, 'Ärendet hör redan till en polisanmälan.'],
      [first.id, 'Ett ärende kan inte länkas till sig självt.'],
      [randomUUID(), 'Ärendet finns inte.'],
    ] as const;
    for (const [incidentId, message] of refusals) {
      const response = await link(first.id, incidentId);
      expect(response.statusCode).toBe(422);
      expect(errorOf(response).fields).toEqual({ incidentId: message });
    }
    expect((await link(unreported.id, later.id)).statusCode).toBe(404);
  });

  it("is due for a follow-up when the status has not changed for the organisation's number of days", async () => {
    const incident = await report(ekby.official, incidentReport({ categories: ['threat'] }));
    const path = `/api/incidents/${incident.id}/police-report`;
    await ekby.officer.put(path, { ...body, status: 'reported' });
    const due = async () => (await unitView(ekby.officer, incident.id)).policeReport?.reminderDue;
    clock.set(new Date(start.getTime() + 30 * day - minute));
    expect(await due()).toBe(false);
    clock.set(new Date(start.getTime() + 30 * day));
    expect(await due()).toBe(true);
    await ekby.officer.put(path, { ...body, status: 'under_investigation' });
    expect(await due()).toBe(false);

    const settings = await ekby.admin.patch('/api/organisation/settings', { policeReminderDays: 10 });
    expect(settings.statusCode).toBe(200);
    try {
      clock.advance(10 * day);
      expect(await due()).toBe(true);
    } finally {
      await ekby.admin.patch('/api/organisation/settings', { policeReminderDays: 30 });
    }
  });
});

describe('the report to Arbetsmiljöverket', () => {
  it('is required only for staff (and election workers) and a serious incident, due by the end of the Swedish day', async () => {
    const required = async (body: ReportIncidentBody) =>
      (await unitView(ekby.officer, (await report(ekby.staff, body)).id)).workEnvironment;
    expect(await required(incidentReport({ targetRole: 'staff', seriousWorkIncident: true }))).toEqual({
      required: true,
      deadline: '2026-11-27T23:00:00.000Z',
      reportedAt: null,
      reportedBy: null,
      kiaReference: null,
    });
    expect(
      await required(incidentReport({ targetRole: 'election_worker', seriousWorkIncident: true })),
    ).toMatchObject({ required: true });
    expect(await required(incidentReport({ targetRole: 'staff' }))).toMatchObject({
      required: false,
      deadline: null,
    });
    expect(
      await required(incidentReport({ targetRole: 'official', seriousWorkIncident: true })),
    ).toMatchObject({
      required: false,
      deadline: null,
    });
    // Summer time: 23:30 is still the same day, 00:30 the next one.
    clock.set(new Date('2026-06-15T21:30:00.000Z'));
    expect(
      (await required(incidentReport({ targetRole: 'staff', seriousWorkIncident: true }))).deadline,
    ).toBe('2026-06-15T22:00:00.000Z');
    clock.set(new Date('2026-06-15T22:30:00.000Z'));
    expect(
      (await required(incidentReport({ targetRole: 'staff', seriousWorkIncident: true }))).deadline,
    ).toBe('2026-06-16T22:00:00.000Z');
  });

  it('becomes required when triage marks a staff incident serious, and records when, by whom and the KIA reference', async () => {
    const incident = await report(ekby.staff, incidentReport({ targetRole: 'staff' }));
    await ekby.officer.patch(`/api/incidents/${incident.id}`, { seriousWorkIncident: true });
    expect((await unitView(ekby.officer, incident.id)).workEnvironment).toMatchObject({ required: true });
    clock.advance(3 * hour);
    const future = await ekby.officer.post(`/api/incidents/${incident.id}/work-environment-report`, {
      reportedAt: new Date(clock().getTime() + hour).toISOString(),
    });
    expect(future.statusCode).toBe(422);
    const recorded = await ekby.officer.post(`/api/incidents/${incident.id}/work-environment-report`, {
      reportedAt: new Date(start.getTime() + 2 * hour).toISOString(),
      kiaReference: 'KIA-2026-117',
    });
    expect(recorded.statusCode).toBe(200);
    const unit = await unitView(ekby.officer, incident.id);
    expect(unit.workEnvironment).toEqual({
      required: true,
      deadline: '2026-11-27T23:00:00.000Z',
      reportedAt: new Date(start.getTime() + 2 * hour).toISOString(),
      reportedBy: { id: ekby.people.officer.id, name: 'Sara Säkerhet' },
      kiaReference: 'KIA-2026-117',
    });
    expect(unit.timeline.at(-1)?.kind).toBe('work_environment');
  });
});

describe('measures', () => {
  it('have an owner from the security unit, a due date and a status; overdue ones stand out', async () => {
    const incident = await report(ekby.official);
    const path = `/api/incidents/${incident.id}/measures`;
    const notOfficer = await ekby.officer.post(path, { type: 'escort', ownerUserId: ekby.people.staff.id });
    expect(notOfficer.statusCode).toBe(422);
    expect(errorOf(notOfficer).fields).toEqual({
      ownerUserId: 'Ansvarig måste vara en aktiv säkerhetshandläggare.',
    });

    const created = await ekby.officer.post(path, {
      type: 'home_security_review',
      description: 'Genomgång av lås och belysning.',
      ownerUserId: ekby.people.officer2.id,
      dueDate: '2026-11-30',
    });
    expect(created.statusCode).toBe(201);
    const measure = measureSchema.parse(created.json());
    expect(measure).toMatchObject({
      type: 'home_security_review',
      owner: { id: ekby.people.officer2.id, name: 'Sven Skydd' },
      dueDate: '2026-11-30',
      status: 'planned',
      overdue: false,
      completedAt: null,
    });
    clock.set(new Date('2026-12-01T09:00:00.000Z'));
    const listed = measureListSchema.parse((await ekby.officer.get(path)).json()).measures;
    expect(listed.map((row) => [row.id, row.overdue])).toEqual([[measure.id, true]]);
    const done = await ekby.officer.patch(`${path}/${measure.id}`, { status: 'done' });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ status: 'done', overdue: false, completedAt: clock().toISOString() });
    expect((await ekby.officer.patch(`${path}/${randomUUID()}`, { status: 'done' })).statusCode).toBe(404);
  });
});

describe('handling times', () => {
  it('gives count, median and p90 (hours) of report → first contact, → assessed, → closed, by category', async () => {
    const metrics = await setUpOrganisation('Mätby kommun');
    const march = new Date('2026-03-02T08:00:00.000Z');
    /** One case: its categories, when it was reported, and after how many hours each mark was reached. */
    const crafted = [
      // `reported`: days after 2 March 08:00 UTC.
      { categories: ['threat'], reported: 0, contact: 1, assessed: 4, closed: 24 },
      { categories: ['threat'], reported: 1, contact: 2, assessed: 8, closed: 48 },
      { categories: ['threat', 'harassment'], reported: 2, contact: 10, assessed: 20 },
      { categories: ['harassment'], reported: 3, contact: 3 },
      { categories: ['harassment'], reported: 4 },
    ];
    const outside = [new Date('2026-02-28T23:59:00.000Z'), new Date('2026-04-01T00:00:00.000Z')];
    const hoursAfter = (base: Date, hours: number) => new Date(base.getTime() + hours * hour);
    for (const item of crafted) {
      const reportedAt = hoursAfter(march, item.reported * 24);
      clock.set(reportedAt);
      const incident = await report(metrics.official, incidentReport({ categories: item.categories }));
      if (item.contact !== undefined) {
        clock.set(hoursAfter(reportedAt, item.contact));
        await metrics.officer.post(`/api/incidents/${incident.id}/notes`, {
          kind: 'contact',
          text: 'Samtal.',
        });
      }
      if (item.assessed !== undefined) {
        clock.set(hoursAfter(reportedAt, 0.5));
        await transition(metrics.officer, incident.id, 'triage');
        clock.set(hoursAfter(reportedAt, item.assessed));
        expect((await transition(metrics.officer, incident.id, 'start_measures')).statusCode).toBe(200);
      }
      if (item.closed !== undefined) {
        clock.set(hoursAfter(reportedAt, item.closed));
        expect((await transition(metrics.officer, incident.id, 'close')).statusCode).toBe(200);
      }
    }
    for (const reportedAt of outside) {
      clock.set(reportedAt);
      const incident = await report(metrics.official, incidentReport({ categories: ['threat'] }));
      clock.set(hoursAfter(reportedAt, 100));
      await metrics.officer.post(`/api/incidents/${incident.id}/notes`, { kind: 'contact', text: 'Samtal.' });
    }

    const response = await metrics.officer.get(
      '/api/incidents/metrics?from=2026-03-01T00:00:00.000Z&to=2026-04-01T00:00:00.000Z',
    );
    expect(response.statusCode).toBe(200);
    const stats = (n: number, median: number | null, p90: number | null) => ({
      count: n,
      medianHours: median,
      p90Hours: p90,
    });
    expect(metricsSchema.parse(response.json())).toEqual({
      from: '2026-03-01T00:00:00.000Z',
      to: '2026-04-01T00:00:00.000Z',
      overall: {
        reported: 5,
        toFirstContact: stats(4, 2.5, 10),
        toAssessed: stats(3, 8, 20),
        toClosed: stats(2, 36, 48),
      },
      byCategory: [
        {
          category: 'harassment',
          reported: 3,
          toFirstContact: stats(2, 6.5, 10),
          toAssessed: stats(1, 20, 20),
          toClosed: stats(0, null, null),
        },
        {
          category: 'threat',
          reported: 3,
          toFirstContact: stats(3, 2, 10),
          toAssessed: stats(3, 8, 20),
          toClosed: stats(2, 36, 48),
        },
      ],
    });
    const backwards = await metrics.officer.get(
      '/api/incidents/metrics?from=2026-04-01T00:00:00.000Z&to=2026-03-01T00:00:00.000Z',
    );
    expect(backwards.statusCode).toBe(400);
  });
});

describe('evidence', () => {
  it('stores a PNG with the SHA-256 computed on the server, and lists it in both views', async () => {
    const incident = await report(ekby.official);
    const file = png();
    const response = await upload(ekby.official, incident.id, file);
    expect(response.statusCode).toBe(201);
    const evidence = evidenceSchema.parse(response.json());
    expect(evidence).toEqual({
      id: evidence.id,
      fileName: 'skärmbild.png',
      contentType: 'image/png',
      size: file.content.length,
      sha256: sha256(file.content),
      uploadedAt: start.toISOString(),
      uploadedBy: { id: ekby.people.official.id, name: 'Olle Ordförande' },
    });
    expect(
      incidentDetailSchema.parse((await ekby.official.get(`/api/incidents/${incident.id}`)).json()).evidence,
    ).toEqual([evidence]);
    const unit = await unitView(ekby.officer, incident.id);
    expect(unit.evidence).toEqual([evidence]);
    expect(unit.timeline.at(-1)).toMatchObject({
      kind: 'evidence',
      text: 'skärmbild.png',
      details: { sha256: evidence.sha256 },
    });
  });

  it('detects the type from the content: a PDF, an e-mail, and a PNG whatever the client claims', async () => {
    const incident = await report(ekby.official);
    const types: [string, string][] = [];
    for (const file of [pdf(), eml(), { name: 'avtal.pdf', content: testPng(), type: 'application/pdf' }]) {
      const response = await upload(ekby.official, incident.id, file);
      expect(response.statusCode, file.name).toBe(201);
      types.push([
        evidenceSchema.parse(response.json()).fileName,
        evidenceSchema.parse(response.json()).contentType,
      ]);
    }
    expect(types).toEqual([
      ['hotbrev.pdf', 'application/pdf'],
      ['mejlet.eml', 'message/rfc822'],
      ['avtal.pdf', 'image/png'],
    ]);
  });

  it('refuses a text file, a program and a text posing as an image (415 file_type_not_allowed), and stores nothing', async () => {
    const incident = await report(ekby.official);
    const refused: UploadFile[] = [
      { name: 'anteckning.txt', content: Buffer.from('Bara lite text, inget bevis.\n'), type: 'text/plain' },
      {
        name: 'program.exe',
        content: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(510, 0x90)]),
        type: 'application/octet-stream',
      },
      { name: 'bild.png', content: Buffer.from('<script>alert(1)</script>'), type: 'image/png' },
    ];
    for (const file of refused) {
      const response = await upload(ekby.official, incident.id, file);
      expect(response.statusCode, file.name).toBe(415);
      expect(errorOf(response)).toEqual({
        code: 'file_type_not_allowed',
        message:
          'Den filtypen kan inte sparas. Tillåtna är bilder (JPEG, PNG, GIF, WebP, HEIC), PDF, e-post (.eml, .msg) och ljud (MP3, M4A, WAV, OGG).',
      });
    }
    expect((await unitView(ekby.officer, incident.id)).evidence).toEqual([]);
  });

  it('refuses a file over 20 MB (413 file_too_large) and stores nothing', async () => {
    const incident = await report(ekby.official);
    const big = Buffer.concat([testPng(), Buffer.alloc(21 * 1024 * 1024)]);
    const response = await upload(ekby.official, incident.id, {
      name: 'stor.png',
      content: big,
      type: 'image/png',
    });
    expect(response.statusCode).toBe(413);
    expect(errorOf(response)).toEqual({
      code: 'file_too_large',
      message: 'Filen är för stor. En fil får vara högst 20 MB.',
    });
    expect((await unitView(ekby.officer, incident.id)).evidence).toEqual([]);
  });

  it('keeps the original name only for display: a path becomes its last part, the bytes stay in the database', async () => {
    const incident = await report(ekby.official);
    const names: string[] = [];
    for (const name of ['../../etc/passwd', '..\\..\\Windows\\system32\\skärm.png', '..']) {
      const response = await upload(ekby.official, incident.id, { ...png(), name });
      expect(response.statusCode, name).toBe(201);
      const evidence = evidenceSchema.parse(response.json());
      names.push(evidence.fileName);
      const [stored] = await database.db
        .select({ content: evidenceFiles.content })
        .from(evidenceFiles)
        .where(eq(evidenceFiles.id, evidence.id));
      expect(stored?.content.equals(testPng())).toBe(true);
    }
    expect(names).toEqual(['passwd', 'skärm.png', 'fil']);
  });

  it('is downloaded with the same bytes, a safe Content-Disposition and a sandbox CSP; or viewed inline', async () => {
    const incident = await report(ekby.official);
    const file = png('skärmbild å.png');
    const evidence = evidenceSchema.parse((await upload(ekby.official, incident.id, file)).json());
    const path = `/api/incidents/${incident.id}/evidence/${evidence.id}`;

    const download = await ekby.officer.get(path);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(file.content)).toBe(true);
    expect(download.headers).toMatchObject({
      'content-type': 'image/png',
      'content-disposition': `attachment; filename="sk_rmbild _.png"; filename*=UTF-8''sk%C3%A4rmbild%20%C3%A5.png`,
      'x-content-sha256': sha256(file.content),
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    });
    expect(download.headers['content-security-policy']).toContain('sandbox');
    expect(download.headers['content-security-policy']).toContain("default-src 'none'");

    const inline = await ekby.official.get(`${path}?disposition=inline`);
    expect(inline.statusCode).toBe(200);
    expect(inline.rawPayload.equals(file.content)).toBe(true);
    expect(inline.headers['content-disposition']).toMatch(/^inline; filename="sk_rmbild _.png"/u);
    expect(inline.headers['content-security-policy']).toContain('sandbox');

    // Separators in the name stay inside the header's quoted name and its encoded form.
    const odd = evidenceSchema.parse(
      (await upload(ekby.official, incident.id, png('rapport; x=1, y.png'))).json(),
    );
    expect(odd.fileName).toBe('rapport; x=1, y.png');
    const oddDownload = await ekby.officer.get(`/api/incidents/${incident.id}/evidence/${odd.id}`);
    expect(oddDownload.headers['content-disposition']).toBe(
      `attachment; filename="rapport; x=1, y.png"; filename*=UTF-8''rapport%3B%20x%3D1%2C%20y.png`,
    );
  });

  it('keeps a chain of custody: uploaded, viewed, downloaded, exported — who and when, in order', async () => {
    const incident = await report(ekby.official);
    const evidence = evidenceSchema.parse((await upload(ekby.official, incident.id, png())).json());
    const path = `/api/incidents/${incident.id}/evidence/${evidence.id}`;
    clock.advance(minute);
    await ekby.officer.get(`${path}?disposition=inline`);
    clock.advance(minute);
    await ekby.official.get(path);
    clock.advance(minute);
    await ekby.officer2.get(`/api/incidents/${incident.id}/evidence/export`);
    const response = await ekby.officer.get(`${path}/custody`);
    expect(response.statusCode).toBe(200);
    const at = (minutes: number) => new Date(start.getTime() + minutes * minute).toISOString();
    expect(custodySchema.parse(response.json()).entries).toEqual([
      { at: at(0), action: 'uploaded', actor: { id: ekby.people.official.id, name: 'Olle Ordförande' } },
      { at: at(1), action: 'viewed', actor: { id: ekby.people.officer.id, name: 'Sara Säkerhet' } },
      { at: at(2), action: 'downloaded', actor: { id: ekby.people.official.id, name: 'Olle Ordförande' } },
      { at: at(3), action: 'exported', actor: { id: ekby.people.officer2.id, name: 'Sven Skydd' } },
    ]);
  });

  it('exports every file of a case as a ZIP with a manifest of SHA-256 sums (the police bundle)', async () => {
    const incident = await report(ekby.official);
    const files = [png(), pdf(), eml()];
    const uploaded: Evidence[] = [];
    for (const file of files) {
      clock.advance(minute);
      uploaded.push(evidenceSchema.parse((await upload(ekby.official, incident.id, file)).json()));
    }
    const response = await ekby.officer.get(`/api/incidents/${incident.id}/evidence/export`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/zip');
    expect(response.headers['content-disposition']).toContain(
      `attachment; filename="varn-${incident.reference}-bevisning.zip"`,
    );
    const zip = unzipSync(new Uint8Array(response.rawPayload));
    expect(Object.keys(zip).sort()).toEqual([
      '001-skärmbild.png',
      '002-hotbrev.pdf',
      '003-mejlet.eml',
      'manifest.txt',
    ]);
    files.forEach((file, index) => {
      const entry = zip[`00${index + 1}-${file.name}`];
      expect(entry && Buffer.from(entry).equals(file.content)).toBe(true);
    });
    const manifest = strFromU8(zip['manifest.txt'] ?? new Uint8Array());
    expect(manifest).toContain(`Värn – bevisning i ärende ${incident.reference}`);
    const rows = manifest.split('\r\n').filter((line) => /^\d{3};/u.test(line));
    expect(rows.map((row) => row.split(';'))).toEqual(
      uploaded.map((evidence, index) => [
        `00${index + 1}`,
        evidence.fileName,
        evidence.contentType,
        String(evidence.size),
        sha256(files[index]?.content ?? Buffer.alloc(0)),
        evidence.uploadedAt,
        'Olle Ordförande',
      ]),
    );
  });

  it('is seen only by people who may see the case (404 otherwise); custody and export are for the unit', async () => {
    const incident = await report(ekby.official);
    const other = await report(ekby.official);
    const evidence = evidenceSchema.parse((await upload(ekby.official, incident.id, png())).json());
    const path = `/api/incidents/${incident.id}/evidence/${evidence.id}`;
    const answers = {
      official: (await ekby.official.get(path)).statusCode,
      officer: (await ekby.officer.get(path)).statusCode,
      staff: (await ekby.staff.get(path)).statusCode,
      contactWithoutConsent: (await ekby.contact.get(path)).statusCode,
      otherParty: (await ekby.contactM.get(path)).statusCode,
      otherOrganisation: (await grannby.officer.get(path)).statusCode,
      admin: (await ekby.admin.get(path)).statusCode,
      throughAnotherCase: (await ekby.officer.get(`/api/incidents/${other.id}/evidence/${evidence.id}`))
        .statusCode,
      reporterCustody: (await ekby.official.get(`${path}/custody`)).statusCode,
      reporterExport: (await ekby.official.get(`/api/incidents/${incident.id}/evidence/export`)).statusCode,
      staffUpload: (await upload(ekby.staff, incident.id, png())).statusCode,
    };
    expect(answers).toEqual({
      official: 200,
      officer: 200,
      staff: 404,
      contactWithoutConsent: 404,
      otherParty: 404,
      otherOrganisation: 404,
      admin: 404,
      throughAnotherCase: 404,
      reporterCustody: 404,
      reporterExport: 404,
      staffUpload: 404,
    });
  });
});

describe('the audit trail', () => {
  const ids = { incident: '', evidence: '' };
  beforeAll(async () => {
    ids.incident = (await report(ekby.official)).id;
    ids.evidence = evidenceSchema.parse((await upload(ekby.official, ids.incident, png())).json()).id;
  });

  async function eventsBy(actorUserId: string, action?: string) {
    return await database.db
      .select({
        action: auditEvents.action,
        recordType: auditEvents.recordType,
        recordId: auditEvents.recordId,
      })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.organisationId, ekby.id),
          eq(auditEvents.actorUserId, actorUserId),
          ...(action ? [eq(auditEvents.action, action)] : []),
        ),
      )
      .orderBy(asc(auditEvents.id));
  }

  /** A read, who makes it, and the audit event it must leave. */
  interface AuditedRead {
    readonly read: string;
    readonly who: 'official' | 'officer';
    readonly url: () => string;
    readonly action: string;
    readonly recordType: 'incident' | 'evidence';
    readonly recordId: () => string | null;
  }
  const caseUrl = () => `/api/incidents/${ids.incident}`;
  const fileUrl = () => `/api/incidents/${ids.incident}/evidence/${ids.evidence}`;
  const reads: readonly AuditedRead[] = [
    {
      read: 'the case',
      who: 'official',
      url: caseUrl,
      action: 'incident.read',
      recordType: 'incident',
      recordId: () => ids.incident,
    },
    {
      read: 'the case file',
      who: 'officer',
      url: caseUrl,
      action: 'incident.read',
      recordType: 'incident',
      recordId: () => ids.incident,
    },
    {
      read: 'the list',
      who: 'official',
      url: () => '/api/incidents',
      action: 'incident.list',
      recordType: 'incident',
      recordId: () => null,
    },
    {
      read: 'an evidence file, viewed',
      who: 'officer',
      url: () => `${fileUrl()}?disposition=inline`,
      action: 'evidence.view',
      recordType: 'evidence',
      recordId: () => ids.evidence,
    },
    {
      read: 'an evidence file, downloaded',
      who: 'official',
      url: fileUrl,
      action: 'evidence.download',
      recordType: 'evidence',
      recordId: () => ids.evidence,
    },
    {
      read: 'the police bundle',
      who: 'officer',
      url: () => `${caseUrl()}/evidence/export`,
      action: 'evidence.export',
      recordType: 'incident',
      recordId: () => ids.incident,
    },
    {
      read: 'the handling times',
      who: 'officer',
      url: () => '/api/incidents/metrics?from=2026-01-01T00:00:00.000Z&to=2027-01-01T00:00:00.000Z',
      action: 'incident.metrics',
      recordType: 'incident',
      recordId: () => null,
    },
    {
      read: 'the inbox',
      who: 'officer',
      url: () => '/api/incidents/inbox',
      action: 'incident.inbox',
      recordType: 'incident',
      recordId: () => null,
    },
  ];

  it.each(reads)('records a read of $read', async ({ who, url, action, recordType, recordId }) => {
    const actor = ekby.people[who];
    const before = await eventsBy(actor.id, action);
    expect((await ekby[who].get(url())).statusCode).toBe(200);
    const after = await eventsBy(actor.id, action);
    expect(after.slice(before.length)).toEqual([{ action, recordType, recordId: recordId() }]);
  });
  // KNOWN BUG: these reads of a case's data leave no audit event (issue 3 §9 "every read of an
  // incident or evidence file is audited"; DOMAIN.md §2 "every read of a sensitive record is
  // audited"): the measures route in incidents.routes.ts and getCustody in evidence.service.ts
  // write none. Drop `fails` when they do.
  it.each([
    {
      read: 'the measures of the case',
      url: () => `/api/incidents/${ids.incident}/measures`,
      recordId: () => ids.incident,
    },
    {
      read: "an evidence file's chain of custody",
      url: () => `/api/incidents/${ids.incident}/evidence/${ids.evidence}/custody`,
      recordId: () => ids.evidence,
    },
  ])('KNOWN BUG: records a read of $read', async ({ url, recordId }) => {
    const before = await eventsBy(ekby.people.officer.id);
    expect((await ekby.officer.get(url())).statusCode).toBe(200);
    const after = await eventsBy(ekby.people.officer.id);
    expect(after.slice(before.length).map((event) => event.recordId)).toEqual([recordId()]);
  });
});
