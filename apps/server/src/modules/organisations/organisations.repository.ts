import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { organisations } from '../../db/schema';

/** An organisation row. */
export type OrganisationRow = typeof organisations.$inferSelect;

/** Finds an organisation by id. */
export async function findOrganisationById(
  db: DbOrTx,
  organisationId: string,
): Promise<OrganisationRow | undefined> {
  const [row] = await db.select().from(organisations).where(eq(organisations.id, organisationId)).limit(1);
  return row;
}

/** Finds an organisation by its name, case-insensitively (the CLI addresses organisations by name). */
export async function findOrganisationByName(db: DbOrTx, name: string): Promise<OrganisationRow | undefined> {
  const [row] = await db
    .select()
    .from(organisations)
    .where(sql`lower(${organisations.name}) = lower(${name})`)
    .limit(1);
  return row;
}

/** Whether any organisation exists (a fresh database has none). */
export async function existsAnyOrganisation(db: DbOrTx): Promise<boolean> {
  const [row] = await db.select({ id: organisations.id }).from(organisations).limit(1);
  return row !== undefined;
}

/** Inserts an organisation. */
export async function insertOrganisation(
  db: DbOrTx,
  values: typeof organisations.$inferInsert,
): Promise<OrganisationRow> {
  const [row] = await db.insert(organisations).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** Updates an organisation; returns the new row. */
export async function updateOrganisation(
  db: DbOrTx,
  organisationId: string,
  values: Partial<Omit<typeof organisations.$inferInsert, 'id' | 'createdAt'>>,
): Promise<OrganisationRow | undefined> {
  const [row] = await db
    .update(organisations)
    .set(values)
    .where(eq(organisations.id, organisationId))
    .returning();
  return row;
}

/** The ids of every organisation (start-up maintenance). */
export async function findAllOrganisationIds(db: DbOrTx): Promise<{ id: string }[]> {
  return await db.select({ id: organisations.id }).from(organisations);
}
