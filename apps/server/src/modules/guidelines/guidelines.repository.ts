import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import {
  guidelineEndorsementFiles,
  guidelineEndorsements,
  guidelineVersions,
  parties,
} from '../../db/schema';

/** A guideline version row. */
export type GuidelineVersionRow = typeof guidelineVersions.$inferSelect;

const summary = {
  id: guidelineVersions.id,
  version: guidelineVersions.version,
  title: guidelineVersions.title,
  adoptedOn: guidelineVersions.adoptedOn,
  createdAt: guidelineVersions.createdAt,
};

/** Every version of an organisation without its texts, newest first. */
export async function findGuidelineVersions(db: DbOrTx, organisationId: string) {
  return await db
    .select(summary)
    .from(guidelineVersions)
    .where(eq(guidelineVersions.organisationId, organisationId))
    .orderBy(desc(guidelineVersions.version));
}

export type GuidelineVersionSummaryRow = Awaited<ReturnType<typeof findGuidelineVersions>>[number];

/** One version with its texts. */
export async function findGuidelineVersionById(
  db: DbOrTx,
  organisationId: string,
  versionId: string,
): Promise<GuidelineVersionRow | undefined> {
  const [row] = await db
    .select()
    .from(guidelineVersions)
    .where(and(eq(guidelineVersions.organisationId, organisationId), eq(guidelineVersions.id, versionId)))
    .limit(1);
  return row;
}

/** The next version number of an organisation (1 for the first). */
export async function nextGuidelineVersionNumber(db: DbOrTx, organisationId: string): Promise<number> {
  const [row] = await db
    .select({ max: sql<number | null>`max(${guidelineVersions.version})` })
    .from(guidelineVersions)
    .where(eq(guidelineVersions.organisationId, organisationId));
  return Number(row?.max ?? 0) + 1;
}

/** Inserts a version. */
export async function insertGuidelineVersion(
  db: DbOrTx,
  values: typeof guidelineVersions.$inferInsert,
): Promise<GuidelineVersionRow> {
  const [row] = await db.insert(guidelineVersions).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** The parties of an organisation as the endorsement status names them, largest first. */
export async function findPartyRefs(db: DbOrTx, organisationId: string, partyId?: string) {
  return await db
    .select({
      id: parties.id,
      name: parties.name,
      abbreviation: parties.abbreviation,
      colour: parties.colour,
    })
    .from(parties)
    .where(and(eq(parties.organisationId, organisationId), partyId ? eq(parties.id, partyId) : undefined))
    .orderBy(sql`${parties.councilSeats} desc`, asc(parties.name));
}

/** Every endorsement of an organisation (or of one party), with whether its signed page is kept. */
export async function findEndorsements(db: DbOrTx, organisationId: string, partyId?: string) {
  return await db
    .select({
      id: guidelineEndorsements.id,
      partyId: guidelineEndorsements.partyId,
      versionId: guidelineEndorsements.versionId,
      signedBy: guidelineEndorsements.signedBy,
      signedOn: guidelineEndorsements.signedOn,
      hasEvidence: sql<boolean>`${guidelineEndorsementFiles.endorsementId} is not null`,
    })
    .from(guidelineEndorsements)
    .leftJoin(
      guidelineEndorsementFiles,
      eq(guidelineEndorsementFiles.endorsementId, guidelineEndorsements.id),
    )
    .where(
      and(
        eq(guidelineEndorsements.organisationId, organisationId),
        partyId ? eq(guidelineEndorsements.partyId, partyId) : undefined,
      ),
    );
}

/** Records a party's endorsement of a version, replacing an earlier record of the same; its id. */
export async function upsertEndorsement(
  db: DbOrTx,
  values: typeof guidelineEndorsements.$inferInsert,
): Promise<string> {
  const [row] = await db
    .insert(guidelineEndorsements)
    .values(values)
    .onConflictDoUpdate({
      target: [guidelineEndorsements.partyId, guidelineEndorsements.versionId],
      set: {
        signedBy: values.signedBy,
        signedOn: values.signedOn,
        recordedByUserId: values.recordedByUserId,
        updatedAt: values.updatedAt,
      },
    })
    .returning({ id: guidelineEndorsements.id });
  if (!row) throw new Error('upsert returned no row');
  return row.id;
}

/** Stores the signed page of an endorsement, replacing the one it had. */
export async function upsertEndorsementFile(
  db: DbOrTx,
  values: typeof guidelineEndorsementFiles.$inferInsert,
): Promise<void> {
  const { endorsementId: _endorsementId, organisationId: _organisationId, ...changes } = values;
  await db
    .insert(guidelineEndorsementFiles)
    .values(values)
    .onConflictDoUpdate({ target: guidelineEndorsementFiles.endorsementId, set: changes });
}

/** The signed page of a party's endorsement of a version, with its bytes. */
export async function findEndorsementFile(
  db: DbOrTx,
  organisationId: string,
  versionId: string,
  partyId: string,
) {
  const [row] = await db
    .select({ file: guidelineEndorsementFiles })
    .from(guidelineEndorsements)
    .innerJoin(
      guidelineEndorsementFiles,
      eq(guidelineEndorsementFiles.endorsementId, guidelineEndorsements.id),
    )
    .where(
      and(
        eq(guidelineEndorsements.organisationId, organisationId),
        eq(guidelineEndorsements.versionId, versionId),
        eq(guidelineEndorsements.partyId, partyId),
      ),
    )
    .limit(1);
  return row?.file;
}
