import {
  Action,
  AssessmentStatus,
  AuditAction,
  compareAssessments,
  type AssessmentOutcome,
} from '@varn/domain';
import type { AssessmentHistory } from '@varn/contracts';
import type { AppContext, Caller } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { audit } from '../audit';
import { findOrganisationById } from '../organisations';
import { renderAssessmentPdf } from './assessment-pdf';
import { parseAssessmentJson } from './assessment-result';
import { findAssessmentsOfMatter, type AssessmentRow } from './assessments.repository';
import { assessmentView, loadAssessment, matterReference, summaryOf } from './assessments.service';
import { loadMatter } from './matters.service';
import { loadTemplate } from './templates.service';

/*
 * What is read out of assessments (issue 4 §6): a matter's history with what changed between
 * reassessments, and the PDF export of a finished assessment. Both are audited.
 */

function outcomeOf(row: AssessmentRow): AssessmentOutcome | null {
  if (row.status !== AssessmentStatus.Finished || row.riskLevel === null) return null;
  const json = parseAssessmentJson(row);
  return {
    templateVersion: row.templateVersion,
    riskLevel: row.riskLevel,
    conflictLevel: row.conflictLevel,
    complexityLevel: row.complexityLevel,
    cell: row.matrixCell,
    step2Answers: Object.fromEntries(
      Object.entries(json.step2Answers).map(([id, answer]) => [id, answer.level]),
    ),
    step3Answers: Object.fromEntries(
      Object.entries(json.step3Answers).map(([id, answer]) => [id, answer.answer]),
    ),
  };
}

/** `GET /api/matters/{id}/assessments`: the history, newest first, each with what changed; audited. */
export async function getMatterHistory(
  ctx: AppContext,
  caller: Caller,
  matterId: string,
): Promise<AssessmentHistory> {
  return await ctx.db.transaction(async (tx) => {
    const matter = await loadMatter(tx, caller, matterId, Action.AssessmentRead);
    const rows = await findAssessmentsOfMatter(tx, caller.organisationId, matter.id);
    let previous: AssessmentOutcome | null = null;
    const entries = rows.map(({ assessment, finishedByName }) => {
      const outcome = outcomeOf(assessment);
      const changes = outcome && previous ? compareAssessments(previous, outcome) : null;
      if (outcome) previous = outcome;
      return {
        ...summaryOf(assessment, finishedByName),
        changes: changes && { ...changes, answers: [...changes.answers] },
      };
    });
    await audit(tx, caller, ctx.clock(), {
      action: AuditAction.AssessmentHistory,
      recordType: 'matter',
      recordId: matter.id,
    });
    return { matter: matterReference(matter), assessments: entries.reverse() };
  });
}

/**
 * `GET /api/assessments/{id}/pdf`: a finished assessment as a PDF (409 for a draft), in the
 * caller's language, with the organisation's name and the template version; audited.
 */
export async function exportAssessmentPdf(
  ctx: AppContext,
  caller: Caller,
  assessmentId: string,
): Promise<{ fileName: string; pdf: Buffer }> {
  const now = ctx.clock();
  const input = await ctx.db.transaction(async (tx) => {
    const row = await loadAssessment(tx, caller, assessmentId, Action.AssessmentRead);
    if (row.status !== AssessmentStatus.Finished) throw new AppError('assessment_not_finished');
    const loaded = await loadTemplate(tx, caller.organisationId, row.templateId);
    const organisation = await findOrganisationById(tx, caller.organisationId);
    const assessment = await assessmentView(ctx, tx, caller, row, loaded);
    await audit(tx, caller, now, {
      action: AuditAction.AssessmentExport,
      recordType: 'assessment',
      recordId: row.id,
    });
    return {
      organisationName: organisation?.name ?? '',
      locale: caller.locale,
      assessment,
      template: loaded.template,
      printedAt: now,
    };
  });
  const date = (input.assessment.finishedAt ?? now.toISOString()).slice(0, 10);
  // A diary number such as "KS 2026/0456" must not become a path in the file name.
  const name = (input.assessment.matter.diaryNumber ?? input.assessment.matter.title)
    .replace(/[\\/:*?"<>|]+/gu, '-')
    .slice(0, 80);
  return { fileName: `Riskbedomning ${name} ${date}.pdf`, pdf: await renderAssessmentPdf(input) };
}
