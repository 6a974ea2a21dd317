import { and, asc, eq, exists, inArray, sql, type SQL } from 'drizzle-orm';
import type { PersonGroup } from '@varn/domain';
import type { DbOrTx } from '../../db/client';
import {
  bodies,
  electionWorkers,
  parties,
  people,
  personAssignments,
  personContactDetails,
  personPartyAffiliations,
  users,
} from '../../db/schema';

/*
 * The officials register's storage (ADR 018). Party affiliation is read one person at a time or
 * for one party's roster: there is no query that lists or filters people by party.
 */

export type PersonRow = typeof people.$inferSelect;
export type ContactRow = typeof personContactDetails.$inferSelect;

/** The filter of the register's list: never a party. */
export interface PeopleFilter {
  readonly q?: string | undefined;
  readonly group?: PersonGroup | undefined;
  readonly bodyId?: string | undefined;
}

function peopleWhere(db: DbOrTx, organisationId: string, filter: PeopleFilter): SQL | undefined {
  const assignmentOf = (bodyId?: string) =>
    exists(
      db
        .select({ one: sql`1` })
        .from(personAssignments)
        .where(
          and(
            eq(personAssignments.personId, people.id),
            bodyId ? eq(personAssignments.bodyId, bodyId) : undefined,
          ),
        ),
    );
  const workerOf = exists(
    db
      .select({ one: sql`1` })
      .from(electionWorkers)
      .where(eq(electionWorkers.personId, people.id)),
  );
  const escaped = filter.q?.replace(/[\\%_]/gu, (char) => `\\${char}`);
  return and(
    eq(people.organisationId, organisationId),
    escaped ? sql`lower(${people.name}) like ${`%${escaped.toLowerCase()}%`}` : undefined,
    filter.group === 'official' ? assignmentOf() : undefined,
    filter.group === 'staff' ? eq(people.isStaff, true) : undefined,
    filter.group === 'election_worker' ? workerOf : undefined,
    filter.bodyId ? assignmentOf(filter.bodyId) : undefined,
  );
}

/** One page of the register's people by name, and the total. */
export async function findPeoplePage(
  db: DbOrTx,
  organisationId: string,
  filter: PeopleFilter,
  limit: number,
  offset: number,
): Promise<{ rows: PersonRow[]; total: number }> {
  const where = peopleWhere(db, organisationId, filter);
  const rows = await db
    .select()
    .from(people)
    .where(where)
    .orderBy(sql`lower(${people.name})`, asc(people.id))
    .limit(limit)
    .offset(offset);
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(people)
    .where(where);
  return { rows, total: count?.n ?? 0 };
}

/** Every person of the organisation by name (the export). */
export async function findAllPeople(db: DbOrTx, organisationId: string): Promise<PersonRow[]> {
  return await db
    .select()
    .from(people)
    .where(eq(people.organisationId, organisationId))
    .orderBy(sql`lower(${people.name})`, asc(people.id));
}

/** One person of an organisation. */
export async function findPersonById(
  db: DbOrTx,
  organisationId: string,
  personId: string,
): Promise<PersonRow | undefined> {
  const [row] = await db
    .select()
    .from(people)
    .where(and(eq(people.organisationId, organisationId), eq(people.id, personId)))
    .limit(1);
  return row;
}

/** The person linked to a user account. */
export async function findPersonByUserId(
  db: DbOrTx,
  organisationId: string,
  userId: string,
): Promise<PersonRow | undefined> {
  const [row] = await db
    .select()
    .from(people)
    .where(and(eq(people.organisationId, organisationId), eq(people.userId, userId)))
    .limit(1);
  return row;
}

/** The assignments of some people, with their bodies' names, by term. */
export async function findAssignmentsOf(db: DbOrTx, organisationId: string, personIds: readonly string[]) {
  if (personIds.length === 0) return [];
  return await db
    .select({ assignment: personAssignments, bodyName: bodies.name })
    .from(personAssignments)
    .innerJoin(bodies, eq(bodies.id, personAssignments.bodyId))
    .where(
      and(
        eq(personAssignments.organisationId, organisationId),
        inArray(personAssignments.personId, [...personIds]),
      ),
    )
    .orderBy(asc(bodies.position), asc(bodies.name), asc(personAssignments.termStart));
}

/** Which of some people are election workers at any election. */
export async function findElectionWorkerPersonIds(
  db: DbOrTx,
  organisationId: string,
  personIds: readonly string[],
): Promise<Set<string>> {
  if (personIds.length === 0) return new Set();
  const rows = await db
    .selectDistinct({ personId: electionWorkers.personId })
    .from(electionWorkers)
    .where(
      and(
        eq(electionWorkers.organisationId, organisationId),
        inArray(electionWorkers.personId, [...personIds]),
      ),
    );
  return new Set(rows.map((row) => row.personId));
}

/** A person's contact details. */
export async function findContactOf(
  db: DbOrTx,
  organisationId: string,
  personId: string,
): Promise<ContactRow | undefined> {
  const [row] = await db
    .select()
    .from(personContactDetails)
    .where(
      and(
        eq(personContactDetails.organisationId, organisationId),
        eq(personContactDetails.personId, personId),
      ),
    )
    .limit(1);
  return row;
}

/** Contact details of every person of an organisation, by person (the export). */
export async function findAllContacts(db: DbOrTx, organisationId: string): Promise<Map<string, ContactRow>> {
  const rows = await db
    .select()
    .from(personContactDetails)
    .where(eq(personContactDetails.organisationId, organisationId));
  return new Map(rows.map((row) => [row.personId, row]));
}

/** A person's party, with its name (special-category data: one person at a time). */
export async function findPartyOfPerson(db: DbOrTx, organisationId: string, personId: string) {
  const [row] = await db
    .select({ id: parties.id, name: parties.name, abbreviation: parties.abbreviation })
    .from(personPartyAffiliations)
    .innerJoin(parties, eq(parties.id, personPartyAffiliations.partyId))
    .where(
      and(
        eq(personPartyAffiliations.organisationId, organisationId),
        eq(personPartyAffiliations.personId, personId),
      ),
    )
    .limit(1);
  return row;
}

/**
 * The people of one party (its roster): the affiliation table read whole, as ADR 018 says, and
 * filtered here, so that no index by party is needed or added.
 */
export async function findPeopleOfParty(
  db: DbOrTx,
  organisationId: string,
  partyId: string,
): Promise<PersonRow[]> {
  const rows = await db
    .select({ person: people, partyId: personPartyAffiliations.partyId })
    .from(personPartyAffiliations)
    .innerJoin(people, eq(people.id, personPartyAffiliations.personId))
    .where(eq(personPartyAffiliations.organisationId, organisationId))
    .orderBy(sql`lower(${people.name})`);
  return rows.filter((row) => row.partyId === partyId).map((row) => row.person);
}

/** The user account linked to a person. */
export async function findAccountOf(db: DbOrTx, organisationId: string, userId: string) {
  const [row] = await db
    .select({ id: users.id, name: users.name, email: users.email, status: users.status, role: users.role })
    .from(users)
    .where(and(eq(users.organisationId, organisationId), eq(users.id, userId)))
    .limit(1);
  return row;
}

/** Inserts a person. */
export async function insertPerson(db: DbOrTx, values: typeof people.$inferInsert): Promise<PersonRow> {
  const [row] = await db.insert(people).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** Updates a person of an organisation. */
export async function updatePerson(
  db: DbOrTx,
  organisationId: string,
  personId: string,
  values: Partial<Omit<typeof people.$inferInsert, 'id' | 'organisationId' | 'createdAt'>>,
): Promise<PersonRow | undefined> {
  const [row] = await db
    .update(people)
    .set(values)
    .where(and(eq(people.organisationId, organisationId), eq(people.id, personId)))
    .returning();
  return row;
}

/** Deletes a person (their details, assignments, party and elections go with them). */
export async function deletePerson(db: DbOrTx, organisationId: string, personId: string): Promise<boolean> {
  const rows = await db
    .delete(people)
    .where(and(eq(people.organisationId, organisationId), eq(people.id, personId)))
    .returning({ id: people.id });
  return rows.length > 0;
}

/** Sets a person's contact details. */
export async function upsertContact(
  db: DbOrTx,
  values: Omit<typeof personContactDetails.$inferInsert, 'createdAt'> & { updatedAt: Date },
): Promise<void> {
  const { personId: _personId, organisationId: _organisationId, ...changes } = values;
  await db
    .insert(personContactDetails)
    .values({ ...values, createdAt: values.updatedAt })
    .onConflictDoUpdate({ target: personContactDetails.personId, set: changes });
}

/** Sets or removes a person's party affiliation. */
export async function upsertPersonParty(
  db: DbOrTx,
  organisationId: string,
  personId: string,
  partyId: string | null,
  now: Date,
): Promise<void> {
  if (partyId === null) {
    await db
      .delete(personPartyAffiliations)
      .where(
        and(
          eq(personPartyAffiliations.organisationId, organisationId),
          eq(personPartyAffiliations.personId, personId),
        ),
      );
    return;
  }
  await db
    .insert(personPartyAffiliations)
    .values({ organisationId, personId, partyId, createdAt: now, updatedAt: now })
    .onConflictDoUpdate({ target: personPartyAffiliations.personId, set: { partyId, updatedAt: now } });
}

/** Inserts an assignment unless the same one (person, body, role, first day) exists; the new row or undefined. */
export async function insertAssignment(db: DbOrTx, values: typeof personAssignments.$inferInsert) {
  const [row] = await db.insert(personAssignments).values(values).onConflictDoNothing().returning();
  return row;
}

/** One assignment of a person. */
export async function findAssignment(
  db: DbOrTx,
  organisationId: string,
  personId: string,
  assignmentId: string,
) {
  const [row] = await db
    .select()
    .from(personAssignments)
    .where(
      and(
        eq(personAssignments.organisationId, organisationId),
        eq(personAssignments.personId, personId),
        eq(personAssignments.id, assignmentId),
      ),
    )
    .limit(1);
  return row;
}

/** Updates one assignment. */
export async function updateAssignment(
  db: DbOrTx,
  assignmentId: string,
  values: Partial<Omit<typeof personAssignments.$inferInsert, 'id' | 'organisationId' | 'personId'>>,
) {
  const [row] = await db
    .update(personAssignments)
    .set(values)
    .where(eq(personAssignments.id, assignmentId))
    .returning();
  return row;
}

/** Deletes one assignment. */
export async function deleteAssignment(db: DbOrTx, assignmentId: string): Promise<void> {
  await db.delete(personAssignments).where(eq(personAssignments.id, assignmentId));
}

/** The organisation's bodies (id, name, archived). */
export async function findBodies(db: DbOrTx, organisationId: string) {
  return await db
    .select({ id: bodies.id, name: bodies.name, archived: bodies.archived })
    .from(bodies)
    .where(eq(bodies.organisationId, organisationId))
    .orderBy(asc(bodies.position), asc(bodies.name));
}

/** The organisation's parties (id, code, name). */
export async function findParties(db: DbOrTx, organisationId: string) {
  return await db
    .select({ id: parties.id, abbreviation: parties.abbreviation, name: parties.name })
    .from(parties)
    .where(eq(parties.organisationId, organisationId));
}

/** The people of an organisation as the import's matching needs them (name, e-mail, birth year). */
export async function findPeopleForMatching(db: DbOrTx, organisationId: string) {
  return await db
    .select({
      id: people.id,
      name: people.name,
      birthYear: people.birthYear,
      email: personContactDetails.email,
      userId: people.userId,
    })
    .from(people)
    .leftJoin(personContactDetails, eq(personContactDetails.personId, people.id))
    .where(eq(people.organisationId, organisationId));
}

/** The election workers of one election, by name. */
export async function findElectionWorkers(db: DbOrTx, organisationId: string, electionDate: string) {
  return await db
    .select({ worker: electionWorkers, personName: people.name })
    .from(electionWorkers)
    .innerJoin(people, eq(people.id, electionWorkers.personId))
    .where(
      and(eq(electionWorkers.organisationId, organisationId), eq(electionWorkers.electionDate, electionDate)),
    )
    .orderBy(sql`lower(${people.name})`);
}

/** The elections of one person. */
export async function findElectionsOfPerson(db: DbOrTx, organisationId: string, personId: string) {
  return await db
    .select({ worker: electionWorkers, personName: people.name })
    .from(electionWorkers)
    .innerJoin(people, eq(people.id, electionWorkers.personId))
    .where(and(eq(electionWorkers.organisationId, organisationId), eq(electionWorkers.personId, personId)))
    .orderBy(asc(electionWorkers.electionDate));
}

/** The election days the organisation has workers for. */
export async function findElectionDates(db: DbOrTx, organisationId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ date: electionWorkers.electionDate })
    .from(electionWorkers)
    .where(eq(electionWorkers.organisationId, organisationId));
  return rows.map((row) => row.date);
}

/** Inserts an election worker; undefined when the person is already one at that election. */
export async function insertElectionWorker(db: DbOrTx, values: typeof electionWorkers.$inferInsert) {
  const [row] = await db.insert(electionWorkers).values(values).onConflictDoNothing().returning();
  return row;
}

/** Deletes an election worker of an organisation; whether it existed. */
export async function deleteElectionWorker(
  db: DbOrTx,
  organisationId: string,
  workerId: string,
): Promise<boolean> {
  const rows = await db
    .delete(electionWorkers)
    .where(and(eq(electionWorkers.organisationId, organisationId), eq(electionWorkers.id, workerId)))
    .returning({ id: electionWorkers.id });
  return rows.length > 0;
}
