import { eq, inArray, lt, sql } from 'drizzle-orm';
import type { ThrottleState } from '@varn/domain';
import type { DbOrTx } from '../../db/client';
import { loginThrottles } from '../../db/schema';

/** The failure counters of the given keys. */
export async function findThrottleStates(
  db: DbOrTx,
  keys: readonly string[],
): Promise<Map<string, ThrottleState>> {
  if (keys.length === 0) return new Map();
  const rows = await db
    .select()
    .from(loginThrottles)
    .where(inArray(loginThrottles.key, [...keys]));
  return new Map(rows.map((row) => [row.key, { failures: row.failures, lastFailureAt: row.lastFailureAt }]));
}

/**
 * Counts one more failure for a key; a counter whose last failure is older than
 * `forgetAfterSeconds` starts over at 1. Atomic, so concurrent attempts all count.
 */
export async function recordThrottleFailure(
  db: DbOrTx,
  key: string,
  now: Date,
  forgetAfterSeconds: number,
): Promise<void> {
  await db
    .insert(loginThrottles)
    .values({ key, failures: 1, lastFailureAt: now })
    .onConflictDoUpdate({
      target: loginThrottles.key,
      set: {
        failures: sql`case when ${loginThrottles.lastFailureAt} < ${now}::timestamptz - make_interval(secs => ${forgetAfterSeconds})
          then 1 else ${loginThrottles.failures} + 1 end`,
        lastFailureAt: now,
      },
    });
}

/** Forgets a key's failures (after a successful login for the account key). */
export async function deleteThrottle(db: DbOrTx, key: string): Promise<void> {
  await db.delete(loginThrottles).where(eq(loginThrottles.key, key));
}

/** Deletes counters whose last failure is older than `before` (housekeeping). */
export async function deleteThrottlesBefore(db: DbOrTx, before: Date): Promise<void> {
  await db.delete(loginThrottles).where(lt(loginThrottles.lastFailureAt, before));
}
