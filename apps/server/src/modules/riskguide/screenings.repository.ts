import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { matters, screeningRows, screenings, users } from '../../db/schema';
import type { StoredScreeningPromptsV1, Writable } from '../../db/stored-shapes/riskguide';

/** A screening row. */
export type ScreeningRow = typeof screenings.$inferSelect;
/** Values of a row of a screening, its prompts in their stored shape (`db/stored-shapes/riskguide.ts`). */
export type NewScreeningRow = Omit<typeof screeningRows.$inferInsert, 'prompts'> & {
  prompts: Writable<StoredScreeningPromptsV1>;
};

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
export async function insertScreeningRows(db: DbOrTx, values: readonly NewScreeningRow[]): Promise<void> {
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

/**
 * Locks a screening until the end of the transaction, so that two sends of it on to step 2 (a
 * double click) run one after the other and the second sees what the first did.
 */
export async function lockScreening(db: DbOrTx, organisationId: string, screeningId: string): Promise<void> {
  await db
    .select({ id: screenings.id })
    .from(screenings)
    .where(and(eq(screenings.organisationId, organisationId), eq(screenings.id, screeningId)))
    .for('update');
}

/**
 * Marks rows of a screening as sent on to step 2, unless they already are (the first time is
 * kept). Returns the ids of the rows it marked.
 */
export async function markRowsQueued(
  db: DbOrTx,
  organisationId: string,
  rowIds: readonly string[],
  at: Date,
): Promise<string[]> {
  if (rowIds.length === 0) return [];
  const marked = await db
    .update(screeningRows)
    .set({ queuedAt: at })
    .where(
      and(
        eq(screeningRows.organisationId, organisationId),
        inArray(screeningRows.id, [...rowIds]),
        isNull(screeningRows.queuedAt),
      ),
    )
    .returning({ id: screeningRows.id });
  return marked.map((row) => row.id);
}
