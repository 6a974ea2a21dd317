import { and, desc, eq, isNull, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { organisations, partyMemberships, sessions, users, type SessionMfaState } from '../../db/schema';

/** Inserts a session; the token itself is never stored, only its hash. */
export async function insertSession(
  db: DbOrTx,
  values: {
    organisationId: string;
    userId: string;
    tokenHash: string;
    mfaState: SessionMfaState;
    ip: string | null;
    userAgent: string | null;
    now: Date;
  },
) {
  const [row] = await db
    .insert(sessions)
    .values({
      organisationId: values.organisationId,
      userId: values.userId,
      tokenHash: values.tokenHash,
      mfaState: values.mfaState,
      ip: values.ip,
      userAgent: values.userAgent,
      createdAt: values.now,
      lastSeenAt: values.now,
    })
    .returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/**
 * Loads an unrevoked session with everything a request needs: the user, the organisation's
 * session and MFA settings, and the user's party (for party-scoped access rules).
 */
export async function findSessionByTokenHash(db: DbOrTx, tokenHash: string) {
  const [row] = await db
    .select({
      session: sessions,
      user: users,
      organisation: {
        id: organisations.id,
        name: organisations.name,
        mfaRequiredRoles: organisations.mfaRequiredRoles,
        idleMinutes: organisations.sessionIdleMinutes,
        absoluteHours: organisations.sessionAbsoluteHours,
      },
      partyId: partyMemberships.partyId,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(organisations, eq(organisations.id, sessions.organisationId))
    .leftJoin(partyMemberships, eq(partyMemberships.userId, users.id))
    .where(and(eq(sessions.tokenHash, tokenHash), isNull(sessions.revokedAt)))
    .limit(1);
  return row;
}

/** Records activity; callers skip it when the last update is recent, to spare writes. */
export async function touchSession(db: DbOrTx, sessionId: string, now: Date): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, sessionId));
}

/** Ends one session. */
export async function revokeSession(db: DbOrTx, sessionId: string, now: Date): Promise<void> {
  await db
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)));
}

/** Ends one of a user's sessions; returns whether it existed. */
export async function revokeSessionOfUser(
  db: DbOrTx,
  userId: string,
  sessionId: string,
  now: Date,
): Promise<boolean> {
  const rows = await db
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.id, sessionId), eq(sessions.userId, userId), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id });
  return rows.length > 0;
}

/** Ends every session of a user except `keepSessionId` (all of them when it is null); returns how many. */
export async function revokeSessionsOfUser(
  db: DbOrTx,
  userId: string,
  keepSessionId: string | null,
  now: Date,
): Promise<number> {
  const rows = await db
    .update(sessions)
    .set({ revokedAt: now })
    .where(
      and(
        eq(sessions.userId, userId),
        isNull(sessions.revokedAt),
        keepSessionId ? ne(sessions.id, keepSessionId) : undefined,
      ),
    )
    .returning({ id: sessions.id });
  return rows.length;
}

/** Moves a session to another MFA state (after a code or an enrolment) under a new token. */
export async function updateSessionAfterMfa(
  db: DbOrTx,
  sessionId: string,
  values: { mfaState: SessionMfaState; tokenHash: string; now: Date },
): Promise<void> {
  await db
    .update(sessions)
    .set({ mfaState: values.mfaState, tokenHash: values.tokenHash, lastSeenAt: values.now })
    .where(eq(sessions.id, sessionId));
}

/** A user's unrevoked sessions, newest activity first. */
export async function findOpenSessionsOfUser(db: DbOrTx, userId: string) {
  return await db
    .select()
    .from(sessions)
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)))
    .orderBy(desc(sessions.lastSeenAt));
}

/** Deletes sessions that ended (revoked or long expired) before `before`: housekeeping. */
export async function deleteEndedSessions(db: DbOrTx, before: Date): Promise<number> {
  const rows = await db
    .delete(sessions)
    .where(sql`coalesce(${sessions.revokedAt}, ${sessions.lastSeenAt}) < ${before}`)
    .returning({ id: sessions.id });
  return rows.length;
}
