import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  errorBodySchema,
  inboxSchema,
  partyReadinessGapListSchema,
  partySecurityContactListSchema,
  partySecurityContactsSchema,
  partySummarySchema,
} from '@varn/contracts';
import { auditEvents } from '../../db/schema';
import { buildTestApp, createCaseOrganisation, createTestDatabase, testClock } from '../../../test/helpers';
import { createPerson } from '../../../test/party-fixtures';

/**
 * The parties' security contacts as people of the register (issue 11 §2): appointed by the unit,
 * their last contact with the unit recorded; a party without a contact, a deputy or a recent
 * contact is a readiness gap on the list, the gap list and the security officer's inbox. A party
 * contact reads their own party's page, never another's.
 */

const clock = testClock(new Date('2026-12-05T09:00:00.000Z'));
const database = await createTestDatabase();
const app = await buildTestApp(database, { clock });
const ekby = await createCaseOrganisation(database, app, 'Ekby kommun');
const { s, m } = ekby.parties;
const anna = await createPerson(database, ekby.id, {
  name: 'Anna Andersson',
  partyId: s.id,
  email: 'anna@ekby.se',
  phone: '070-111 22 33',
});
const bo = await createPerson(database, ekby.id, { name: 'Bo Berg', partyId: s.id });
const moderate = await createPerson(database, ekby.id, { name: 'Maja Moderat', partyId: m.id });

const entryOf = async (partyId: string) => {
  const list = partySecurityContactListSchema.parse(
    (await ekby.officer.get('/api/parties/security-contacts')).json(),
  );
  return list.parties.find((entry) => entry.party.id === partyId);
};

describe("appointing a party's contact and deputy", () => {
  it('names the people with their numbers; without a contact with the unit it is still a gap', async () => {
    expect((await entryOf(s.id))?.gaps).toEqual(['no_contact']);
    const appointed = await ekby.officer.put(`/api/parties/${s.id}/security-contacts`, {
      contactPersonId: anna,
      deputyPersonId: bo,
    });
    expect(appointed.statusCode, appointed.body).toBe(200);
    expect(partySecurityContactsSchema.parse(appointed.json())).toMatchObject({
      contact: { personId: anna, name: 'Anna Andersson', email: 'anna@ekby.se', phone: '070-111 22 33' },
      deputy: { personId: bo, name: 'Bo Berg', email: null, phone: null },
      appointedOn: '2026-12-05',
      lastContactAt: null,
      gaps: ['no_recent_contact'],
    });
    const contacted = await ekby.officer.post(`/api/parties/${s.id}/unit-contacts`, {
      contactedAt: '2026-12-04T14:00:00.000Z',
    });
    expect(partySecurityContactsSchema.parse(contacted.json())).toMatchObject({
      lastContactAt: '2026-12-04T14:00:00.000Z',
      gaps: [],
    });
    const audited = await database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.organisationId, ekby.id), eq(auditEvents.recordId, s.id)));
    expect(audited.map((event) => event.action)).toEqual(
      expect.arrayContaining(['party.appoint_contacts', 'party.contact_recorded']),
    );
  });

  it('refuses a person of another party, the same person twice, and a contact in the future', async () => {
    const wrong = await ekby.officer.put(`/api/parties/${s.id}/security-contacts`, {
      contactPersonId: moderate,
      deputyPersonId: anna,
    });
    expect(wrong.statusCode).toBe(422);
    expect(errorBodySchema.parse(wrong.json()).error.fields).toHaveProperty('contactPersonId');
    const twice = await ekby.officer.put(`/api/parties/${s.id}/security-contacts`, {
      contactPersonId: anna,
      deputyPersonId: anna,
    });
    expect(errorBodySchema.parse(twice.json()).error.fields).toHaveProperty('deputyPersonId');
    const future = await ekby.officer.post(`/api/parties/${s.id}/unit-contacts`, {
      contactedAt: '2026-12-24T10:00:00.000Z',
    });
    expect(future.statusCode).toBe(422);
    const noContact = await ekby.officer.post(`/api/parties/${m.id}/unit-contacts`, {});
    expect(errorBodySchema.parse(noContact.json()).error.fields).toHaveProperty('contactedAt');
  });

  it('lists the people of the party as candidates, and only to the admin and the unit', async () => {
    const candidates = await ekby.admin.get(`/api/parties/${s.id}/contact-candidates`);
    expect(candidates.json()).toEqual({
      people: [
        { id: anna, name: 'Anna Andersson' },
        { id: bo, name: 'Bo Berg' },
      ],
    });
    expect((await ekby.contact.get(`/api/parties/${s.id}/contact-candidates`)).statusCode).toBe(404);
    expect((await ekby.viewer.get('/api/parties/security-contacts')).statusCode).toBe(403);
  });
});

describe('readiness gaps', () => {
  it('show the party without a contact, and a contact not heard from for half a year', async () => {
    const gaps = partyReadinessGapListSchema.parse(
      (await ekby.officer.get('/api/parties/readiness-gaps')).json(),
    );
    expect(gaps.parties.map((entry) => [entry.party.abbreviation, entry.gaps])).toEqual([
      ['M', ['no_contact']],
    ]);
    const inbox = inboxSchema.parse((await ekby.officer.get('/api/incidents/inbox')).json());
    expect(inbox.partyGaps.map((entry) => entry.party.id)).toEqual([m.id]);

    clock.advance(181 * 86_400_000);
    const later = partyReadinessGapListSchema.parse(
      (await ekby.officer.get('/api/parties/readiness-gaps')).json(),
    );
    expect(later.parties.find((entry) => entry.party.id === s.id)?.gaps).toEqual(['no_recent_contact']);
    clock.set(new Date('2026-12-05T09:00:00.000Z'));
  });
});

describe("a party's page", () => {
  it("shows the party contact their own party: contacts, their open signals, the guidelines' standing", async () => {
    const sent = await ekby.contact.post('/api/signals', {
      text: 'Något är på gång inför fullmäktige.',
      urgency: 'medium',
    });
    expect(sent.statusCode).toBe(201);
    const response = await ekby.contact.get(`/api/parties/${s.id}/summary`);
    expect(response.statusCode, response.body).toBe(200);
    const summary = partySummarySchema.parse(response.json());
    expect(summary.contacts.contact?.name).toBe('Anna Andersson');
    expect(summary.signals.map((signal) => [signal.text, signal.status])).toEqual([
      ['Något är på gång inför fullmäktige.', 'new'],
    ]);
    expect(summary.endorsement).toMatchObject({ version: null, status: 'never', hasEvidence: false });
  });

  it("is not found for another party's contact, an official or a viewer", async () => {
    for (const client of [ekby.contactM, ekby.official, ekby.viewer]) {
      expect((await client.get(`/api/parties/${s.id}/summary`)).statusCode).toBe(404);
    }
    expect((await ekby.officer.get(`/api/parties/${s.id}/summary`)).statusCode).toBe(200);
  });
});
