import { index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { bytea, id } from './columns';
import { organisationId, users } from './accounts';
import { incidents } from './incidents';

/*
 * Evidence files and their chain of custody (issue 3 §5).
 */

/** Evidence files, kept in the database with their SHA-256 (issue 3 §5). */
export const evidenceFiles = pgTable(
  'evidence_files',
  {
    id: id(),
    organisationId: organisationId(),
    incidentId: uuid('incident_id')
      .notNull()
      .references(() => incidents.id),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedByUserId: uuid('uploaded_by_user_id')
      .notNull()
      .references(() => users.id),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('evidence_files_incident_idx').on(t.incidentId)],
);

/** Chain of custody of an evidence file: uploaded, viewed, downloaded, exported — who and when. */
export const evidenceCustody = pgTable(
  'evidence_custody',
  {
    id: id(),
    organisationId: organisationId(),
    evidenceId: uuid('evidence_id')
      .notNull()
      .references(() => evidenceFiles.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorUserId: uuid('actor_user_id')
      .notNull()
      .references(() => users.id),
    action: text('action').$type<'uploaded' | 'viewed' | 'downloaded' | 'exported'>().notNull(),
  },
  (t) => [index('evidence_custody_file_idx').on(t.evidenceId, t.at)],
);
