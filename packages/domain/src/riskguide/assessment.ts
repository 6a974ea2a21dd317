import {
  glaslBand,
  matrixCell,
  proposeMeasures,
  scoreComplexity,
  scoreConflict,
  scoreStep2,
  type ComplexityScore,
  type ConflictScore,
  type Step2Answers,
  type Step2Score,
  type Step3Answers,
} from './scoring';
import {
  step2Statements,
  type GlaslBand,
  type MatrixCell,
  type MeasureProposal,
  type RiskguideTemplate,
} from './template';

/**
 * An assessment of steps 2 and 3 as a whole (issue 4 §3, §4): what finishing it would refuse,
 * and its result as far as it is answered. The web client checks and shows these while the group
 * answers; the server decides with the same functions when the assessment is finished.
 */

/** A draft's answers: the group as typed, and the answers by statement id. */
export interface DraftAssessment {
  /** Each row of the participants' list; a row counts when it has both a name and a function. */
  readonly participants: readonly { readonly name: string; readonly function: string | null }[];
  readonly step2: Step2Answers;
  readonly step3: Step3Answers;
}

/** Why finishing is refused, for one field. Codes match the contracts' field messages. */
export const FinishRefusal = {
  /** No participant with both a name and a function. */
  ParticipantsRequired: 'participants_required',
  ParticipantNameRequired: 'participant_name_required',
  ParticipantFunctionRequired: 'participant_function_required',
  /** A step-2 statement is unanswered: step 2 is always complete. */
  AnswerRequired: 'answer_required',
  /** Step 3 is begun but a statement is unanswered: step 3 is whole or not at all. */
  Step3Incomplete: 'step3_incomplete',
  /** An answer to a statement the template version does not have. */
  UnknownStatement: 'unknown_statement',
} as const;

export type FinishRefusal = (typeof FinishRefusal)[keyof typeof FinishRefusal];

/** Whether step 3 is begun: any of its statements answered (it must then be completed). */
export function step3Begun(step3: Step3Answers): boolean {
  return Object.values(step3).some((answer) => answer !== undefined && answer !== null);
}

const isAnswered = (answer: string | null | undefined): boolean => answer !== undefined && answer !== null;

/** What finishing refuses about the group: a row half filled in, or no complete row at all. */
export function participantRefusals(
  participants: DraftAssessment['participants'],
): Readonly<Record<string, FinishRefusal>> {
  const found: Record<string, FinishRefusal> = {};
  const hasFunction = (row: DraftAssessment['participants'][number]) =>
    row.function !== null && row.function !== '';
  participants.forEach((row, index) => {
    const named = row.name.trim() !== '';
    if (named && !hasFunction(row))
      found[`participants.${index}.function`] = FinishRefusal.ParticipantFunctionRequired;
    if (!named && hasFunction(row))
      found[`participants.${index}.name`] = FinishRefusal.ParticipantNameRequired;
  });
  const complete = participants.some((row) => row.name.trim() !== '' && hasFunction(row));
  if (!complete && Object.keys(found).length === 0) found.participants = FinishRefusal.ParticipantsRequired;
  return found;
}

/**
 * What finishing refuses about the answers: an unanswered step-2 statement, step 3 begun but not
 * complete, an answer to a statement the template version does not have.
 */
export function answerRefusals(
  answers: Pick<DraftAssessment, 'step2' | 'step3'>,
  template: RiskguideTemplate,
): Readonly<Record<string, FinishRefusal>> {
  const found: Record<string, FinishRefusal> = {};
  const step2Ids = new Set(step2Statements(template).map((statement) => statement.id));
  for (const id of step2Ids)
    if (!isAnswered(answers.step2[id])) found[`step2Answers.${id}`] = FinishRefusal.AnswerRequired;
  for (const [id, answer] of Object.entries(answers.step2))
    if (!step2Ids.has(id) && isAnswered(answer)) found[`step2Answers.${id}`] = FinishRefusal.UnknownStatement;
  const step3Ids = new Set(
    [...template.step3.conflict.statements, ...template.step3.complexity.statements].map(
      (statement) => statement.id,
    ),
  );
  if (step3Begun(answers.step3))
    for (const id of step3Ids)
      if (!isAnswered(answers.step3[id])) found[`step3Answers.${id}`] = FinishRefusal.Step3Incomplete;
  for (const [id, answer] of Object.entries(answers.step3))
    if (!step3Ids.has(id) && isAnswered(answer)) found[`step3Answers.${id}`] = FinishRefusal.UnknownStatement;
  return found;
}

/**
 * What finishing the draft would refuse, by field path (`participants`, `participants.0.name`,
 * `step2Answers.A1`, `step3Answers.K2`), all at once. Empty when the assessment may be finished:
 * at least one participant and every participant complete, every step-2 statement answered, step
 * 3 complete once begun, and no answer to a statement the template version lacks.
 */
export function whatFinishWouldRefuse(
  draft: DraftAssessment,
  template: RiskguideTemplate,
): Readonly<Record<string, FinishRefusal>> {
  return { ...participantRefusals(draft.participants), ...answerRefusals(draft, template) };
}

/** The result of step 3: both levels, the matrix cell and where the conflict lies on Glasl's steps. */
export interface Step3Score {
  readonly conflict: ConflictScore;
  readonly complexity: ComplexityScore;
  readonly cell: MatrixCell;
  readonly glaslBand: GlaslBand;
}

/** The result of an assessment as far as it is answered. */
export interface AssessmentScore {
  /** `null` while a step-2 statement is unanswered. */
  readonly step2: Step2Score | null;
  /** `null` while step 3 is not begun or not complete. */
  readonly step3: Step3Score | null;
  /** The measure library's proposals for the cell; empty without step 3. */
  readonly proposedMeasures: readonly MeasureProposal[];
}

/**
 * Scores the answers (`scoreStep2`, `scoreConflict`, `scoreComplexity`, `matrixCell`): the live
 * result while the group answers, and the stored result at finish (after
 * {@link whatFinishWouldRefuse} found nothing). Answers to statements the template lacks are
 * left out here; the finish check refuses them.
 */
export function assessAnswers(
  answers: Pick<DraftAssessment, 'step2' | 'step3'>,
  template: RiskguideTemplate,
): AssessmentScore {
  const only = (ids: readonly { readonly id: string }[]) =>
    Object.fromEntries(ids.map(({ id }) => [id, answers.step3[id] ?? null]));
  const step2 = scoreStep2(
    Object.fromEntries(step2Statements(template).map(({ id }) => [id, answers.step2[id] ?? null])),
    template,
  );
  const conflict = scoreConflict(only(template.step3.conflict.statements), template);
  const complexity = scoreComplexity(only(template.step3.complexity.statements), template);
  const step3 =
    conflict.ok && complexity.ok
      ? {
          conflict,
          complexity,
          cell: matrixCell(conflict.level, complexity.level, template),
          glaslBand: glaslBand(conflict.level, template),
        }
      : null;
  return {
    step2: step2.ok ? step2 : null,
    step3,
    proposedMeasures: step3 ? proposeMeasures(step3.cell, template) : [],
  };
}
