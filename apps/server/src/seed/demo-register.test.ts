import { and, eq, isNotNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { electionWorkerListSchema, personSchema, registerListSchema } from '@varn/contracts';
import { buildTestApp, createTestDatabase, loggedInClient, testPassword } from '../../test/helpers';
import {
  electionWorkers,
  organisations,
  parties,
  partyMemberships,
  people,
  personAssignments,
  personContactDetails,
  personPartyAffiliations,
} from '../db/schema';
import { demoUsers, seedDemo } from './demo';
import { currentTerms } from './demo-register';

/** The demo's officials register (issue 11 "Done when"): about 60 officials in 9 parties, staff, election workers. */

const database = await createTestDatabase();
const app = await buildTestApp(database);
const now = new Date('2026-11-27T09:00:00.000Z');
await seedDemo(database.db, testPassword, now);
const [organisation] = await database.db.select().from(organisations);
const organisationId = organisation?.id ?? '';
const emailOf = (role: string): string => demoUsers.find((user) => user.role === role)?.email ?? '';

describe('the demo register', () => {
  it('has about 60 officials in all nine parties, with chairs, substitutes and KL 4:18 a commissioners', async () => {
    const assignments = await database.db
      .select()
      .from(personAssignments)
      .where(eq(personAssignments.organisationId, organisationId));
    const officials = new Set(assignments.map((assignment) => assignment.personId));
    expect(officials.size).toBeGreaterThanOrEqual(55);
    expect(officials.size).toBeLessThanOrEqual(65);
    const roles = new Set(assignments.map((assignment) => assignment.role));
    expect([...roles].sort()).toEqual(['chair', 'member', 'substitute', 'vice_chair']);
    expect(assignments.filter((assignment) => assignment.commissioner !== null)).toHaveLength(4);
    // Every assignment runs today, in the council's or the committees' current term.
    for (const assignment of assignments)
      expect(assignment.termStart <= '2026-11-27' && (assignment.termEnd ?? '9999') >= '2026-11-27').toBe(
        true,
      );

    const affiliations = await database.db
      .select({ code: parties.abbreviation })
      .from(personPartyAffiliations)
      .innerJoin(parties, eq(parties.id, personPartyAffiliations.partyId))
      .where(eq(personPartyAffiliations.organisationId, organisationId));
    const perParty = new Map<string, number>();
    for (const { code } of affiliations) perParty.set(code, (perParty.get(code) ?? 0) + 1);
    expect(perParty).toEqual(
      new Map([
        ['S', 17],
        ['M', 12],
        ['SD', 11],
        ['C', 5],
        ['V', 5],
        ['KD', 3],
        ['L', 3],
        ['MP', 3],
        ['EL', 2],
      ]),
    );
  });

  it('has three protected addresses, none stored, and staff and election workers', async () => {
    const protectedRows = await database.db
      .select()
      .from(personContactDetails)
      .where(
        and(
          eq(personContactDetails.organisationId, organisationId),
          eq(personContactDetails.protectedAddress, true),
        ),
      );
    expect(protectedRows).toHaveLength(3);
    expect(protectedRows.every((row) => row.address === null && row.preferredContact !== 'post')).toBe(true);
    const staff = await database.db
      .select()
      .from(people)
      .where(and(eq(people.organisationId, organisationId), eq(people.isStaff, true)));
    expect(staff).toHaveLength(10);
    const workers = await database.db
      .select()
      .from(electionWorkers)
      .where(eq(electionWorkers.organisationId, organisationId));
    expect(workers).toHaveLength(20);
    expect(new Set(workers.map((worker) => worker.electionDate))).toEqual(new Set(['2026-09-13']));

    const officer = await loggedInClient(app, emailOf('security_officer'));
    const list = electionWorkerListSchema.parse(
      (await officer.get('/api/register/election-workers?electionDate=2026-09-13')).json(),
    );
    expect(list.workers).toHaveLength(20);
    const register = registerListSchema.parse((await officer.get('/api/register/people?limit=200')).json());
    expect(register.total).toBe(register.people.length);
    // 62 officials (the council and its chair), 10 staff, 18 election workers who are neither.
    expect(register.total).toBe(90);
  });

  it('links the demo official, party contact, staff member and council chair, with the party of their account', async () => {
    const linked = await database.db
      .select({ personId: people.id, userId: people.userId, name: people.name })
      .from(people)
      .where(and(eq(people.organisationId, organisationId), isNotNull(people.userId)));
    expect(linked.map((row) => row.name).sort()).toEqual([
      'Lars Ledning',
      'Maria Politiker',
      'Pelle Personal',
      'Per Partikontakt',
    ]);
    for (const row of linked) {
      const [membership] = await database.db
        .select({ partyId: partyMemberships.partyId })
        .from(partyMemberships)
        .where(eq(partyMemberships.userId, row.userId ?? ''));
      const [affiliation] = await database.db
        .select({ partyId: personPartyAffiliations.partyId })
        .from(personPartyAffiliations)
        .where(eq(personPartyAffiliations.personId, row.personId));
      expect(affiliation?.partyId, row.name).toBe(membership?.partyId);
    }
    // The official reads their own record with their assignments.
    const maria = linked.find((row) => row.name === 'Maria Politiker');
    const official = await loggedInClient(app, emailOf('official'));
    const own = personSchema.parse((await official.get(`/api/register/people/${maria?.personId}`)).json());
    expect(own.kl418a).toBe(true);
    expect(own.assignments.find((assignment) => assignment.role === 'chair')?.body.name).toBe(
      'Kommunstyrelsen',
    );
  });
});

describe('the current terms of the demo', () => {
  it.each([
    ['2026-11-27', '2026-10-15', '2023-01-01'],
    ['2026-10-01', '2022-10-15', '2023-01-01'],
    ['2027-01-01', '2026-10-15', '2027-01-01'],
    ['2029-06-30', '2026-10-15', '2027-01-01'],
  ])('on %s the council term starts %s and the committees’ %s', (today, council, committees) => {
    const terms = currentTerms(today);
    expect(terms.council.start).toBe(council);
    expect(terms.committees.start).toBe(committees);
    expect(terms.council.start <= today && today <= terms.council.end).toBe(true);
    expect(terms.committees.start <= today && today <= terms.committees.end).toBe(true);
  });
});
