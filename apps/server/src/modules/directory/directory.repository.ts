import { and, asc, eq, gt, lt } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { onCallShifts, policeContacts, users } from '../../db/schema';

/** A police contact row. */
export type PoliceContactRow = typeof policeContacts.$inferSelect;
/** An on-call shift row. */
export type OnCallShiftRow = typeof onCallShifts.$inferSelect;

/** The police contacts of an organisation: current ones first, then by position and name. */
export async function findPoliceContacts(db: DbOrTx, organisationId: string): Promise<PoliceContactRow[]> {
  return await db
    .select()
    .from(policeContacts)
    .where(eq(policeContacts.organisationId, organisationId))
    .orderBy(asc(policeContacts.archived), asc(policeContacts.position), asc(policeContacts.name));
}

/** One police contact of an organisation. */
export async function findPoliceContactById(
  db: DbOrTx,
  organisationId: string,
  id: string,
): Promise<PoliceContactRow | undefined> {
  const [row] = await db
    .select()
    .from(policeContacts)
    .where(and(eq(policeContacts.organisationId, organisationId), eq(policeContacts.id, id)))
    .limit(1);
  return row;
}

/** Inserts a police contact. */
export async function insertPoliceContact(
  db: DbOrTx,
  values: typeof policeContacts.$inferInsert,
): Promise<PoliceContactRow> {
  const [row] = await db.insert(policeContacts).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** Changes a police contact of an organisation. */
export async function updatePoliceContact(
  db: DbOrTx,
  organisationId: string,
  id: string,
  values: Partial<Omit<typeof policeContacts.$inferInsert, 'id' | 'organisationId' | 'createdAt'>>,
): Promise<PoliceContactRow | undefined> {
  const [row] = await db
    .update(policeContacts)
    .set(values)
    .where(and(eq(policeContacts.organisationId, organisationId), eq(policeContacts.id, id)))
    .returning();
  return row;
}

/** The shifts that overlap `from`–`to`, earliest first, with the name of who is on call. */
export async function findOnCallShifts(db: DbOrTx, organisationId: string, from: Date, to: Date) {
  return await db
    .select({ shift: onCallShifts, name: users.name })
    .from(onCallShifts)
    .innerJoin(users, eq(users.id, onCallShifts.userId))
    .where(
      and(
        eq(onCallShifts.organisationId, organisationId),
        lt(onCallShifts.startsAt, to),
        gt(onCallShifts.endsAt, from),
      ),
    )
    .orderBy(asc(onCallShifts.startsAt));
}

/** One shift of an organisation. */
export async function findOnCallShiftById(
  db: DbOrTx,
  organisationId: string,
  id: string,
): Promise<OnCallShiftRow | undefined> {
  const [row] = await db
    .select()
    .from(onCallShifts)
    .where(and(eq(onCallShifts.organisationId, organisationId), eq(onCallShifts.id, id)))
    .limit(1);
  return row;
}

/** Inserts a shift. */
export async function insertOnCallShift(
  db: DbOrTx,
  values: typeof onCallShifts.$inferInsert,
): Promise<OnCallShiftRow> {
  const [row] = await db.insert(onCallShifts).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** Changes a shift of an organisation. */
export async function updateOnCallShift(
  db: DbOrTx,
  organisationId: string,
  id: string,
  values: Partial<Omit<typeof onCallShifts.$inferInsert, 'id' | 'organisationId' | 'createdAt'>>,
): Promise<OnCallShiftRow | undefined> {
  const [row] = await db
    .update(onCallShifts)
    .set(values)
    .where(and(eq(onCallShifts.organisationId, organisationId), eq(onCallShifts.id, id)))
    .returning();
  return row;
}

/** Removes a shift; whether there was one. */
export async function deleteOnCallShift(db: DbOrTx, organisationId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(onCallShifts)
    .where(and(eq(onCallShifts.organisationId, organisationId), eq(onCallShifts.id, id)))
    .returning({ id: onCallShifts.id });
  return rows.length > 0;
}
