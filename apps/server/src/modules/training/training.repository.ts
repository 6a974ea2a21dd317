import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Attendance } from '@varn/domain';
import type { DbOrTx } from '../../db/client';
import {
  bodies,
  courses,
  electionWorkers,
  parties,
  partySecurityContacts,
  people,
  personAssignments,
  personContactDetails,
  personPartyAffiliations,
  trainingAttendance,
  trainingInvitations,
  trainingSessions,
} from '../../db/schema';

/*
 * Training's storage (issue 11 §3): courses, sessions, attendance and the campaign's invitations,
 * and the few reads of the register the training status needs — people's names, assignments,
 * election work, party contacts and (for the party figures only) affiliations. Every query is
 * scoped by organisation.
 */

export type CourseRow = typeof courses.$inferSelect;
export type SessionRow = typeof trainingSessions.$inferSelect;
export type InvitationRow = typeof trainingInvitations.$inferSelect;

// — Courses —

export async function findCourses(db: DbOrTx, organisationId: string): Promise<CourseRow[]> {
  return await db
    .select()
    .from(courses)
    .where(eq(courses.organisationId, organisationId))
    .orderBy(asc(courses.archived), asc(courses.createdAt), asc(courses.name));
}

export async function findCourseById(
  db: DbOrTx,
  organisationId: string,
  courseId: string,
): Promise<CourseRow | undefined> {
  const [row] = await db
    .select()
    .from(courses)
    .where(and(eq(courses.organisationId, organisationId), eq(courses.id, courseId)))
    .limit(1);
  return row;
}

/** Another course of the organisation with the same name (any case). */
export async function findCourseByName(
  db: DbOrTx,
  organisationId: string,
  name: string,
): Promise<CourseRow | undefined> {
  const [row] = await db
    .select()
    .from(courses)
    .where(and(eq(courses.organisationId, organisationId), sql`lower(${courses.name}) = lower(${name})`))
    .limit(1);
  return row;
}

export async function insertCourses(db: DbOrTx, rows: (typeof courses.$inferInsert)[]): Promise<CourseRow[]> {
  if (rows.length === 0) return [];
  return await db.insert(courses).values(rows).onConflictDoNothing().returning();
}

export async function updateCourse(
  db: DbOrTx,
  organisationId: string,
  courseId: string,
  changes: Partial<typeof courses.$inferInsert>,
): Promise<CourseRow | undefined> {
  const [row] = await db
    .update(courses)
    .set(changes)
    .where(and(eq(courses.organisationId, organisationId), eq(courses.id, courseId)))
    .returning();
  return row;
}

// — Sessions —

export async function findSessions(db: DbOrTx, organisationId: string): Promise<SessionRow[]> {
  return await db
    .select()
    .from(trainingSessions)
    .where(eq(trainingSessions.organisationId, organisationId))
    .orderBy(desc(trainingSessions.heldOn), desc(trainingSessions.createdAt));
}

export async function findSessionById(
  db: DbOrTx,
  organisationId: string,
  sessionId: string,
): Promise<SessionRow | undefined> {
  const [row] = await db
    .select()
    .from(trainingSessions)
    .where(and(eq(trainingSessions.organisationId, organisationId), eq(trainingSessions.id, sessionId)))
    .limit(1);
  return row;
}

export async function insertSession(
  db: DbOrTx,
  row: typeof trainingSessions.$inferInsert,
): Promise<SessionRow> {
  const [inserted] = await db.insert(trainingSessions).values(row).returning();
  if (!inserted) throw new Error('session not inserted');
  return inserted;
}

export async function updateSession(
  db: DbOrTx,
  organisationId: string,
  sessionId: string,
  changes: Partial<typeof trainingSessions.$inferInsert>,
): Promise<SessionRow | undefined> {
  const [row] = await db
    .update(trainingSessions)
    .set(changes)
    .where(and(eq(trainingSessions.organisationId, organisationId), eq(trainingSessions.id, sessionId)))
    .returning();
  return row;
}

/** Counts of attendance per status and of invitations, per session. */
export async function countSessionRows(
  db: DbOrTx,
  organisationId: string,
): Promise<Map<string, { attended: number; excused: number; absent: number; invited: number }>> {
  const attendance = await db
    .select({
      sessionId: trainingAttendance.sessionId,
      status: trainingAttendance.status,
      count: sql<number>`count(*)::int`,
    })
    .from(trainingAttendance)
    .where(eq(trainingAttendance.organisationId, organisationId))
    .groupBy(trainingAttendance.sessionId, trainingAttendance.status);
  const invited = await db
    .select({ sessionId: trainingInvitations.sessionId, count: sql<number>`count(*)::int` })
    .from(trainingInvitations)
    .where(eq(trainingInvitations.organisationId, organisationId))
    .groupBy(trainingInvitations.sessionId);
  const counts = new Map<string, { attended: number; excused: number; absent: number; invited: number }>();
  const of = (sessionId: string) => {
    const existing = counts.get(sessionId) ?? { attended: 0, excused: 0, absent: 0, invited: 0 };
    counts.set(sessionId, existing);
    return existing;
  };
  for (const row of attendance) of(row.sessionId)[row.status] = row.count;
  for (const row of invited) of(row.sessionId).invited = row.count;
  return counts;
}

// — Attendance —

export async function findSessionAttendance(db: DbOrTx, organisationId: string, sessionId: string) {
  return await db
    .select({
      personId: trainingAttendance.personId,
      name: people.name,
      status: trainingAttendance.status,
      note: trainingAttendance.note,
    })
    .from(trainingAttendance)
    .innerJoin(people, eq(people.id, trainingAttendance.personId))
    .where(
      and(eq(trainingAttendance.organisationId, organisationId), eq(trainingAttendance.sessionId, sessionId)),
    )
    .orderBy(asc(people.name));
}

/** Sets the attendance of the people given (insert or replace), leaving the others. */
export async function upsertAttendance(
  db: DbOrTx,
  rows: (typeof trainingAttendance.$inferInsert)[],
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insert(trainingAttendance)
    .values(rows)
    .onConflictDoUpdate({
      target: [trainingAttendance.sessionId, trainingAttendance.personId],
      set: {
        status: sql`excluded.status`,
        note: sql`excluded.note`,
        recordedByUserId: sql`excluded.recorded_by_user_id`,
        updatedAt: sql`excluded.updated_at`,
      },
    });
}

/** Attendance rows of sessions not cancelled, as the domain's status reads them, by person. */
export async function findAttendancesByPerson(
  db: DbOrTx,
  organisationId: string,
  personIds?: readonly string[],
): Promise<Map<string, Attendance[]>> {
  if (personIds?.length === 0) return new Map();
  const rows = await db
    .select({
      personId: trainingAttendance.personId,
      courseId: trainingSessions.courseId,
      heldOn: trainingSessions.heldOn,
      status: trainingAttendance.status,
    })
    .from(trainingAttendance)
    .innerJoin(trainingSessions, eq(trainingSessions.id, trainingAttendance.sessionId))
    .where(
      and(
        eq(trainingAttendance.organisationId, organisationId),
        isNull(trainingSessions.cancelledAt),
        personIds ? inArray(trainingAttendance.personId, [...personIds]) : undefined,
      ),
    );
  const byPerson = new Map<string, Attendance[]>();
  for (const { personId, ...attendance } of rows) {
    const list = byPerson.get(personId) ?? [];
    list.push(attendance);
    byPerson.set(personId, list);
  }
  return byPerson;
}

/** A person's history: every attendance row with its session and course, the latest first. */
export async function findPersonHistory(db: DbOrTx, organisationId: string, personId: string) {
  return await db
    .select({
      sessionId: trainingSessions.id,
      heldOn: trainingSessions.heldOn,
      status: trainingAttendance.status,
      course: { id: courses.id, kind: courses.kind, name: courses.name },
    })
    .from(trainingAttendance)
    .innerJoin(trainingSessions, eq(trainingSessions.id, trainingAttendance.sessionId))
    .innerJoin(courses, eq(courses.id, trainingSessions.courseId))
    .where(
      and(
        eq(trainingAttendance.organisationId, organisationId),
        eq(trainingAttendance.personId, personId),
        isNull(trainingSessions.cancelledAt),
      ),
    )
    .orderBy(desc(trainingSessions.heldOn));
}

// — Invitations —

export async function findInvitations(
  db: DbOrTx,
  organisationId: string,
  filter: { sessionId?: string; personId?: string; electionDate?: string },
) {
  return await db
    .select({
      invitation: trainingInvitations,
      name: people.name,
      heldOn: trainingSessions.heldOn,
      cancelled: sql<boolean>`${trainingSessions.cancelledAt} is not null`,
      course: { id: courses.id, kind: courses.kind, name: courses.name },
    })
    .from(trainingInvitations)
    .innerJoin(people, eq(people.id, trainingInvitations.personId))
    .innerJoin(trainingSessions, eq(trainingSessions.id, trainingInvitations.sessionId))
    .innerJoin(courses, eq(courses.id, trainingSessions.courseId))
    .where(
      and(
        eq(trainingInvitations.organisationId, organisationId),
        filter.sessionId ? eq(trainingInvitations.sessionId, filter.sessionId) : undefined,
        filter.personId ? eq(trainingInvitations.personId, filter.personId) : undefined,
        filter.electionDate ? eq(trainingInvitations.electionDate, filter.electionDate) : undefined,
      ),
    )
    .orderBy(asc(trainingSessions.heldOn), asc(people.name));
}

/** Inserts invitations; those already there (the same session and person) are skipped. */
export async function insertInvitations(
  db: DbOrTx,
  rows: (typeof trainingInvitations.$inferInsert)[],
): Promise<InvitationRow[]> {
  if (rows.length === 0) return [];
  return await db.insert(trainingInvitations).values(rows).onConflictDoNothing().returning();
}

/**
 * Invitations to remind on a day (YYYY-MM-DD), of every organisation or one: the session is not
 * cancelled and held from `from` to `to`, no reminder has been queued, and no attendance is
 * recorded for the person yet. Locked, so that two runs never remind the same invitation.
 */
export async function findInvitationsToRemind(
  db: DbOrTx,
  window: { from: string; to: string },
  organisationId?: string,
) {
  return await db
    .select({
      invitation: trainingInvitations,
      name: people.name,
      email: personContactDetails.email,
      heldOn: trainingSessions.heldOn,
      mode: trainingSessions.mode,
      place: trainingSessions.place,
      courseName: courses.name,
    })
    .from(trainingInvitations)
    .innerJoin(people, eq(people.id, trainingInvitations.personId))
    .innerJoin(trainingSessions, eq(trainingSessions.id, trainingInvitations.sessionId))
    .innerJoin(courses, eq(courses.id, trainingSessions.courseId))
    .leftJoin(personContactDetails, eq(personContactDetails.personId, trainingInvitations.personId))
    .where(
      and(
        organisationId ? eq(trainingInvitations.organisationId, organisationId) : undefined,
        isNull(trainingInvitations.remindedAt),
        isNull(trainingSessions.cancelledAt),
        sql`${trainingSessions.heldOn} between ${window.from} and ${window.to}`,
        sql`not exists (select 1 from ${trainingAttendance} where ${trainingAttendance.sessionId} = ${trainingInvitations.sessionId} and ${trainingAttendance.personId} = ${trainingInvitations.personId})`,
      ),
    )
    .for('update', { of: trainingInvitations, skipLocked: true });
}

export async function markInvitationReminded(db: DbOrTx, invitationId: string, at: Date): Promise<void> {
  await db
    .update(trainingInvitations)
    .set({ remindedAt: at, updatedAt: at })
    .where(eq(trainingInvitations.id, invitationId));
}

// — The register, as training reads it —

/** The organisation's people, by name: id, name and linked account only. */
export async function findPeople(db: DbOrTx, organisationId: string) {
  return await db
    .select({ id: people.id, name: people.name, userId: people.userId })
    .from(people)
    .where(eq(people.organisationId, organisationId))
    .orderBy(sql`lower(${people.name})`, asc(people.id));
}

export async function findPersonById(db: DbOrTx, organisationId: string, personId: string) {
  const [row] = await db
    .select({ id: people.id, name: people.name, userId: people.userId })
    .from(people)
    .where(and(eq(people.organisationId, organisationId), eq(people.id, personId)))
    .limit(1);
  return row;
}

export async function findPersonByUserId(db: DbOrTx, organisationId: string, userId: string) {
  const [row] = await db
    .select({ id: people.id, name: people.name, userId: people.userId })
    .from(people)
    .where(and(eq(people.organisationId, organisationId), eq(people.userId, userId)))
    .limit(1);
  return row;
}

/** The e-mail addresses of people, where they have one. */
export async function findEmails(
  db: DbOrTx,
  organisationId: string,
  personIds: readonly string[],
): Promise<Map<string, string>> {
  if (personIds.length === 0) return new Map();
  const rows = await db
    .select({ personId: personContactDetails.personId, email: personContactDetails.email })
    .from(personContactDetails)
    .where(
      and(
        eq(personContactDetails.organisationId, organisationId),
        inArray(personContactDetails.personId, [...personIds]),
      ),
    );
  return new Map(rows.flatMap((row) => (row.email ? [[row.personId, row.email] as const] : [])));
}

export async function findAssignments(db: DbOrTx, organisationId: string, personIds?: readonly string[]) {
  if (personIds?.length === 0) return [];
  return await db
    .select({
      personId: personAssignments.personId,
      bodyId: personAssignments.bodyId,
      role: personAssignments.role,
      termStart: personAssignments.termStart,
      termEnd: personAssignments.termEnd,
      commissioner: personAssignments.commissioner,
    })
    .from(personAssignments)
    .where(
      and(
        eq(personAssignments.organisationId, organisationId),
        personIds ? inArray(personAssignments.personId, [...personIds]) : undefined,
      ),
    );
}

/** A body's chairs and vice chairs (any term), for the meeting's readiness. */
export async function findChairAssignments(db: DbOrTx, organisationId: string, bodyId: string) {
  return await db
    .select({
      personId: personAssignments.personId,
      name: people.name,
      userId: people.userId,
      bodyId: personAssignments.bodyId,
      role: personAssignments.role,
      termStart: personAssignments.termStart,
      termEnd: personAssignments.termEnd,
      commissioner: personAssignments.commissioner,
    })
    .from(personAssignments)
    .innerJoin(people, eq(people.id, personAssignments.personId))
    .where(
      and(
        eq(personAssignments.organisationId, organisationId),
        eq(personAssignments.bodyId, bodyId),
        inArray(personAssignments.role, ['chair', 'vice_chair']),
      ),
    );
}

export async function findElectionWork(db: DbOrTx, organisationId: string, personIds?: readonly string[]) {
  if (personIds?.length === 0) return [];
  return await db
    .select({ personId: electionWorkers.personId, electionDate: electionWorkers.electionDate })
    .from(electionWorkers)
    .where(
      and(
        eq(electionWorkers.organisationId, organisationId),
        personIds ? inArray(electionWorkers.personId, [...personIds]) : undefined,
      ),
    );
}

/** The people who are a party's security contact or deputy. */
export async function findPartyContactPeople(db: DbOrTx, organisationId: string): Promise<Set<string>> {
  const rows = await db
    .select({ contact: partySecurityContacts.contactPersonId, deputy: partySecurityContacts.deputyPersonId })
    .from(partySecurityContacts)
    .where(eq(partySecurityContacts.organisationId, organisationId));
  return new Set(rows.flatMap((row) => [row.contact, row.deputy].filter((id): id is string => id !== null)));
}

/**
 * Party affiliations (special-category data, ADR 018), read whole — never filtered by party in
 * SQL — for the suppressed party figures and one party's own training page.
 */
export async function findAffiliations(db: DbOrTx, organisationId: string): Promise<Map<string, string>> {
  const rows = await db
    .select({ personId: personPartyAffiliations.personId, partyId: personPartyAffiliations.partyId })
    .from(personPartyAffiliations)
    .where(eq(personPartyAffiliations.organisationId, organisationId));
  return new Map(rows.map((row) => [row.personId, row.partyId]));
}

export async function findPartyNames(db: DbOrTx, organisationId: string) {
  return await db
    .select({ id: parties.id, name: parties.name, abbreviation: parties.abbreviation })
    .from(parties)
    .where(eq(parties.organisationId, organisationId))
    .orderBy(asc(parties.name));
}

export async function findBodyNames(db: DbOrTx, organisationId: string) {
  return await db
    .select({ id: bodies.id, name: bodies.name })
    .from(bodies)
    .where(and(eq(bodies.organisationId, organisationId), eq(bodies.archived, false)))
    .orderBy(asc(bodies.position), asc(bodies.name));
}
