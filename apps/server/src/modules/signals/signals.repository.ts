import { and, asc, desc, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { signals, users } from '../../db/schema';

/** A signal row. */
export type SignalRow = typeof signals.$inferSelect;

/** Inserts a signal. */
export async function insertSignal(db: DbOrTx, values: typeof signals.$inferInsert): Promise<SignalRow> {
  const [row] = await db.insert(signals).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** One signal of an organisation. */
export async function findSignalById(
  db: DbOrTx,
  organisationId: string,
  signalId: string,
): Promise<SignalRow | undefined> {
  const [row] = await db
    .select()
    .from(signals)
    .where(and(eq(signals.organisationId, organisationId), eq(signals.id, signalId)))
    .limit(1);
  return row;
}

/** Signals of an organisation (all, or one sender's), open ones first by urgency, then newest. */
export async function findSignals(
  db: DbOrTx,
  organisationId: string,
  createdByUserId: string | null,
  limit: number,
) {
  return await db
    .select({ record: signals, creatorName: users.name })
    .from(signals)
    .innerJoin(users, eq(users.id, signals.createdByUserId))
    .where(
      and(
        eq(signals.organisationId, organisationId),
        createdByUserId ? eq(signals.createdByUserId, createdByUserId) : undefined,
      ),
    )
    .orderBy(
      sql`${signals.status} in ('converted', 'dismissed')`,
      sql`case ${signals.urgency} when 'high' then 0 when 'medium' then 1 else 2 end`,
      desc(signals.createdAt),
    )
    .limit(limit);
}

/** The first open signals of an organisation: high urgency first, then the newest (the inbox). */
export async function findOpenSignals(db: DbOrTx, organisationId: string, limit: number) {
  return await db
    .select({
      id: signals.id,
      text: signals.text,
      urgency: signals.urgency,
      status: signals.status,
      createdAt: signals.createdAt,
    })
    .from(signals)
    .where(and(eq(signals.organisationId, organisationId), inArray(signals.status, ['new', 'acknowledged'])))
    .orderBy(
      sql`case ${signals.urgency} when 'high' then 0 when 'medium' then 1 else 2 end`,
      desc(signals.createdAt),
    )
    .limit(limit);
}

/** The number of open signals of an organisation. */
export async function countOpenSignals(db: DbOrTx, organisationId: string): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(signals)
    .where(and(eq(signals.organisationId, organisationId), inArray(signals.status, ['new', 'acknowledged'])));
  return row?.count ?? 0;
}

/** Updates a signal. */
export async function updateSignal(
  db: DbOrTx,
  organisationId: string,
  signalId: string,
  values: Partial<Omit<typeof signals.$inferInsert, 'id' | 'organisationId'>>,
): Promise<SignalRow | undefined> {
  const [row] = await db
    .update(signals)
    .set(values)
    .where(and(eq(signals.organisationId, organisationId), eq(signals.id, signalId)))
    .returning();
  return row;
}

/** Marks signals as told to the security unit. */
export async function markSignalsNotified(db: DbOrTx, ids: readonly string[], at: Date): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(signals)
    .set({ notifiedAt: at })
    .where(inArray(signals.id, [...ids]));
}

/** Signals not yet told to the security unit, sent before `before` (for the daily digest). */
export async function findUnnotifiedSignals(db: DbOrTx, before: Date) {
  return await db
    .select({ id: signals.id, organisationId: signals.organisationId })
    .from(signals)
    .where(and(isNull(signals.notifiedAt), lt(signals.createdAt, before)))
    .orderBy(asc(signals.createdAt))
    .limit(1000);
}
