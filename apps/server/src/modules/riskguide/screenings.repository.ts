import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { matters, screeningRows, screenings, users } from '../../db/schema';

/** A screening row. */
export type ScreeningRow = typeof screenings.$inferSelect;

/** Inserts a screening batch. */
export async function insertScreening(
  db: DbOrTx,
  values: typeof screenings.$inferInsert,
): Promise<ScreeningRow> {
  const [row] = await db.insert(screenings).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** Inserts the rows of a screening. */
export async function insertScreeningRows(
  db: DbOrTx,
  values: readonly (typeof screeningRows.$inferInsert)[],
): Promise<void> {
  if (values.length === 0) return;
  await db.insert(screeningRows).values([...values]);
}

/** One screening of an organisation, with the screener's name. */
export async function findScreeningById(db: DbOrTx, organisationId: string, screeningId: string) {
  const [row] = await db
    .select({ screening: screenings, screenedByName: users.name })
    .from(screenings)
    .leftJoin(users, eq(users.id, screenings.screenedByUserId))
    .where(and(eq(screenings.organisationId, organisationId), eq(screenings.id, screeningId)))
    .limit(1);
  return row;
}

/** The rows of a screening in their order, each with its matter. */
export async function findScreeningRows(db: DbOrTx, organisationId: string, screeningId: string) {
  return await db
    .select({ row: screeningRows, matter: matters })
    .from(screeningRows)
    .innerJoin(matters, eq(matters.id, screeningRows.matterId))
    .where(and(eq(screeningRows.organisationId, organisationId), eq(screeningRows.screeningId, screeningId)))
    .orderBy(asc(screeningRows.position));
}

/** The latest screenings of an organisation with their counts. */
export async function findScreeningsPage(db: DbOrTx, organisationId: string, limit: number) {
  return await db
    .select({
      screening: screenings,
      screenedByName: users.name,
      rows: sql<number>`(select count(*)::int from ${screeningRows} where ${screeningRows.screeningId} = ${screenings.id})`,
      needsStep2: sql<number>`(select count(*)::int from ${screeningRows} where ${screeningRows.screeningId} = ${screenings.id} and ${screeningRows.level} <> 'low')`,
      queued: sql<number>`(select count(*)::int from ${screeningRows} where ${screeningRows.screeningId} = ${screenings.id} and ${screeningRows.queuedAt} is not null)`,
    })
    .from(screenings)
    .leftJoin(users, eq(users.id, screenings.screenedByUserId))
    .where(eq(screenings.organisationId, organisationId))
    .orderBy(desc(screenings.screenedAt), desc(screenings.id))
    .limit(limit);
}

/** Marks rows of a screening as sent on to step 2. */
export async function markRowsQueued(
  db: DbOrTx,
  organisationId: string,
  rowIds: readonly string[],
  at: Date,
): Promise<void> {
  if (rowIds.length === 0) return;
  await db
    .update(screeningRows)
    .set({ queuedAt: at })
    .where(and(eq(screeningRows.organisationId, organisationId), inArray(screeningRows.id, [...rowIds])));
}
