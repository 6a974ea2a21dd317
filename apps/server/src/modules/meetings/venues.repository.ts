import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { venueFloorPlans, venues } from '../../db/schema';

export type VenueRow = typeof venues.$inferSelect;
export type NewVenue = typeof venues.$inferInsert;
export type FloorPlanRow = typeof venueFloorPlans.$inferSelect;
/** A floor plan without its bytes. */
export type FloorPlanInfo = Omit<FloorPlanRow, 'content'>;

const floorPlanInfo = {
  venueId: venueFloorPlans.venueId,
  organisationId: venueFloorPlans.organisationId,
  fileName: venueFloorPlans.fileName,
  contentType: venueFloorPlans.contentType,
  sizeBytes: venueFloorPlans.sizeBytes,
  sha256: venueFloorPlans.sha256,
  uploadedByUserId: venueFloorPlans.uploadedByUserId,
  uploadedAt: venueFloorPlans.uploadedAt,
};

/** The venues of an organisation: active first, by name. */
export async function findVenues(db: DbOrTx, organisationId: string): Promise<VenueRow[]> {
  return await db
    .select()
    .from(venues)
    .where(eq(venues.organisationId, organisationId))
    .orderBy(asc(venues.archived), asc(venues.name), asc(venues.id));
}

export async function findVenueById(
  db: DbOrTx,
  organisationId: string,
  venueId: string,
): Promise<VenueRow | undefined> {
  const [row] = await db
    .select()
    .from(venues)
    .where(and(eq(venues.organisationId, organisationId), eq(venues.id, venueId)))
    .limit(1);
  return row;
}

export async function insertVenue(db: DbOrTx, values: NewVenue): Promise<VenueRow> {
  const [row] = await db.insert(venues).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function updateVenue(
  db: DbOrTx,
  organisationId: string,
  venueId: string,
  values: Partial<Omit<NewVenue, 'id' | 'organisationId' | 'createdAt'>>,
): Promise<VenueRow | undefined> {
  const [row] = await db
    .update(venues)
    .set(values)
    .where(and(eq(venues.organisationId, organisationId), eq(venues.id, venueId)))
    .returning();
  return row;
}

/** The floor plans (without bytes) of venues. */
export async function findFloorPlanInfos(
  db: DbOrTx,
  organisationId: string,
  venueIds: readonly string[],
): Promise<FloorPlanInfo[]> {
  if (venueIds.length === 0) return [];
  return await db
    .select(floorPlanInfo)
    .from(venueFloorPlans)
    .where(
      and(
        eq(venueFloorPlans.organisationId, organisationId),
        inArray(venueFloorPlans.venueId, [...venueIds]),
      ),
    );
}

/** A venue's floor plan with its bytes. */
export async function findFloorPlan(
  db: DbOrTx,
  organisationId: string,
  venueId: string,
): Promise<FloorPlanRow | undefined> {
  const [row] = await db
    .select()
    .from(venueFloorPlans)
    .where(and(eq(venueFloorPlans.organisationId, organisationId), eq(venueFloorPlans.venueId, venueId)))
    .limit(1);
  return row;
}

/** Stores a venue's floor plan, replacing the one it had. */
export async function upsertFloorPlan(db: DbOrTx, values: FloorPlanRow): Promise<void> {
  const { venueId: _venueId, organisationId: _organisationId, ...changes } = values;
  await db
    .insert(venueFloorPlans)
    .values(values)
    .onConflictDoUpdate({ target: venueFloorPlans.venueId, set: changes });
}

/** Removes a venue's floor plan; whether there was one. */
export async function deleteFloorPlan(db: DbOrTx, organisationId: string, venueId: string): Promise<boolean> {
  const rows = await db
    .delete(venueFloorPlans)
    .where(and(eq(venueFloorPlans.organisationId, organisationId), eq(venueFloorPlans.venueId, venueId)))
    .returning({ venueId: venueFloorPlans.venueId });
  return rows.length > 0;
}
