import { and, asc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import { Role, UserStatus } from '@varn/domain';
import type { Locale } from '@varn/contracts';
import type { DbOrTx } from '../../db/client';
import { invitations, partyMemberships, users } from '../../db/schema';

/** A user row as the services use it (party affiliation joined in separately, see below). */
export type UserRow = typeof users.$inferSelect;

/**
 * The accounts of an e-mail address in every organisation, case-insensitively: only the login
 * uses this (one person may have accounts in several organisations, ADR 013).
 */
export async function findUsersByEmailForLogin(db: DbOrTx, email: string): Promise<UserRow[]> {
  return await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = lower(${email})`)
    .orderBy(asc(users.createdAt))
    .limit(50);
}

/** Finds a user of one organisation. */
export async function findUserById(
  db: DbOrTx,
  organisationId: string,
  userId: string,
): Promise<UserRow | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.organisationId, organisationId), eq(users.id, userId)))
    .limit(1);
  return row;
}

/** Which of `ids` are accounts of the organisation that are not deactivated, in one query. */
export async function findUserIdsNotDeactivated(
  db: DbOrTx,
  organisationId: string,
  ids: readonly string[],
): Promise<Set<string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Set();
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        eq(users.organisationId, organisationId),
        inArray(users.id, unique),
        ne(users.status, UserStatus.Deactivated),
      ),
    );
  return new Set(rows.map((row) => row.id));
}

/**
 * Whether an e-mail address already has an account in the organisation. Other organisations'
 * accounts are never looked at: they may have the same address (ADR 013).
 */
export async function existsUserWithEmail(
  db: DbOrTx,
  organisationId: string,
  email: string,
): Promise<boolean> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.organisationId, organisationId), sql`lower(${users.email}) = lower(${email})`))
    .limit(1);
  return row !== undefined;
}

/** Active security officers of an organisation (handlers, measure owners, recipients of notices). */
export async function findActiveOfficers(db: DbOrTx, organisationId: string) {
  return await db
    .select({ id: users.id, name: users.name, email: users.email, language: users.language })
    .from(users)
    .where(
      and(
        eq(users.organisationId, organisationId),
        eq(users.role, Role.SecurityOfficer),
        eq(users.status, UserStatus.Active),
      ),
    )
    .orderBy(asc(users.name));
}

/** Names of users of an organisation by id. */
export async function findUserNames(
  db: DbOrTx,
  organisationId: string,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.organisationId, organisationId), inArray(users.id, unique)));
  return new Map(rows.map((row) => [row.id, row.name]));
}

/**
 * Users of one organisation with their party affiliation and the expiry of an open invitation.
 * Callers must audit the read: the party column is special-category data.
 */
export async function findUsersWithParty(db: DbOrTx, organisationId: string, userId?: string) {
  return await db
    .select({
      user: users,
      partyId: partyMemberships.partyId,
      invitationExpiresAt: sql<Date | null>`(
        select max(${invitations.expiresAt}) from ${invitations}
        where ${invitations.userId} = ${users.id} and ${invitations.acceptedAt} is null and ${invitations.revokedAt} is null
      )`.mapWith((value: string | null) => (value === null ? null : new Date(value))),
    })
    .from(users)
    .leftJoin(partyMemberships, eq(partyMemberships.userId, users.id))
    .where(and(eq(users.organisationId, organisationId), userId ? eq(users.id, userId) : undefined))
    .orderBy(asc(users.name), asc(users.email));
}

/** The party a user belongs to, or null. */
export async function findPartyIdOfUser(
  db: DbOrTx,
  organisationId: string,
  userId: string,
): Promise<string | null> {
  const [row] = await db
    .select({ partyId: partyMemberships.partyId })
    .from(partyMemberships)
    .where(and(eq(partyMemberships.organisationId, organisationId), eq(partyMemberships.userId, userId)))
    .limit(1);
  return row?.partyId ?? null;
}

/** Inserts a user. */
export async function insertUser(
  db: DbOrTx,
  values: {
    organisationId: string;
    email: string;
    name: string;
    role: Role;
    language: Locale;
    status: UserStatus;
    passwordHash?: string | null;
    now: Date;
  },
): Promise<UserRow> {
  const [row] = await db
    .insert(users)
    .values({
      organisationId: values.organisationId,
      email: values.email,
      name: values.name,
      role: values.role,
      language: values.language,
      status: values.status,
      passwordHash: values.passwordHash ?? null,
      passwordChangedAt: values.passwordHash ? values.now : null,
      createdAt: values.now,
      updatedAt: values.now,
    })
    .returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** Updates columns of a user of one organisation; returns the new row. */
export async function updateUser(
  db: DbOrTx,
  organisationId: string,
  userId: string,
  values: Partial<Omit<typeof users.$inferInsert, 'id' | 'organisationId' | 'createdAt'>>,
): Promise<UserRow | undefined> {
  const [row] = await db
    .update(users)
    .set(values)
    .where(and(eq(users.organisationId, organisationId), eq(users.id, userId)))
    .returning();
  return row;
}

/** Sets or removes a user's party affiliation. */
export async function upsertPartyMembership(
  db: DbOrTx,
  organisationId: string,
  userId: string,
  partyId: string | null,
  now: Date,
): Promise<void> {
  if (partyId === null) {
    await db
      .delete(partyMemberships)
      .where(and(eq(partyMemberships.organisationId, organisationId), eq(partyMemberships.userId, userId)));
    return;
  }
  await db
    .insert(partyMemberships)
    .values({ organisationId, userId, partyId, createdAt: now, updatedAt: now })
    .onConflictDoUpdate({ target: partyMemberships.userId, set: { partyId, updatedAt: now } });
}

/** Counts users of an organisation by status (for the admin's overview). */
export async function countUsersByStatus(db: DbOrTx, organisationId: string) {
  return await db
    .select({ status: users.status, count: sql<number>`count(*)::int` })
    .from(users)
    .where(eq(users.organisationId, organisationId))
    .groupBy(users.status);
}

/** Whether an organisation has at least one active admin other than `exceptUserId`. */
export async function existsOtherActiveAdmin(
  db: DbOrTx,
  organisationId: string,
  exceptUserId: string,
): Promise<boolean> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        eq(users.organisationId, organisationId),
        eq(users.role, 'admin'),
        eq(users.status, UserStatus.Active),
        sql`${users.id} <> ${exceptUserId}`,
      ),
    )
    .limit(1);
  return row !== undefined;
}

/** Open invitations are revoked when a new one is sent or the account is deactivated. */
export async function revokeOpenInvitations(
  db: DbOrTx,
  organisationId: string,
  userId: string,
  now: Date,
): Promise<void> {
  await db
    .update(invitations)
    .set({ revokedAt: now })
    .where(
      and(
        eq(invitations.organisationId, organisationId),
        eq(invitations.userId, userId),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
      ),
    );
}

/**
 * Serialises changes that could leave an organisation without an active admin (two admins
 * deactivating or demoting each other at the same moment): held until the transaction ends.
 */
export async function lockOrganisationAdministration(db: DbOrTx, organisationId: string): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`admins:${organisationId}`}, 0))`);
}
