import { and, asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { evidenceCustody, evidenceFiles, users } from '../../db/schema';

/** The evidence of an incident (without the content), with the uploader's name. */
export async function findEvidenceOfIncident(db: DbOrTx, organisationId: string, incidentId: string) {
  return await db
    .select({
      id: evidenceFiles.id,
      fileName: evidenceFiles.fileName,
      contentType: evidenceFiles.contentType,
      sizeBytes: evidenceFiles.sizeBytes,
      sha256: evidenceFiles.sha256,
      uploadedAt: evidenceFiles.uploadedAt,
      uploadedByUserId: evidenceFiles.uploadedByUserId,
      uploaderName: users.name,
    })
    .from(evidenceFiles)
    .innerJoin(users, eq(users.id, evidenceFiles.uploadedByUserId))
    .where(and(eq(evidenceFiles.organisationId, organisationId), eq(evidenceFiles.incidentId, incidentId)))
    .orderBy(asc(evidenceFiles.uploadedAt));
}

/** One file of an incident, with its content. */
export async function findEvidenceFile(
  db: DbOrTx,
  organisationId: string,
  incidentId: string,
  fileId: string,
) {
  const [row] = await db
    .select()
    .from(evidenceFiles)
    .where(
      and(
        eq(evidenceFiles.organisationId, organisationId),
        eq(evidenceFiles.incidentId, incidentId),
        eq(evidenceFiles.id, fileId),
      ),
    )
    .limit(1);
  return row;
}

/** Stores a file. */
export async function insertEvidenceFile(db: DbOrTx, values: typeof evidenceFiles.$inferInsert) {
  const [row] = await db.insert(evidenceFiles).values(values).returning({ id: evidenceFiles.id });
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** Appends to a file's chain of custody. */
export async function insertCustodyEntry(
  db: DbOrTx,
  values: {
    organisationId: string;
    evidenceId: string;
    at: Date;
    actorUserId: string;
    action: 'uploaded' | 'viewed' | 'downloaded' | 'exported';
  },
): Promise<void> {
  await db.insert(evidenceCustody).values(values);
}

/** A file's chain of custody, oldest first. */
export async function findCustody(db: DbOrTx, organisationId: string, evidenceId: string) {
  return await db
    .select({
      at: evidenceCustody.at,
      action: evidenceCustody.action,
      actorId: users.id,
      actorName: users.name,
    })
    .from(evidenceCustody)
    .innerJoin(users, eq(users.id, evidenceCustody.actorUserId))
    .where(
      and(eq(evidenceCustody.organisationId, organisationId), eq(evidenceCustody.evidenceId, evidenceId)),
    )
    .orderBy(asc(evidenceCustody.at));
}
