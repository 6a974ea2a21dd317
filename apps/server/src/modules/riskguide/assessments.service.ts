import { Action, AssessmentStatus, AuditAction, can, MeasureType, whatFinishWouldRefuse } from '@varn/domain';
import type {
  Assessment,
  AssessmentList,
  AssessmentQuery,
  ChooseMeasuresBody,
  CreateAssessmentBody,
  FieldMessageKey,
  SaveAssessmentBody,
} from '@varn/contracts';
import type { DbOrTx, Tx } from '../../db/client';
import type { AppContext, Caller } from '../../lib/context';
import { authorizeOrThrow } from '../../lib/authorize';
import { AppError, notFound, ruleViolation } from '../../lib/errors';
import { audit } from '../audit';
import { findUserNames } from '../users';
import { addMeasure, listMeasures } from '../measures';
import {
  answersOf,
  missingAnswers,
  parseAssessmentJson,
  readMatterSnapshot,
  scoreAnswers,
  unknownStatements,
  type AssessmentAnswers,
} from './assessment-result';
import {
  findAssessmentById,
  findAssessmentMeasures,
  findAssessmentsPage,
  findDraftOfMatter,
  findLatestFinishedOfMatter,
  insertAssessmentMeasure,
  insertDraft,
  updateDraft,
  type AssessmentRow,
} from './assessments.repository';
import { findMatterById, type MatterRow } from './matters.repository';
import { loadCurrentTemplate, loadTemplate, type LoadedTemplate } from './templates.service';

/*
 * Assessments, steps 2 and 3 (issue 4 §3, §4, §6): the security unit's work. A draft is saved any
 * time and resumed by anyone allowed; finishing scores it on the template version it was started
 * on, stores the result with its reasons, and locks and signs it. Chosen measures become tracked
 * measures of the matter. Every read is audited: the answers may be secret (OSL 18 kap. 8 §).
 */

const collection = (caller: Caller) => ({
  type: 'assessment' as const,
  organisationId: caller.organisationId,
});

/** Loads an assessment the caller may act on, or 404 (policy before and after loading). */
export async function loadAssessment(
  db: DbOrTx,
  caller: Caller,
  assessmentId: string,
  action: Action,
): Promise<AssessmentRow> {
  if (!can(caller, action, collection(caller))) throw notFound();
  const row = await findAssessmentById(db, caller.organisationId, assessmentId);
  if (!row) throw notFound();
  authorizeOrThrow(caller, action, { ...collection(caller), assessmentId: row.id });
  return row;
}

const person = (id: string | null, names: ReadonlyMap<string, string>) => {
  const name = id ? names.get(id) : undefined;
  return id && name ? { id, name } : null;
};

/** A matter as assessments refer to it. */
export const matterReference = (matter: MatterRow) => ({
  id: matter.id,
  title: matter.title,
  diaryNumber: matter.diaryNumber,
  body: matter.body,
  decisionDate: matter.decisionDate,
});

/**
 * The matter as an assessment shows it: a finished one as it was when signed (a later edit of the
 * matter does not change a signed record or its PDF), a draft as it is now.
 */
function assessedMatter(row: AssessmentRow, matter: MatterRow) {
  const live = matterReference(matter);
  if (row.status !== AssessmentStatus.Finished) return live;
  const snapshot = readMatterSnapshot(row);
  return snapshot ? { ...snapshot, id: matter.id } : live;
}

/** The API view of an assessment; the result of a draft is a preview once step 2 is complete. */
export async function assessmentView(
  ctx: AppContext,
  tx: Tx,
  caller: Caller,
  row: AssessmentRow,
  loaded?: LoadedTemplate,
): Promise<Assessment> {
  const { template } = loaded ?? (await loadTemplate(tx, caller.organisationId, row.templateId));
  const json = parseAssessmentJson(row);
  const matter = await findMatterById(tx, caller.organisationId, row.matterId);
  if (!matter) throw notFound();
  const preview =
    row.status === AssessmentStatus.Draft ? scoreAnswers(template, json, { preview: true }) : null;
  const result = row.status === AssessmentStatus.Finished ? json.result : preview?.ok ? preview.result : null;
  const names = await findUserNames(
    tx,
    caller.organisationId,
    [row.createdByUserId, row.finishedByUserId].filter((id) => id !== null),
  );
  const chosen = await findAssessmentMeasures(tx, caller.organisationId, row.id);
  const measures = new Map(
    (await listMeasures(tx, caller.organisationId, 'matter', row.matterId, ctx.clock())).map((measure) => [
      measure.id,
      measure,
    ]),
  );
  const chosenIds = new Set(chosen.map((entry) => entry.libraryMeasureId));
  const libraryIndex = (id: string): number => template.measures.findIndex((measure) => measure.id === id);
  return {
    id: row.id,
    status: row.status,
    revision: row.revision,
    matter: assessedMatter(row, matter),
    template: { id: row.templateId, version: row.templateVersion, name: template.name },
    participants: json.participants,
    step2Answers: json.step2Answers,
    step3Answers: json.step3Answers,
    missing: missingAnswers(template, json),
    result,
    createdAt: row.createdAt.toISOString(),
    createdBy: person(row.createdByUserId, names),
    updatedAt: row.updatedAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    finishedBy: person(row.finishedByUserId, names),
    superseded:
      row.status === AssessmentStatus.Finished &&
      (await findLatestFinishedOfMatter(tx, caller.organisationId, row.matterId))?.id !== row.id,
    measures: {
      proposed: (result?.proposedMeasureIds ?? []).flatMap((id) => {
        const proposal = template.measures.find((measure) => measure.id === id);
        return proposal ? [{ id, text: proposal.text, chosen: chosenIds.has(id) }] : [];
      }),
      // In the library's order, like the proposals.
      chosen: chosen
        .flatMap((entry) => {
          const measure = measures.get(entry.measureId);
          return measure ? [{ libraryMeasureId: entry.libraryMeasureId, measure }] : [];
        })
        .sort((a, b) => libraryIndex(a.libraryMeasureId) - libraryIndex(b.libraryMeasureId)),
    },
  };
}

/** The answers of the latest finished assessment that the new template version still has. */
function carriedOver(previous: AssessmentRow, loaded: LoadedTemplate) {
  const json = parseAssessmentJson(previous);
  const unknown = unknownStatements(loaded.template, json);
  const keep = <T>(prefix: string, answers: Record<string, T>) =>
    Object.fromEntries(Object.entries(answers).filter(([id]) => unknown[`${prefix}.${id}`] === undefined));
  return {
    participants: json.participants,
    step2Answers: keep('step2Answers', json.step2Answers),
    step3Answers: keep('step3Answers', json.step3Answers),
  };
}

/**
 * Opens a draft of a matter on the newest template version, or returns the draft already open
 * (a matter has at most one). Used by `POST /api/assessments` and by a screening's queue.
 */
export async function openDraft(
  tx: Tx,
  caller: Caller,
  matter: MatterRow,
  now: Date,
  copyPrevious: boolean,
): Promise<{ row: AssessmentRow; created: boolean }> {
  const existing = await findDraftOfMatter(tx, caller.organisationId, matter.id);
  if (existing) return { row: existing, created: false };
  const loaded = await loadCurrentTemplate(tx, caller.organisationId, now);
  const previous = copyPrevious
    ? await findLatestFinishedOfMatter(tx, caller.organisationId, matter.id)
    : undefined;
  const start = previous
    ? carriedOver(previous, loaded)
    : { participants: [], step2Answers: {}, step3Answers: {} };
  const row = await insertDraft(tx, {
    organisationId: caller.organisationId,
    matterId: matter.id,
    templateId: loaded.row.id,
    templateVersion: loaded.row.version,
    status: AssessmentStatus.Draft,
    revision: 0,
    ...start,
    createdByUserId: caller.userId,
    createdAt: now,
    updatedAt: now,
  });
  if (!row) {
    // Another request opened the matter's draft after we looked (a double click, or a screening
    // queued at the same time) and has committed it: that draft is the one to return.
    const opened = await findDraftOfMatter(tx, caller.organisationId, matter.id);
    if (!opened) throw new AppError('conflict');
    return { row: opened, created: false };
  }
  await audit(tx, caller, now, {
    action: AuditAction.AssessmentCreate,
    recordType: 'assessment',
    recordId: row.id,
    details: { matterId: matter.id, templateVersion: loaded.row.version, copied: previous !== undefined },
  });
  return { row, created: true };
}

/**
 * `POST /api/assessments`: a new assessment of a matter (a reassessment when it has been assessed
 * before), or the draft already open (`created: false`) — returned in full, so that is a read of
 * its answers and audited like one.
 */
export async function createAssessment(
  ctx: AppContext,
  caller: Caller,
  body: CreateAssessmentBody,
): Promise<{ assessment: Assessment; created: boolean }> {
  authorizeOrThrow(caller, Action.AssessmentHandle, collection(caller));
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const matter = await findMatterById(tx, caller.organisationId, body.matterId);
    if (!matter) throw ruleViolation({ matterId: 'unknown_matter' });
    const { row, created } = await openDraft(tx, caller, matter, now, body.copyPrevious ?? false);
    if (!created)
      await audit(tx, caller, now, {
        action: AuditAction.AssessmentRead,
        recordType: 'assessment',
        recordId: row.id,
      });
    return { assessment: await assessmentView(ctx, tx, caller, row), created };
  });
}

/** `GET /api/assessments/{id}`: audited. */
export async function getAssessment(
  ctx: AppContext,
  caller: Caller,
  assessmentId: string,
): Promise<Assessment> {
  return await ctx.db.transaction(async (tx) => {
    const row = await loadAssessment(tx, caller, assessmentId, Action.AssessmentRead);
    await audit(tx, caller, ctx.clock(), {
      action: AuditAction.AssessmentRead,
      recordType: 'assessment',
      recordId: row.id,
    });
    return await assessmentView(ctx, tx, caller, row);
  });
}

/** `GET /api/assessments`: drafts to resume and finished assessments, latest change first; audited. */
export async function listAssessments(
  ctx: AppContext,
  caller: Caller,
  query: AssessmentQuery,
): Promise<AssessmentList> {
  authorizeOrThrow(caller, Action.AssessmentRead, collection(caller));
  return await ctx.db.transaction(async (tx) => {
    const rows = await findAssessmentsPage(
      tx,
      caller.organisationId,
      { status: query.status, matterId: query.matterId },
      query.limit ?? 100,
    );
    await audit(tx, caller, ctx.clock(), {
      action: AuditAction.AssessmentList,
      recordType: 'assessment',
      details: { count: rows.length },
    });
    return {
      assessments: rows.map(({ assessment, finishedByName, matter }) => ({
        ...summaryOf(assessment, finishedByName),
        matter,
      })),
    };
  });
}

/** An assessment in a list or a history. */
export function summaryOf(row: AssessmentRow, finishedByName: string | null) {
  return {
    id: row.id,
    status: row.status,
    templateVersion: row.templateVersion,
    riskLevel: row.riskLevel,
    conflictLevel: row.conflictLevel,
    complexityLevel: row.complexityLevel,
    cell: row.matrixCell,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    finishedBy:
      row.finishedByUserId && finishedByName ? { id: row.finishedByUserId, name: finishedByName } : null,
  };
}

/** A finished assessment is locked: 409. */
function assertDraft(row: AssessmentRow): void {
  if (row.status !== AssessmentStatus.Draft) throw new AppError('assessment_locked');
}

/**
 * `PUT /api/assessments/{id}`: saves a draft (autosave). 409 `conflict` when `revision` is not the
 * stored one (someone else saved in between), 409 `assessment_locked` when it is finished, 422 for
 * answers to statements its template version does not have.
 */
export async function saveAssessment(
  ctx: AppContext,
  caller: Caller,
  assessmentId: string,
  body: SaveAssessmentBody,
): Promise<Assessment> {
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const row = await loadAssessment(tx, caller, assessmentId, Action.AssessmentHandle);
    assertDraft(row);
    if (body.revision !== row.revision) throw new AppError('conflict');
    const loaded = await loadTemplate(tx, caller.organisationId, row.templateId);
    const answers: AssessmentAnswers = {
      step2Answers: Object.fromEntries(
        Object.entries(body.step2Answers).map(([id, answer]) => [
          id,
          { level: answer.level, comment: answer.comment || null },
        ]),
      ),
      step3Answers: Object.fromEntries(
        Object.entries(body.step3Answers).map(([id, answer]) => [
          id,
          { answer: answer.answer, comment: answer.comment || null },
        ]),
      ),
    };
    const unknown = unknownStatements(loaded.template, answers);
    if (Object.keys(unknown).length > 0) throw ruleViolation(unknown);
    const updated = await updateDraft(tx, caller.organisationId, row.id, body.revision, {
      participants: body.participants,
      ...answers,
      revision: row.revision + 1,
      updatedAt: now,
    });
    if (!updated) throw new AppError('conflict');
    await audit(tx, caller, now, {
      action: AuditAction.AssessmentSave,
      recordType: 'assessment',
      recordId: row.id,
      details: { revision: updated.revision },
    });
    return await assessmentView(ctx, tx, caller, updated, loaded);
  });
}

/** The matter as it is when an assessment is signed, for `matter_snapshot`. */
async function snapshotOfMatter(tx: Tx, caller: Caller, matterId: string) {
  const matter = await findMatterById(tx, caller.organisationId, matterId);
  if (!matter) throw notFound();
  const { id: _id, ...snapshot } = matterReference(matter);
  return snapshot;
}

/**
 * `POST /api/assessments/{id}/finish`: scores the saved answers on the assessment's template
 * version, stores the result with its reasons, and locks and signs it (who, when). 422 names each
 * unanswered statement; 409 when it is already finished.
 */
export async function finishAssessment(
  ctx: AppContext,
  caller: Caller,
  assessmentId: string,
  revision: number | undefined,
): Promise<Assessment> {
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const row = await loadAssessment(tx, caller, assessmentId, Action.AssessmentHandle);
    assertDraft(row);
    if (revision !== undefined && revision !== row.revision) throw new AppError('conflict');
    const loaded = await loadTemplate(tx, caller.organisationId, row.templateId);
    const json = parseAssessmentJson(row);
    const refused = whatFinishWouldRefuse(
      { participants: json.participants, ...answersOf(json) },
      loaded.template,
    );
    if (Object.keys(refused).length > 0) throw ruleViolation(refused);
    const scored = scoreAnswers(loaded.template, json);
    if (!scored.ok) throw ruleViolation(scored.fields);
    const { result } = scored;
    const updated = await updateDraft(tx, caller.organisationId, row.id, row.revision, {
      status: AssessmentStatus.Finished,
      result,
      riskLevel: result.step2.level,
      conflictLevel: result.step3?.conflict.level ?? null,
      complexityLevel: result.step3?.complexity.level ?? null,
      matrixCell: result.step3?.cell ?? null,
      finishedByUserId: caller.userId,
      finishedAt: now,
      matterSnapshot: await snapshotOfMatter(tx, caller, row.matterId),
      revision: row.revision + 1,
      updatedAt: now,
    });
    if (!updated) throw new AppError('conflict');
    await audit(tx, caller, now, {
      action: AuditAction.AssessmentFinish,
      recordType: 'assessment',
      recordId: row.id,
      details: {
        level: result.step2.level,
        cell: result.step3?.cell ?? null,
        templateVersion: row.templateVersion,
      },
    });
    return await assessmentView(ctx, tx, caller, updated, loaded);
  });
}

/**
 * `POST /api/assessments/{id}/measures`: measures chosen from the template version's library
 * become tracked measures of the matter (owner, due date). Only for a finished assessment (409);
 * each library measure once per assessment (422).
 */
export async function chooseMeasures(
  ctx: AppContext,
  caller: Caller,
  assessmentId: string,
  body: ChooseMeasuresBody,
): Promise<Assessment> {
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const row = await loadAssessment(tx, caller, assessmentId, Action.AssessmentHandle);
    if (row.status !== AssessmentStatus.Finished) throw new AppError('assessment_not_finished');
    // A signed record that a reassessment has replaced stays as it was signed, measures included.
    const latest = await findLatestFinishedOfMatter(tx, caller.organisationId, row.matterId);
    if (latest?.id !== row.id) throw new AppError('assessment_superseded');
    const loaded = await loadTemplate(tx, caller.organisationId, row.templateId);
    const already = new Set(
      (await findAssessmentMeasures(tx, caller.organisationId, row.id)).map(
        (entry) => entry.libraryMeasureId,
      ),
    );
    const fields: Record<string, FieldMessageKey> = {};
    body.measures.forEach((item, index) => {
      const path = `measures.${index}.libraryMeasureId`;
      if (!loaded.template.measures.some((measure) => measure.id === item.libraryMeasureId))
        fields[path] = 'unknown_measure';
      else if (already.has(item.libraryMeasureId)) fields[path] = 'measure_already_chosen';
      already.add(item.libraryMeasureId);
    });
    if (Object.keys(fields).length > 0) throw ruleViolation(fields);
    for (const item of body.measures) {
      const proposal = loaded.template.measures.find((measure) => measure.id === item.libraryMeasureId);
      const measure = await addMeasure(
        ctx,
        tx,
        caller,
        { type: 'matter', id: row.matterId },
        {
          type: MeasureType.Other,
          description: item.description ?? proposal?.text.sv ?? item.libraryMeasureId,
          ...(item.ownerUserId !== undefined ? { ownerUserId: item.ownerUserId } : {}),
          ...(item.dueDate !== undefined ? { dueDate: item.dueDate } : {}),
        },
      );
      await insertAssessmentMeasure(tx, {
        organisationId: caller.organisationId,
        assessmentId: row.id,
        libraryMeasureId: item.libraryMeasureId,
        measureId: measure.id,
        now,
      });
    }
    await audit(tx, caller, now, {
      action: AuditAction.AssessmentChooseMeasures,
      recordType: 'assessment',
      recordId: row.id,
      details: { measures: body.measures.map((item) => item.libraryMeasureId).join(',') },
    });
    return await assessmentView(ctx, tx, caller, row, loaded);
  });
}
