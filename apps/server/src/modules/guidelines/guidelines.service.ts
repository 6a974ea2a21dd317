import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import {
  Action,
  allowedEndorsementEvidenceTypes,
  AuditAction,
  can,
  currentGuidelineVersion,
  endorsementProblem,
  endorsementStatus,
  safeFileName,
  swedishDate,
} from '@varn/domain';
import {
  endorsementFieldsSchema,
  translateIssue,
  type CreateGuidelineVersionBody,
  type EndorsementMatrix,
  type GuidelineVersionList,
  type GuidelineVersionSummary,
  type GuidelineVersionView,
  type PartyEndorsement,
} from '@varn/contracts';
import type { DbOrTx } from '../../db/client';
import type { AppContext, Caller } from '../../lib/context';
import { authorizeOrThrow } from '../../lib/authorize';
import { AppError, notFound, ruleViolation, type FieldMessage } from '../../lib/errors';
import { audit } from '../audit';
import {
  findEndorsementFile,
  findEndorsements,
  findGuidelineVersionById,
  findGuidelineVersions,
  findPartyRefs,
  insertGuidelineVersion,
  nextGuidelineVersionNumber,
  upsertEndorsement,
  upsertEndorsementFile,
  type GuidelineVersionSummaryRow,
} from './guidelines.repository';

/*
 * The ethical guidelines (issue 11 §4, ADR 018): versions with Swedish and English texts, read by
 * everyone; each party's endorsement of a version with its signed page. A new version has no
 * endorsements, so every party must sign again (domain `endorsementStatus`). Which parties endorsed
 * is a fact about parties (viewers see it); who signed and the page only the unit, the admin and
 * the party's own contact.
 */

const guidelines = (caller: Caller, versionId?: string) =>
  ({
    type: 'guideline',
    organisationId: caller.organisationId,
    ...(versionId ? { versionId } : {}),
  }) as const;
const party = (caller: Caller, partyId?: string) =>
  ({ type: 'party', organisationId: caller.organisationId, ...(partyId ? { partyId } : {}) }) as const;

const toSummary = (row: GuidelineVersionSummaryRow): GuidelineVersionSummary => ({
  id: row.id,
  version: row.version,
  title: row.title,
  adoptedOn: row.adoptedOn,
  createdAt: row.createdAt.toISOString(),
});

/** The version in force on `today` among an organisation's versions. */
async function currentVersion(db: DbOrTx, organisationId: string, today: string) {
  return currentGuidelineVersion(await findGuidelineVersions(db, organisationId), today);
}

/** `GET /api/guidelines`: every version, newest first (everyone). */
export async function listGuidelineVersions(ctx: AppContext, caller: Caller): Promise<GuidelineVersionList> {
  authorizeOrThrow(caller, Action.GuidelineRead, guidelines(caller));
  const rows = await findGuidelineVersions(ctx.db, caller.organisationId);
  const current = currentGuidelineVersion(rows, swedishDate(ctx.clock()));
  return { versions: rows.map(toSummary), currentVersionId: current?.id ?? null };
}

/** `GET /api/guidelines/{id}`: one version with its texts (everyone). */
export async function getGuidelineVersion(
  ctx: AppContext,
  caller: Caller,
  versionId: string,
): Promise<GuidelineVersionView> {
  const row = await findGuidelineVersionById(ctx.db, caller.organisationId, versionId);
  if (!row) throw notFound();
  authorizeOrThrow(caller, Action.GuidelineRead, guidelines(caller, row.id));
  const current = await currentVersion(ctx.db, caller.organisationId, swedishDate(ctx.clock()));
  return { ...toSummary(row), textSv: row.textSv, textEn: row.textEn, current: current?.id === row.id };
}

/** `POST /api/guidelines` (admin, unit): the next version; every party must endorse it anew. */
export async function createGuidelineVersion(
  ctx: AppContext,
  caller: Caller,
  body: CreateGuidelineVersionBody,
): Promise<GuidelineVersionView> {
  authorizeOrThrow(caller, Action.GuidelineManage, guidelines(caller));
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const row = await insertGuidelineVersion(tx, {
      organisationId: caller.organisationId,
      version: await nextGuidelineVersionNumber(tx, caller.organisationId),
      title: body.title,
      textSv: body.textSv,
      textEn: body.textEn,
      adoptedOn: body.adoptedOn,
      createdByUserId: caller.userId,
      createdAt: now,
      updatedAt: now,
    });
    await audit(tx, caller, now, {
      action: AuditAction.GuidelineVersionCreate,
      recordType: 'guideline',
      recordId: row.id,
      details: { version: row.version, adoptedOn: row.adoptedOn },
    });
    const current = await currentVersion(tx, caller.organisationId, swedishDate(now));
    return { ...toSummary(row), textSv: row.textSv, textEn: row.textEn, current: current?.id === row.id };
  });
}

/**
 * `GET /api/guidelines/endorsements`: every party's standing with the version in force (admin,
 * unit, viewers; a party contact reads their own party's on their party page). The signer's name
 * only for those who may read the evidence.
 */
export async function getEndorsementMatrix(ctx: AppContext, caller: Caller): Promise<EndorsementMatrix> {
  authorizeOrThrow(caller, Action.PartyReadEndorsement, party(caller));
  const withSigner = can(caller, Action.PartyReadEndorsementEvidence, party(caller));
  const today = swedishDate(ctx.clock());
  return await ctx.db.transaction(async (tx) => {
    const current = await currentVersion(tx, caller.organisationId, today);
    const endorsements = await findEndorsements(tx, caller.organisationId);
    const rows = endorsementStatus(await findPartyRefs(tx, caller.organisationId), endorsements, current);
    return {
      version: current ? toSummary(current) : null,
      parties: rows.map((row) => {
        const own = row.endorsement
          ? endorsements.find((e) => e.partyId === row.party.id && e.versionId === row.endorsement?.versionId)
          : undefined;
        return {
          party: row.party,
          status: row.status,
          signedOn: own?.signedOn ?? null,
          ...(withSigner ? { signedBy: own?.signedBy ?? null } : {}),
          hasEvidence: own?.hasEvidence ?? false,
        };
      }),
    };
  });
}

/**
 * One party's standing with the version in force on `today`, for the party's page; the caller has
 * been allowed to read the party. The signer's name only for those who may read the evidence.
 */
export async function partyEndorsementOf(
  db: DbOrTx,
  caller: Caller,
  partyId: string,
  today: string,
): Promise<PartyEndorsement> {
  const current = await currentVersion(db, caller.organisationId, today);
  const endorsements = await findEndorsements(db, caller.organisationId, partyId);
  const [row] = endorsementStatus(
    await findPartyRefs(db, caller.organisationId, partyId),
    endorsements,
    current,
  );
  const own = current ? endorsements.find((e) => e.versionId === current.id) : undefined;
  const withSigner = can(caller, Action.PartyReadEndorsementEvidence, party(caller, partyId));
  return {
    version: current
      ? { id: current.id, version: current.version, title: current.title, adoptedOn: current.adoptedOn }
      : null,
    status: row?.status ?? 'never',
    signedOn: own?.signedOn ?? null,
    ...(withSigner ? { signedBy: own?.signedBy ?? null } : {}),
    hasEvidence: own?.hasEvidence ?? false,
  };
}

/**
 * How many of the organisation's parties endorsed the version in force on `today`, of all its
 * parties (the lägesbild's key figure, issue 12): parties are organisations, so the figure is
 * not suppressed.
 */
export async function endorsedPartyCountOf(
  db: DbOrTx,
  organisationId: string,
  today: string,
): Promise<{ readonly endorsed: number; readonly parties: number }> {
  const rows = endorsementStatus(
    await findPartyRefs(db, organisationId),
    await findEndorsements(db, organisationId),
    await currentVersion(db, organisationId, today),
  );
  return { endorsed: rows.filter((row) => row.status === 'endorsed').length, parties: rows.length };
}

/**
 * May the caller record this party's endorsement of this version? Asked before the upload's body
 * is read, so that nobody can make the server take in 10 MiB they may not send: 404 for another
 * party (a party contact), a version or party of another organisation, or one that does not exist.
 */
export async function assertMayEndorse(
  ctx: AppContext,
  caller: Caller,
  versionId: string,
  partyId: string,
): Promise<void> {
  authorizeOrThrow(caller, Action.PartyEndorseGuidelines, party(caller, partyId));
  const version = await findGuidelineVersionById(ctx.db, caller.organisationId, versionId);
  const [found] = await findPartyRefs(ctx.db, caller.organisationId, partyId);
  if (!version || !found) throw notFound();
}

/** The form fields, checked: one bilingual message per field that is wrong. */
function parseFields(fields: Readonly<Record<string, string>>) {
  const parsed = endorsementFieldsSchema.safeParse(fields);
  if (parsed.success) return parsed.data;
  const problems: Record<string, FieldMessage> = {};
  for (const issue of parsed.error.issues) {
    const [sv] = translateIssue(issue, 'sv');
    const [en] = translateIssue(issue, 'en');
    if (sv && en) problems[sv.path || 'form'] = { sv: sv.message, en: en.message };
  }
  throw new AppError('validation_failed', { fields: problems });
}

/**
 * `PUT /api/guidelines/{id}/endorsements/{partyId}`: records the party's endorsement with its
 * signed page (PDF, PNG or JPEG detected from the bytes, 415 otherwise; ≤ 10 MiB by the parser,
 * 413), replacing an earlier record of the same version. Returns the party's standing.
 */
export async function recordEndorsement(
  ctx: AppContext,
  caller: Caller,
  versionId: string,
  partyId: string,
  upload: { fields: Readonly<Record<string, string>>; originalName: string; content: Buffer },
): Promise<PartyEndorsement> {
  authorizeOrThrow(caller, Action.PartyEndorseGuidelines, party(caller, partyId));
  const detected = (await fileTypeFromBuffer(upload.content))?.mime ?? null;
  if (!detected || !allowedEndorsementEvidenceTypes.includes(detected) || upload.content.length === 0)
    throw new AppError('file_type_not_allowed', { fields: { file: 'endorsement_evidence_type' } });
  const fields = parseFields(upload.fields);
  const now = ctx.clock();
  const today = swedishDate(now);
  return await ctx.db.transaction(async (tx) => {
    const version = await findGuidelineVersionById(tx, caller.organisationId, versionId);
    const [found] = await findPartyRefs(tx, caller.organisationId, partyId);
    if (!version || !found) throw notFound();
    const problem = endorsementProblem(version, fields.signedOn, today);
    if (problem) throw ruleViolation({ signedOn: problem });
    const endorsementId = await upsertEndorsement(tx, {
      organisationId: caller.organisationId,
      partyId,
      versionId,
      signedBy: fields.signedBy,
      signedOn: fields.signedOn,
      recordedByUserId: caller.userId,
      createdAt: now,
      updatedAt: now,
    });
    const sha256 = createHash('sha256').update(upload.content).digest('hex');
    await upsertEndorsementFile(tx, {
      endorsementId,
      organisationId: caller.organisationId,
      fileName: safeFileName(upload.originalName),
      contentType: detected,
      sizeBytes: upload.content.length,
      sha256,
      content: upload.content,
      uploadedByUserId: caller.userId,
      uploadedAt: now,
    });
    await audit(tx, caller, now, {
      action: AuditAction.PartyEndorseGuidelines,
      recordType: 'party',
      recordId: partyId,
      details: { version: version.version, sha256, size: upload.content.length },
    });
    return await partyEndorsementOf(tx, caller, partyId, today);
  });
}

/** `GET /api/guidelines/{id}/endorsements/{partyId}/evidence`: the signed page (audited). */
export async function readEndorsementEvidence(
  ctx: AppContext,
  caller: Caller,
  versionId: string,
  partyId: string,
): Promise<{ fileName: string; contentType: string; sha256: string; content: Buffer }> {
  authorizeOrThrow(caller, Action.PartyReadEndorsementEvidence, party(caller, partyId));
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const file = await findEndorsementFile(tx, caller.organisationId, versionId, partyId);
    if (!file) throw notFound();
    await audit(tx, caller, now, {
      action: AuditAction.PartyEndorsementEvidenceRead,
      recordType: 'party',
      recordId: partyId,
      details: { versionId, sha256: file.sha256 },
    });
    return {
      fileName: file.fileName,
      contentType: file.contentType,
      sha256: file.sha256,
      content: file.content,
    };
  });
}
