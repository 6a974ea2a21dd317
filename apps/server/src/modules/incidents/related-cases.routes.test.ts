import { and, asc, eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  errorBodySchema,
  incidentDetailSchema,
  incidentSearchResultSchema,
  relatedSuggestionListSchema,
  type ReportIncidentBody,
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
import { auditEvents } from '../../db/schema';

/**
 * Related cases through the API (issue 9 §2): search by reference or words, suggestions with
 * their reasons (same target, same perpetrator identifier, similar text within 90 days), linking
 * and unlinking, and need-to-know — nothing of another organisation, nothing for anyone but the
 * security unit. Who may call which route is in test/access.routes.test.ts.
 */

const database = await createTestDatabase();
/** Friday 27 November 2026, 10:00 in Sweden. */
const start = new Date('2026-11-27T09:00:00.000Z');
const clock = testClock(start);
const app = await buildTestApp(database, { clock });
const day = 86_400_000;

const ekby = await createCaseOrganisation(database, app, 'Ekby kommun');
const grannby = await createCaseOrganisation(database, app, 'Grannby kommun');

/** Reports a case `daysAgo` days before the start; returns its detail (as the reporter sees it). */
async function reportAt(client: TestClient, daysAgo: number, body: Partial<ReportIncidentBody>) {
  clock.set(new Date(start.getTime() - daysAgo * day));
  try {
    const response = await client.post('/api/incidents', incidentReport(body));
    expect(response.statusCode, response.body).toBe(201);
    return incidentDetailSchema.parse(response.json());
  } finally {
    clock.set(start);
  }
}

async function unitView(officer: TestClient, incidentId: string): Promise<UnitIncidentDetail> {
  const response = await officer.get(`/api/incidents/${incidentId}`);
  expect(response.statusCode, response.body).toBe(200);
  const detail = incidentDetailSchema.parse(response.json());
  if (detail.view !== 'unit') throw new Error('expected the unit view');
  return detail;
}

async function suggestionsFor(officer: TestClient, incidentId: string) {
  const response = await officer.get(`/api/incidents/${incidentId}/suggestions`);
  expect(response.statusCode, response.body).toBe(200);
  return relatedSuggestionListSchema.parse(response.json());
}

async function searchFor(officer: TestClient, q: string) {
  const response = await officer.get(`/api/incidents/search?q=${encodeURIComponent(q)}`);
  expect(response.statusCode, response.body).toBe(200);
  return incidentSearchResultSchema.parse(response.json()).incidents;
}

async function search(officer: TestClient, q: string): Promise<string[]> {
  return (await searchFor(officer, q)).map((found) => found.reference);
}

const threat = 'Sms från 070-123 45 67 efter debatten om skolnedläggningen i Norrby: vi vet var du bor.';

/** The cases of the suggestion tests, by what makes them related to `subject` (or not). */
const cases = {} as Record<
  | 'subject'
  | 'sameNumberUntriaged'
  | 'sameNumberRecorded'
  | 'sameAccount'
  | 'sameNameOfTarget'
  | 'similarText'
  | 'similarTextTooOld'
  | 'unrelated'
  | 'alreadyLinked'
  | 'otherOrganisation',
  { id: string; reference: string }
>;

beforeAll(async () => {
  // The subject: the official's own case, a number in the description.
  cases.subject = await reportAt(ekby.official, 0, { description: threat });
  // Another target, the same number written another way, not yet triaged.
  cases.sameNumberUntriaged = await reportAt(ekby.staff, 200, {
    description: 'Någon ringer hela tiden från +46 70 123 45 67 och lägger på.',
    targetRole: 'staff',
    channel: 'phone_sms',
  });
  // The number is only known because the unit recorded it at triage.
  cases.sameNumberRecorded = await reportAt(ekby.staff, 300, {
    description: 'Otrevliga samtal till växeln, samma person som förut.',
    targetRole: 'staff',
  });
  const recorded = await ekby.officer.patch(`/api/incidents/${cases.sameNumberRecorded.id}`, {
    severity: 'moderate',
    perpetratorIdentifiers: ['070 123 45 67', 'Kalle Karlsson'],
  });
  expect(recorded.statusCode, recorded.body).toBe(200);
  // The same target: the official's own earlier case about something else entirely.
  cases.sameAccount = await reportAt(ekby.official, 400, {
    description: 'Affischer med mitt ansikte har klottrats ner på stationen.',
    categories: ['vandalism'],
  });
  // The same target by name: the party contact reports for the official by name.
  cases.sameNameOfTarget = await reportAt(ekby.contact, 20, {
    description: 'Vår ledamot fick ett brev med en tydlig uppmaning att avgå.',
    targetKind: 'party_member',
    targetName: '  olle   ORDFÖRANDE ',
  });
  // Similar words within 90 days, another target.
  cases.similarText = await reportAt(ekby.staff, 60, {
    description: 'Hotfulla sms efter debatten om skolnedläggningen i Norrby, avsändaren vet var jag bor.',
    targetRole: 'staff',
  });
  // The same words, but 120 days before the subject.
  cases.similarTextTooOld = await reportAt(ekby.staff, 120, {
    description: 'Hotfulla sms efter debatten om skolnedläggningen i Norrby, avsändaren vet var jag bor.',
    targetRole: 'staff',
  });
  cases.unrelated = await reportAt(ekby.staff, 10, {
    description: 'Vandalisering av personalens cykelställ under helgen.',
    targetRole: 'staff',
  });
  cases.alreadyLinked = await reportAt(ekby.official, 30, { description: threat });
  const linked = await ekby.officer.post(`/api/incidents/${cases.subject.id}/links`, {
    incidentId: cases.alreadyLinked.id,
  });
  expect(linked.statusCode, linked.body).toBe(200);
  // Another organisation: the same number, words and a case of its own official.
  cases.otherOrganisation = await reportAt(grannby.official, 5, { description: threat });
});

describe('suggestions of related cases', () => {
  it('suggests each related case with its reasons, and nothing else', async () => {
    const { suggestions } = await suggestionsFor(ekby.officer, cases.subject.id);
    const byReference = new Map(
      suggestions.map((suggestion) => [suggestion.incident.reference, suggestion.reasons]),
    );
    expect(byReference.get(cases.sameNumberUntriaged.reference)).toEqual([
      { reason: 'same_perpetrator', identifiers: ['0701234567'] },
    ]);
    expect(byReference.get(cases.sameNumberRecorded.reference)).toEqual([
      { reason: 'same_perpetrator', identifiers: ['0701234567'] },
    ]);
    expect(byReference.get(cases.sameAccount.reference)).toEqual([{ reason: 'same_target' }]);
    expect(byReference.get(cases.sameNameOfTarget.reference)).toEqual([{ reason: 'same_target' }]);
    expect(byReference.get(cases.similarText.reference)).toEqual([
      { reason: 'similar_text', sharedTerms: expect.any(Number) as number },
    ]);
    // Not the case itself, not a linked case, not too old a text, not an unrelated case.
    for (const name of ['subject', 'alreadyLinked', 'similarTextTooOld', 'unrelated'] as const)
      expect(byReference.has(cases[name].reference), name).toBe(false);
    // The strongest reason first.
    expect(suggestions[0]?.reasons[0]?.reason).toBe('same_perpetrator');
  });

  it('never suggests a case of another organisation, even with the same number and words', async () => {
    const { suggestions } = await suggestionsFor(ekby.officer, cases.subject.id);
    expect(suggestions.map((s) => s.incident.id)).not.toContain(cases.otherOrganisation.id);
    const theirs = await suggestionsFor(grannby.officer, cases.otherOrganisation.id);
    expect(theirs.suggestions).toEqual([]);
  });

  it('says in which period similar descriptions were looked for', async () => {
    const list = await suggestionsFor(ekby.officer, cases.subject.id);
    expect(list.similarTextFrom).toBe(new Date(start.getTime() - 90 * day).toISOString());
    expect(list.similarTextTo).toBe(new Date(start.getTime() + 90 * day).toISOString());
  });

  it('finds the cases of an identifier the unit recorded, from the other side too', async () => {
    const { suggestions } = await suggestionsFor(ekby.officer, cases.sameNumberRecorded.id);
    const references = suggestions.map((s) => s.incident.reference);
    expect(references).toContain(cases.subject.reference);
    expect(references).toContain(cases.sameNumberUntriaged.reference);
  });

  it('is only for the security unit: the reporter gets 404 on their own case', async () => {
    const response = await ekby.official.get(`/api/incidents/${cases.subject.id}/suggestions`);
    expect(response.statusCode).toBe(404);
  });

  it('answers 404 for a case of another organisation', async () => {
    const response = await ekby.officer.get(`/api/incidents/${cases.otherOrganisation.id}/suggestions`);
    expect(response.statusCode).toBe(404);
  });

  it('is audited on the case', async () => {
    await suggestionsFor(ekby.officer, cases.subject.id);
    const events = await database.db
      .select({ recordId: auditEvents.recordId, details: auditEvents.details })
      .from(auditEvents)
      .where(and(eq(auditEvents.organisationId, ekby.id), eq(auditEvents.action, 'incident.find_related')))
      .orderBy(asc(auditEvents.id));
    expect(events.at(-1)?.recordId).toBe(cases.subject.id);
  });
});

describe('search', () => {
  it('finds a case by its reference, whole or in part', async () => {
    expect(await search(ekby.officer, cases.unrelated.reference)).toEqual([cases.unrelated.reference]);
    const number = cases.unrelated.reference.split('-')[1] ?? '';
    expect(await search(ekby.officer, number)).toContain(cases.unrelated.reference);
    expect(await search(ekby.officer, `VRN-${cases.unrelated.reference}`)).toContain(
      cases.unrelated.reference,
    );
    // Without the leading zeros, with or without the year.
    const [year = '', serial = ''] = cases.unrelated.reference.split('-');
    expect(await search(ekby.officer, String(Number(serial)))).toContain(cases.unrelated.reference);
    expect(await search(ekby.officer, `${year}-${Number(serial)}`)).toEqual([cases.unrelated.reference]);
  });

  it('finds cases by words of the description, in other forms of the words', async () => {
    // "personalen" finds "personalens", "helg" finds "helgen".
    const found = await search(ekby.officer, 'personalen helg');
    expect(found).toEqual([cases.unrelated.reference]);
    const norrby = await search(ekby.officer, 'skolnedläggningen Norrby');
    expect(norrby).toEqual(
      expect.arrayContaining([
        cases.subject.reference,
        cases.similarText.reference,
        cases.alreadyLinked.reference,
      ]),
    );
  });

  it('never finds a case of another organisation', async () => {
    const theirs = await searchFor(grannby.officer, 'skolnedläggningen');
    expect(theirs.map((found) => found.id)).toEqual([cases.otherOrganisation.id]);
    const ours = await searchFor(ekby.officer, 'skolnedläggningen');
    expect(ours.length).toBeGreaterThan(0);
    expect(ours.map((found) => found.id)).not.toContain(cases.otherOrganisation.id);
    // The same reference may exist in both: each finds only its own case.
    const byReference = await searchFor(ekby.officer, cases.otherOrganisation.reference);
    expect(byReference.map((found) => found.id)).not.toContain(cases.otherOrganisation.id);
  });

  it('takes any text without an error, and refuses what is too short or too long', async () => {
    for (const q of ['"or" & | ! :* (', "'; drop table incidents; --", 'a b c d e f g', '-- -', '%_%'])
      expect((await ekby.officer.get(`/api/incidents/search?q=${encodeURIComponent(q)}`)).statusCode, q).toBe(
        200,
      );
    for (const q of ['', '   ', 'y'.repeat(201)]) {
      const response = await ekby.officer.get(`/api/incidents/search?q=${encodeURIComponent(q)}`);
      expect(response.statusCode, q).toBe(400);
    }
  });

  it('is only for the security unit', async () => {
    for (const client of [ekby.official, ekby.contact, ekby.staff, ekby.admin, ekby.viewer]) {
      const response = await client.get('/api/incidents/search?q=skolnedläggningen');
      expect(response.statusCode).toBe(403);
    }
  });
});

describe('linking related cases', () => {
  it('links both ways, notes it in both timelines and unlinks again', async () => {
    const a = await reportAt(ekby.official, 1, { description: 'Första händelsen i en serie.' });
    const b = await reportAt(ekby.official, 2, { description: 'Andra händelsen i en serie.' });
    const linked = await ekby.officer.post(`/api/incidents/${a.id}/links`, { incidentId: b.id });
    expect(linked.statusCode, linked.body).toBe(200);
    const own = incidentDetailSchema.parse(linked.json());
    if (own.view !== 'unit') throw new Error('expected the unit view');
    expect(own.linkedIncidents.map((link) => link.reference)).toEqual([b.reference]);
    expect(own.linkedIncidents[0]?.status).toBe('new');
    expect(own.flags.partOfSeries).toBe(true);
    expect(own.timeline.at(-1)).toMatchObject({ kind: 'link', details: { linked: b.reference } });
    const other = await unitView(ekby.officer, b.id);
    expect(other.linkedIncidents.map((link) => link.id)).toEqual([a.id]);
    expect(other.timeline.at(-1)).toMatchObject({ kind: 'link', details: { linked: a.reference } });

    // Linking again changes nothing.
    expect((await ekby.officer.post(`/api/incidents/${a.id}/links`, { incidentId: b.id })).statusCode).toBe(
      200,
    );
    expect((await unitView(ekby.officer, a.id)).linkedIncidents).toHaveLength(1);

    const unlinked = await ekby.officer.delete(`/api/incidents/${b.id}/links/${a.id}`);
    expect(unlinked.statusCode, unlinked.body).toBe(200);
    const after = await unitView(ekby.officer, a.id);
    expect(after.linkedIncidents).toEqual([]);
    expect(after.flags.partOfSeries).toBe(false);
    expect(after.timeline.at(-1)).toMatchObject({ kind: 'link', details: { unlinked: b.reference } });
    // Cases that are not linked cannot be unlinked.
    expect((await ekby.officer.delete(`/api/incidents/${b.id}/links/${a.id}`)).statusCode).toBe(404);
  });

  it('refuses a link to the case itself, and to a case of another organisation', async () => {
    const self = await ekby.officer.post(`/api/incidents/${cases.unrelated.id}/links`, {
      incidentId: cases.unrelated.id,
    });
    expect(self.statusCode).toBe(422);
    expect(errorBodySchema.parse(self.json()).error.fields).toEqual({
      incidentId: expect.any(String) as string,
    });
    for (const incidentId of [cases.otherOrganisation.id, randomUUID()]) {
      const response = await ekby.officer.post(`/api/incidents/${cases.unrelated.id}/links`, { incidentId });
      expect(response.statusCode).toBe(422);
    }
  });
});

describe('perpetrator identifiers at triage', () => {
  it('are stored normalised, each once, and shown in the case file', async () => {
    const detail = await unitView(ekby.officer, cases.sameNumberRecorded.id);
    expect(detail.perpetratorIdentifiers).toEqual(['0701234567', 'kalle karlsson']);
    const again = await ekby.officer.patch(`/api/incidents/${cases.sameNumberRecorded.id}`, {
      perpetratorIdentifiers: ['0701234567', '+46701234567', '@Troll_1', 'https://www.x.com/Troll_1/'],
    });
    expect(again.statusCode, again.body).toBe(200);
    const changed = await unitView(ekby.officer, cases.sameNumberRecorded.id);
    expect(changed.perpetratorIdentifiers).toEqual(['0701234567', '@troll_1', 'x.com/troll_1']);
    expect(changed.timeline.at(-1)).toMatchObject({
      kind: 'triage',
      details: { fields: 'perpetratorIdentifiers' },
    });
  });
});
