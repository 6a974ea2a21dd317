import { and, asc, eq, ne } from 'drizzle-orm';
import type { LogEntryKind } from '@varn/domain';
import type { DbOrTx } from '../../db/client';
import { incidents, meetingLogEntries, meetingLogFollowers, users } from '../../db/schema';

/** A stored log entry. */
export type LogEntryRow = typeof meetingLogEntries.$inferSelect;

/**
 * Stores an entry unless its id is taken (`on conflict (id) do nothing`): the stored row, or
 * undefined when an entry with that id already exists (a retry, or a clash).
 */
export async function insertLogEntryIfNew(
  db: DbOrTx,
  values: {
    id: string;
    organisationId: string;
    meetingId: string;
    kind: LogEntryKind;
    text: string;
    occurredAt: Date;
    recordedAt: Date;
    createdByUserId: string;
  },
): Promise<LogEntryRow | undefined> {
  const [row] = await db
    .insert(meetingLogEntries)
    .values(values)
    .onConflictDoNothing({ target: meetingLogEntries.id })
    .returning();
  return row;
}

/** An entry by its id, whatever its organisation (ids are the clients': the clash check needs it). */
export async function findLogEntryById(db: DbOrTx, id: string): Promise<LogEntryRow | undefined> {
  const [row] = await db.select().from(meetingLogEntries).where(eq(meetingLogEntries.id, id)).limit(1);
  return row;
}

/** An entry of a meeting, locked for the rest of the transaction (turning it into an incident). */
export async function findLogEntryForUpdate(
  db: DbOrTx,
  organisationId: string,
  meetingId: string,
  id: string,
): Promise<LogEntryRow | undefined> {
  const [row] = await db
    .select()
    .from(meetingLogEntries)
    .where(
      and(
        eq(meetingLogEntries.organisationId, organisationId),
        eq(meetingLogEntries.meetingId, meetingId),
        eq(meetingLogEntries.id, id),
      ),
    )
    .for('update')
    .limit(1);
  return row;
}

/** Records the incident an entry became. */
export async function setLogEntryIncident(
  db: DbOrTx,
  organisationId: string,
  id: string,
  incidentId: string,
): Promise<void> {
  await db
    .update(meetingLogEntries)
    .set({ incidentId })
    .where(and(eq(meetingLogEntries.organisationId, organisationId), eq(meetingLogEntries.id, id)));
}

/** A meeting's entries with their writers' names and incidents' references, in the index's order. */
export async function findLogEntries(db: DbOrTx, organisationId: string, meetingId: string) {
  return await db
    .select({ entry: meetingLogEntries, writerName: users.name, incidentReference: incidents.reference })
    .from(meetingLogEntries)
    .innerJoin(users, eq(users.id, meetingLogEntries.createdByUserId))
    .leftJoin(incidents, eq(incidents.id, meetingLogEntries.incidentId))
    .where(
      and(eq(meetingLogEntries.organisationId, organisationId), eq(meetingLogEntries.meetingId, meetingId)),
    )
    .orderBy(asc(meetingLogEntries.occurredAt), asc(meetingLogEntries.recordedAt), asc(meetingLogEntries.id));
}

/** One entry with its writer's name and incident's reference. */
export async function findLogEntryView(db: DbOrTx, organisationId: string, id: string) {
  const [row] = await db
    .select({ entry: meetingLogEntries, writerName: users.name, incidentReference: incidents.reference })
    .from(meetingLogEntries)
    .innerJoin(users, eq(users.id, meetingLogEntries.createdByUserId))
    .leftJoin(incidents, eq(incidents.id, meetingLogEntries.incidentId))
    .where(and(eq(meetingLogEntries.organisationId, organisationId), eq(meetingLogEntries.id, id)))
    .limit(1);
  return row;
}

/** Whether a user follows a meeting's log. */
export async function isFollowingLog(db: DbOrTx, meetingId: string, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ userId: meetingLogFollowers.userId })
    .from(meetingLogFollowers)
    .where(and(eq(meetingLogFollowers.meetingId, meetingId), eq(meetingLogFollowers.userId, userId)))
    .limit(1);
  return row !== undefined;
}

export async function insertLogFollower(
  db: DbOrTx,
  values: { organisationId: string; meetingId: string; userId: string; now: Date },
): Promise<boolean> {
  const rows = await db
    .insert(meetingLogFollowers)
    .values({
      organisationId: values.organisationId,
      meetingId: values.meetingId,
      userId: values.userId,
      createdAt: values.now,
    })
    .onConflictDoNothing()
    .returning();
  return rows.length > 0;
}

export async function deleteLogFollower(
  db: DbOrTx,
  organisationId: string,
  meetingId: string,
  userId: string,
): Promise<boolean> {
  const rows = await db
    .delete(meetingLogFollowers)
    .where(
      and(
        eq(meetingLogFollowers.organisationId, organisationId),
        eq(meetingLogFollowers.meetingId, meetingId),
        eq(meetingLogFollowers.userId, userId),
      ),
    )
    .returning();
  return rows.length > 0;
}

/**
 * The followers to tell about a new entry: active users of the organisation following the log,
 * except its writer.
 */
export async function findLogFollowersToNotify(
  db: DbOrTx,
  organisationId: string,
  meetingId: string,
  writerId: string,
) {
  return await db
    .select({ id: users.id, email: users.email, language: users.language, role: users.role })
    .from(meetingLogFollowers)
    .innerJoin(users, eq(users.id, meetingLogFollowers.userId))
    .where(
      and(
        eq(meetingLogFollowers.organisationId, organisationId),
        eq(meetingLogFollowers.meetingId, meetingId),
        ne(meetingLogFollowers.userId, writerId),
        eq(users.status, 'active'),
        eq(users.organisationId, organisationId),
      ),
    );
}
