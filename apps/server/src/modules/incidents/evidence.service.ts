import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import { strToU8, zipSync } from 'fflate';
import { Action, AuditAction, evidenceContentType, safeFileName, TimelineKind } from '@varn/domain';
import type { Evidence } from '@varn/contracts';
import type { AppContext, Caller } from '../../lib/context';
import { AppError, notFound } from '../../lib/errors';
import { audit } from '../audit';
import {
  findCustody,
  findEvidenceFile,
  findEvidenceOfIncident,
  insertCustodyEntry,
  insertEvidenceFile,
} from './evidence.repository';
import { findUserById } from '../users';
import { addTimelineEntry, loadIncident } from './incident-records';

/** Detects a file's type from its bytes (the domain decides what is kept); `null` when refused. */
export async function detectEvidenceType(content: Buffer, originalName: string): Promise<string | null> {
  const detected = await fileTypeFromBuffer(content);
  return evidenceContentType(detected ?? null, originalName, content.subarray(0, 16_384).toString('utf8'));
}

/**
 * Stores an evidence file of an incident (issue 3 §5): SHA-256 computed here, type detected from
 * the content (415 otherwise), the original name kept for display only; the upload opens the
 * file's chain of custody and the case's timeline.
 */
export async function uploadEvidence(
  ctx: AppContext,
  caller: Caller,
  incidentId: string,
  file: { originalName: string; content: Buffer },
): Promise<Evidence> {
  const contentType = await detectEvidenceType(file.content, file.originalName);
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const incident = await loadIncident(tx, caller, incidentId, Action.IncidentAddEvidence);
    if (!contentType) throw new AppError('file_type_not_allowed');
    const sha256 = createHash('sha256').update(file.content).digest('hex');
    const fileName = safeFileName(file.originalName);
    const { id } = await insertEvidenceFile(tx, {
      organisationId: caller.organisationId,
      incidentId: incident.id,
      fileName,
      contentType,
      sizeBytes: file.content.length,
      sha256,
      content: file.content,
      uploadedByUserId: caller.userId,
      uploadedAt: now,
    });
    await insertCustodyEntry(tx, {
      organisationId: caller.organisationId,
      evidenceId: id,
      at: now,
      actorUserId: caller.userId,
      action: 'uploaded',
    });
    await addTimelineEntry(tx, caller, incident, now, TimelineKind.Evidence, fileName, {
      sha256,
      size: file.content.length,
    });
    await audit(tx, caller, now, {
      action: AuditAction.EvidenceUpload,
      recordType: 'evidence',
      recordId: id,
      details: { incident: incident.id, sha256 },
    });
    return {
      id,
      fileName,
      contentType,
      size: file.content.length,
      sha256,
      uploadedAt: now.toISOString(),
      uploadedBy: {
        id: caller.userId,
        name: (await findUserById(tx, caller.organisationId, caller.userId))?.name ?? '',
      },
    };
  });
}

/** Reads a file for viewing (inline) or downloading; both are logged in the chain of custody and audited. */
export async function readEvidence(
  ctx: AppContext,
  caller: Caller,
  incidentId: string,
  fileId: string,
  disposition: 'inline' | 'attachment',
) {
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const incident = await loadIncident(tx, caller, incidentId, Action.IncidentRead);
    const file = await findEvidenceFile(tx, caller.organisationId, incident.id, fileId);
    if (!file) throw notFound();
    const action = disposition === 'inline' ? 'viewed' : 'downloaded';
    await insertCustodyEntry(tx, {
      organisationId: caller.organisationId,
      evidenceId: file.id,
      at: now,
      actorUserId: caller.userId,
      action,
    });
    await audit(tx, caller, now, {
      action: disposition === 'inline' ? AuditAction.EvidenceView : AuditAction.EvidenceDownload,
      recordType: 'evidence',
      recordId: file.id,
    });
    return file;
  });
}

/** The chain of custody of a file (security unit). */
export async function getCustody(ctx: AppContext, caller: Caller, incidentId: string, fileId: string) {
  const incident = await loadIncident(ctx.db, caller, incidentId, Action.IncidentHandle);
  const file = await findEvidenceFile(ctx.db, caller.organisationId, incident.id, fileId);
  if (!file) throw notFound();
  const entries = await findCustody(ctx.db, caller.organisationId, file.id);
  await ctx.db.transaction(async (tx) =>
    audit(tx, caller, ctx.clock(), {
      action: AuditAction.EvidenceCustodyRead,
      recordType: 'evidence',
      recordId: file.id,
    }),
  );
  return {
    entries: entries.map((entry) => ({
      at: entry.at.toISOString(),
      action: entry.action,
      actor: { id: entry.actorId, name: entry.actorName },
    })),
  };
}

/**
 * The police bundle: every evidence file of the case in one ZIP with a manifest of names, types,
 * sizes, SHA-256 sums and who uploaded each when. Every file gets an "exported" custody entry.
 */
export async function exportEvidenceBundle(
  ctx: AppContext,
  caller: Caller,
  incidentId: string,
): Promise<{ fileName: string; zip: Uint8Array }> {
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const incident = await loadIncident(tx, caller, incidentId, Action.IncidentHandle);
    const listed = await findEvidenceOfIncident(tx, caller.organisationId, incident.id);
    const exporter = await findUserById(tx, caller.organisationId, caller.userId);
    const entries: Record<string, Uint8Array> = {};
    const manifest = [
      `Värn – bevisning i ärende ${incident.reference}`,
      `Exporterad ${now.toISOString()} av ${exporter?.name ?? caller.userId}`,
      '',
      'nr;filnamn;typ;storlek (byte);sha256;uppladdad;uppladdad av',
    ];
    for (const [index, item] of listed.entries()) {
      const file = await findEvidenceFile(tx, caller.organisationId, incident.id, item.id);
      if (!file) continue;
      const number = String(index + 1).padStart(3, '0');
      entries[`${number}-${file.fileName}`] = new Uint8Array(file.content);
      manifest.push(
        [
          number,
          file.fileName,
          file.contentType,
          file.sizeBytes,
          file.sha256,
          file.uploadedAt.toISOString(),
          item.uploaderName,
        ].join(';'),
      );
      await insertCustodyEntry(tx, {
        organisationId: caller.organisationId,
        evidenceId: file.id,
        at: now,
        actorUserId: caller.userId,
        action: 'exported',
      });
    }
    entries['manifest.txt'] = strToU8(`${manifest.join('\r\n')}\r\n`);
    await audit(tx, caller, now, {
      action: AuditAction.EvidenceExport,
      recordType: 'incident',
      recordId: incident.id,
      details: { files: listed.length },
    });
    return { fileName: `varn-${incident.reference}-bevisning.zip`, zip: zipSync(entries, { level: 0 }) };
  });
}
