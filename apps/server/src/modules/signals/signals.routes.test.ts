import { beforeEach, describe, expect, it } from 'vitest';
import {
  errorBodySchema,
  incidentDetailSchema,
  incidentListSchema,
  signalListSchema,
  signalSchema,
  type CreateSignalBody,
  type Signal,
  type UnitIncidentDetail,
} from '@varn/contracts';
import {
  buildTestApp,
  createCaseOrganisation,
  createTestDatabase,
  queuedMails,
  type TestClient,
  testClock,
  type CaseOrganisation,
} from '../../../test/helpers';

/**
 * Signals ("något är på gång", issue 3 §1): a party contact or an official sends a heads-up; it
 * lands in the security unit's queue, urgent ones by mail at once, and can become an incident.
 */

const database = await createTestDatabase();
/** Friday 27 November 2026, 10:00 in Sweden. */
const start = new Date('2026-11-27T09:00:00.000Z');
const clock = testClock(start);
const app = await buildTestApp(database, { clock });
beforeEach(() => clock.set(start));

const ekby = await createCaseOrganisation(database, app, 'Ekby kommun');
const grannby = await createCaseOrganisation(database, app, 'Grannby kommun');

const headsUp: CreateSignalBody = {
  text: 'En grupp planerar att störa fullmäktige när detaljplanen för moskén behandlas.',
  urgency: 'medium',
  matterReference: 'KS 2026/117',
  meetingReference: 'Kommunfullmäktige 14 december',
};

async function send(client: TestClient, body: Partial<CreateSignalBody> = {}): Promise<Signal> {
  const response = await client.post('/api/signals', { ...headsUp, ...body });
  expect(response.statusCode, response.body).toBe(201);
  return signalSchema.parse(response.json());
}

async function signalsOf(client: TestClient): Promise<Signal[]> {
  const response = await client.get('/api/signals');
  expect(response.statusCode, response.body).toBe(200);
  return signalListSchema.parse(response.json()).signals;
}

async function convert(organisation: CaseOrganisation, signalId: string): Promise<UnitIncidentDetail> {
  const response = await organisation.officer.post(`/api/signals/${signalId}/incident`);
  expect(response.statusCode, response.body).toBe(201);
  const detail = incidentDetailSchema.parse(response.json());
  if (detail.view !== 'unit') throw new Error('expected the unit view');
  return detail;
}

describe('handling a signal', () => {
  it('keeps who handled it, when, and the note', async () => {
    const sent = await send(ekby.official, { urgency: 'medium' });
    const handled = await ekby.officer.post(`/api/signals/${sent.id}/status`, {
      status: 'dismissed',
      note: 'Samma uppgift kom via polisen i går.',
    });
    expect(handled.statusCode).toBe(200);
    expect(signalSchema.parse(handled.json())).toMatchObject({
      status: 'dismissed',
      handledBy: { id: ekby.people.officer.id, name: 'Sara Säkerhet' },
      handledAt: start.toISOString(),
      handlingNote: 'Samma uppgift kom via polisen i går.',
    });
    const listed = signalListSchema.parse((await ekby.officer.get('/api/signals')).json());
    expect(listed.signals.find((signal) => signal.id === sent.id)?.handlingNote).toBe(
      'Samma uppgift kom via polisen i går.',
    );
  });
});

describe('sending a signal', () => {
  it('is for party contacts and officials (201); everyone else is refused (403)', async () => {
    const response = await ekby.contact.post('/api/signals', headsUp);
    expect(response.statusCode).toBe(201);
    expect(signalSchema.parse(response.json())).toEqual({
      id: expect.any(String) as string,
      ...headsUp,
      status: 'new',
      createdAt: start.toISOString(),
      createdBy: { id: ekby.people.contact.id, name: 'Kim Kontakt' },
      convertedIncidentId: null,
      handledBy: null,
      handledAt: null,
      handlingNote: null,
    });
    expect((await send(ekby.official, { urgency: 'low' })).createdBy.id).toBe(ekby.people.official.id);
    for (const client of [ekby.officer, ekby.staff, ekby.secretary, ekby.viewer, ekby.admin]) {
      const refused = await client.post('/api/signals', headsUp);
      expect(refused.statusCode).toBe(403);
      expect(errorBodySchema.parse(refused.json()).error.code).toBe('forbidden');
    }
    const empty = await ekby.official.post('/api/signals', { text: '  ', urgency: 'low' });
    expect(empty.statusCode).toBe(400);
  });

  it('of high urgency mails every active security officer at once, without details; others wait for the digest', async () => {
    const alarmby = await createCaseOrganisation(database, app, 'Larmby kommun');
    const officerMails = async () =>
      (await queuedMails(database, alarmby.id)).filter((mail) =>
        [
          alarmby.people.officer.email,
          alarmby.people.officer2.email,
          alarmby.people.formerOfficer.email,
        ].includes(mail.to),
      );
    await send(alarmby.official, { urgency: 'low' });
    await send(alarmby.contact, { urgency: 'medium' });
    expect(await officerMails()).toEqual([]);

    await send(alarmby.official, { urgency: 'high' });
    const mails = await officerMails();
    expect(mails.map((mail) => [mail.to, mail.subject]).sort()).toEqual(
      [
        [alarmby.people.officer.email, 'Brådskande signal: något är på gång'],
        [alarmby.people.officer2.email, 'Brådskande signal: något är på gång'],
      ].sort(),
    );
    for (const mail of mails) {
      expect(mail.bodyText).toContain('/signals');
      expect(mail.bodyText).not.toContain('moské');
      expect(mail.bodyText).not.toContain('KS 2026/117');
    }
  });
});

describe('the list of signals', () => {
  it('shows the security unit every signal, open ones first by urgency, then the newest; a sender only their own', async () => {
    const listby = await createCaseOrganisation(database, app, 'Listby kommun');
    const sent: Record<string, Signal> = {};
    const at = (minutes: number) => clock.set(new Date(start.getTime() + minutes * 60_000));
    at(0);
    sent.lowOld = await send(listby.official, { urgency: 'low' });
    at(1);
    sent.highOld = await send(listby.contact, { urgency: 'high' });
    at(2);
    sent.medium = await send(listby.official, { urgency: 'medium' });
    at(3);
    sent.highNew = await send(listby.official, { urgency: 'high' });
    at(4);
    sent.dismissed = await send(listby.contact, { urgency: 'high' });
    at(5);
    sent.lowNew = await send(listby.contact, { urgency: 'low' });
    expect(
      (await listby.officer.post(`/api/signals/${sent.dismissed.id}/status`, { status: 'dismissed' }))
        .statusCode,
    ).toBe(200);

    const names = new Map(Object.entries(sent).map(([name, signal]) => [signal.id, name]));
    const listed = async (client: TestClient) =>
      (await signalsOf(client)).map((signal) => names.get(signal.id));
    expect(await listed(listby.officer)).toEqual([
      'highNew',
      'highOld',
      'medium',
      'lowNew',
      'lowOld',
      'dismissed',
    ]);
    expect(await listed(listby.officer2)).toHaveLength(6);
    expect(await listed(listby.official)).toEqual(['highNew', 'medium', 'lowOld']);
    expect(await listed(listby.contact)).toEqual(['highOld', 'lowNew', 'dismissed']);
    // Party M's contact has sent nothing and sees nothing of party S's signals.
    expect(await listed(listby.contactM)).toEqual([]);
    for (const client of [listby.staff, listby.secretary, listby.viewer, listby.admin])
      expect((await client.get('/api/signals')).statusCode).toBe(403);
    // Another organisation's signals are not there.
    expect(await signalsOf(grannby.officer)).toEqual([]);
  });
});

describe('handling a signal', () => {
  it('is acknowledged, then dismissed; a handled signal is closed (409 signal_closed)', async () => {
    const signal = await send(ekby.official);
    const status = (body: object) => ekby.officer.post(`/api/signals/${signal.id}/status`, body);

    const acknowledged = await status({ status: 'acknowledged', note: 'Vi tittar på det.' });
    expect(acknowledged.statusCode).toBe(200);
    expect(signalSchema.parse(acknowledged.json())).toMatchObject({ id: signal.id, status: 'acknowledged' });
    const dismissed = await status({ status: 'dismissed' });
    expect(dismissed.statusCode).toBe(200);
    expect(signalSchema.parse(dismissed.json()).status).toBe('dismissed');
    // The sender sees what became of it.
    expect((await signalsOf(ekby.official)).find((own) => own.id === signal.id)?.status).toBe('dismissed');

    for (const response of [
      await status({ status: 'acknowledged' }),
      await ekby.officer.post(`/api/signals/${signal.id}/incident`),
    ]) {
      expect(response.statusCode).toBe(409);
      expect(errorBodySchema.parse(response.json()).error).toEqual({
        code: 'signal_closed',
        message: 'Signalen är redan hanterad.',
      });
    }
    // "Converted" has its own route.
    expect((await status({ status: 'converted' })).statusCode).toBe(400);
  });

  it("answers 404 to the security unit for another organisation's signal", async () => {
    const foreign = await send(grannby.official);
    expect(
      (await ekby.officer.post(`/api/signals/${foreign.id}/status`, { status: 'dismissed' })).statusCode,
    ).toBe(404);
    expect((await ekby.officer.post(`/api/signals/${foreign.id}/incident`)).statusCode).toBe(404);
    expect((await signalsOf(grannby.officer)).find((signal) => signal.id === foreign.id)?.status).toBe('new');
  });
});

describe('turning a signal into an incident', () => {
  it('makes the sender the reporter and marks the signal converted with the incident; twice is 409', async () => {
    clock.set(new Date('2026-11-26T18:00:00.000Z'));
    const signal = await send(ekby.official, { urgency: 'high' });
    clock.set(start);
    expect(
      (await ekby.officer.post(`/api/signals/${signal.id}/status`, { status: 'acknowledged' })).statusCode,
    ).toBe(200);
    const incident = await convert(ekby, signal.id);
    expect(incident).toMatchObject({
      reportedBy: { id: ekby.people.official.id, name: 'Olle Ordförande' },
      reportedAt: '2026-11-26T18:00:00.000Z',
      description: headsUp.text,
      targetKind: 'self',
      targetRole: 'official',
      matterReference: 'KS 2026/117 / Kommunfullmäktige 14 december',
      severity: 'high',
      status: 'new',
      signalId: signal.id,
    });
    expect(incident.reference).toMatch(/^2026-\d{4}$/u);
    expect(incident.timeline.map((entry) => [entry.kind, entry.actor?.id, entry.details])).toEqual([
      ['reported', ekby.people.officer.id, { fromSignal: true }],
    ]);

    const converted = (await signalsOf(ekby.officer)).find((listed) => listed.id === signal.id);
    expect(converted).toMatchObject({ status: 'converted', convertedIncidentId: incident.id });

    // The sender follows the case as its reporter.
    const own = await ekby.official.get(`/api/incidents/${incident.id}`);
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({ view: 'reporter', plainStatus: 'received' });
    expect(
      incidentListSchema
        .parse((await ekby.official.get('/api/incidents?limit=200')).json())
        .incidents.map((row) => row.id),
    ).toContain(incident.id);

    const again = await ekby.officer.post(`/api/signals/${signal.id}/incident`);
    expect(again.statusCode).toBe(409);
    expect(errorBodySchema.parse(again.json()).error.code).toBe('signal_closed');
  });

  it('marks the case as of the election period when the signal came in it, as a report would be', async () => {
    // Ten days before the general election of 13 September 2026: inside the period.
    clock.set(new Date('2026-09-03T08:00:00.000Z'));
    const early = await send(ekby.official, { urgency: 'medium' });
    clock.set(start);
    expect((await convert(ekby, early.id)).flags.electionPeriod).toBe(true);
    // Two months after it: outside.
    const late = await send(ekby.official, { urgency: 'medium' });
    expect((await convert(ekby, late.id)).flags.electionPeriod).toBe(false);
  });

  it("makes a party contact's signal a case about the party organisation, severity left to triage", async () => {
    const sent = await ekby.contact.post('/api/signals', {
      text: 'Klotter på partilokalen.',
      urgency: 'low',
    });
    expect(sent.statusCode).toBe(201);
    const incident = await convert(ekby, signalSchema.parse(sent.json()).id);
    expect(incident).toMatchObject({
      reportedBy: { id: ekby.people.contact.id },
      targetKind: 'other',
      targetRole: 'party_organisation',
      matterReference: null,
      severity: null,
      partyContactConsent: false,
    });
    expect((await ekby.contact.get(`/api/incidents/${incident.id}`)).statusCode).toBe(200);
    // Party M's contact does not see party S's contact's case.
    expect((await ekby.contactM.get(`/api/incidents/${incident.id}`)).statusCode).toBe(404);
  });

  // KNOWN BUG: the sender becomes the reporter, but convertSignal (signals.service.ts) queues no
  // "registered" mail, which reportIncident sends to every reporter (issue 3 §2: the reporter is
  // told when the case is registered). Drop `fails` when it does.
  it('mails the sender, now the reporter, that the case is registered', async () => {
    const signal = await send(ekby.official, { urgency: 'medium' });
    const incident = await convert(ekby, signal.id);
    const mails = (await queuedMails(database, ekby.id)).filter(
      (mail) => mail.to === ekby.people.official.email,
    );
    expect(mails.map((mail) => mail.subject)).toContain(`Ditt ärende ${incident.reference} är registrerat`);
  });
});
