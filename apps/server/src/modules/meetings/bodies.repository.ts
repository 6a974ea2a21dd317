import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { BodyAssignment } from '@varn/domain';
import type { DbOrTx } from '../../db/client';
import { bodies, bodyMembers } from '../../db/schema';

/** A body row. */
export type BodyRow = typeof bodies.$inferSelect;
export type NewBody = typeof bodies.$inferInsert;

/** The bodies of an organisation: active first, then by position and name. */
export async function findBodies(db: DbOrTx, organisationId: string): Promise<BodyRow[]> {
  return await db
    .select()
    .from(bodies)
    .where(eq(bodies.organisationId, organisationId))
    .orderBy(asc(bodies.archived), asc(bodies.position), asc(bodies.name));
}

export async function findBodyById(
  db: DbOrTx,
  organisationId: string,
  bodyId: string,
): Promise<BodyRow | undefined> {
  const [row] = await db
    .select()
    .from(bodies)
    .where(and(eq(bodies.organisationId, organisationId), eq(bodies.id, bodyId)))
    .limit(1);
  return row;
}

/** Another body of the organisation with the same name (any case), for the name check. */
export async function findBodyByName(
  db: DbOrTx,
  organisationId: string,
  name: string,
): Promise<BodyRow | undefined> {
  const [row] = await db
    .select()
    .from(bodies)
    .where(and(eq(bodies.organisationId, organisationId), sql`lower(${bodies.name}) = lower(${name})`))
    .limit(1);
  return row;
}

export async function insertBody(db: DbOrTx, values: NewBody): Promise<BodyRow> {
  const [row] = await db.insert(bodies).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function updateBody(
  db: DbOrTx,
  organisationId: string,
  bodyId: string,
  values: Partial<Omit<NewBody, 'id' | 'organisationId' | 'createdAt'>>,
): Promise<BodyRow | undefined> {
  const [row] = await db
    .update(bodies)
    .set(values)
    .where(and(eq(bodies.organisationId, organisationId), eq(bodies.id, bodyId)))
    .returning();
  return row;
}

/** The members of bodies (without names: the users module has those). */
export async function findBodyMembers(
  db: DbOrTx,
  organisationId: string,
  bodyIds: readonly string[],
): Promise<{ bodyId: string; userId: string; assignment: BodyAssignment }[]> {
  if (bodyIds.length === 0) return [];
  return await db
    .select({ bodyId: bodyMembers.bodyId, userId: bodyMembers.userId, assignment: bodyMembers.assignment })
    .from(bodyMembers)
    .where(and(eq(bodyMembers.organisationId, organisationId), inArray(bodyMembers.bodyId, [...bodyIds])));
}

/** Replaces a body's members. */
export async function replaceBodyMembers(
  db: DbOrTx,
  organisationId: string,
  bodyId: string,
  members: readonly { userId: string; assignment: BodyAssignment }[],
  now: Date,
): Promise<void> {
  await db
    .delete(bodyMembers)
    .where(and(eq(bodyMembers.organisationId, organisationId), eq(bodyMembers.bodyId, bodyId)));
  if (members.length === 0) return;
  await db.insert(bodyMembers).values(
    members.map((member) => ({
      organisationId,
      bodyId,
      userId: member.userId,
      assignment: member.assignment,
      createdAt: now,
      updatedAt: now,
    })),
  );
}
