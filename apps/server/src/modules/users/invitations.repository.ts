import { and, eq, gt, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { invitations, organisations, users } from '../../db/schema';

/** Inserts an invitation (only the token's hash is stored). */
export async function insertInvitation(
  db: DbOrTx,
  values: {
    organisationId: string;
    userId: string;
    tokenHash: string;
    expiresAt: Date;
    createdByUserId: string | null;
    now: Date;
  },
): Promise<void> {
  await db.insert(invitations).values({
    organisationId: values.organisationId,
    userId: values.userId,
    tokenHash: values.tokenHash,
    expiresAt: values.expiresAt,
    createdByUserId: values.createdByUserId,
    createdAt: values.now,
  });
}

/** An open (unused, unrevoked, unexpired) invitation by token hash, with its user and organisation. */
export async function findOpenInvitation(db: DbOrTx, tokenHash: string, now: Date) {
  const [row] = await db
    .select({ invitation: invitations, user: users, organisationName: organisations.name })
    .from(invitations)
    .innerJoin(users, eq(users.id, invitations.userId))
    .innerJoin(organisations, eq(organisations.id, invitations.organisationId))
    .where(
      and(
        eq(invitations.tokenHash, tokenHash),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, now),
      ),
    )
    .limit(1);
  return row;
}

/** Marks an invitation used; returns false if someone else used it first. */
export async function markInvitationAccepted(db: DbOrTx, invitationId: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(invitations)
    .set({ acceptedAt: now })
    .where(
      and(eq(invitations.id, invitationId), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)),
    )
    .returning({ id: invitations.id });
  return rows.length > 0;
}
