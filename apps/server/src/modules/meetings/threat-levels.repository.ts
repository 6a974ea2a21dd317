import { desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { nationalThreatLevels } from '../../db/schema';

export type ThreatLevelRow = typeof nationalThreatLevels.$inferSelect;

/** The recorded changes of the national threat level of an organisation, newest first. */
export async function findThreatLevels(db: DbOrTx, organisationId: string): Promise<ThreatLevelRow[]> {
  return await db
    .select()
    .from(nationalThreatLevels)
    .where(eq(nationalThreatLevels.organisationId, organisationId))
    .orderBy(
      desc(nationalThreatLevels.changedOn),
      desc(nationalThreatLevels.recordedAt),
      desc(nationalThreatLevels.id),
    );
}

export async function insertThreatLevel(
  db: DbOrTx,
  values: typeof nationalThreatLevels.$inferInsert,
): Promise<ThreatLevelRow> {
  const [row] = await db.insert(nationalThreatLevels).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}
