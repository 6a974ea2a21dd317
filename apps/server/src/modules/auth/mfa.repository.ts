import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { mfaRecoveryCodes } from '../../db/schema';

/** Replaces a user's recovery codes with new ones (hashes). */
export async function replaceRecoveryCodes(
  db: DbOrTx,
  organisationId: string,
  userId: string,
  codeHashes: readonly string[],
  now: Date,
): Promise<void> {
  await db.delete(mfaRecoveryCodes).where(eq(mfaRecoveryCodes.userId, userId));
  if (codeHashes.length === 0) return;
  await db
    .insert(mfaRecoveryCodes)
    .values(codeHashes.map((codeHash) => ({ organisationId, userId, codeHash, createdAt: now })));
}

/** Uses an unused recovery code; returns whether one matched. Atomic: a code works once. */
export async function consumeRecoveryCode(
  db: DbOrTx,
  userId: string,
  codeHash: string,
  now: Date,
): Promise<boolean> {
  const rows = await db
    .update(mfaRecoveryCodes)
    .set({ usedAt: now })
    .where(
      and(
        eq(mfaRecoveryCodes.userId, userId),
        eq(mfaRecoveryCodes.codeHash, codeHash),
        isNull(mfaRecoveryCodes.usedAt),
      ),
    )
    .returning({ id: mfaRecoveryCodes.id });
  return rows.length > 0;
}
