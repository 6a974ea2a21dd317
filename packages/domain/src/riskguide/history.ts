import type { ComplexityLevel, ConflictLevel, MatrixCell, RiskLevel, Step3Answer } from './template';

/**
 * A matter's assessment history (issue 4 §6): a reassessment is a new assessment of the same
 * matter, and the history shows what changed from the one before — levels, the matrix cell, the
 * template version and, statement by statement, the answers.
 */

/** What a finished assessment came to, as the history compares it. */
export interface AssessmentOutcome {
  readonly templateVersion: number;
  readonly riskLevel: RiskLevel;
  /** `null` when step 3 was not done. */
  readonly conflictLevel: ConflictLevel | null;
  readonly complexityLevel: ComplexityLevel | null;
  readonly cell: MatrixCell | null;
  /** Step-2 answers by statement id. */
  readonly step2Answers: Readonly<Partial<Record<string, RiskLevel>>>;
  /** Step-3 answers by statement id (conflict and complexity). */
  readonly step3Answers: Readonly<Partial<Record<string, Step3Answer>>>;
}

/** A value before and after. */
export interface Change<T> {
  readonly from: T;
  readonly to: T;
}

/** One statement whose answer differs; `null` where the statement was not answered (or not in that version). */
export interface AnswerChange {
  readonly statementId: string;
  readonly from: string | null;
  readonly to: string | null;
}

/** What changed between two assessments of a matter; a field is `null` when it did not change. */
export interface AssessmentChanges {
  readonly riskLevel: Change<RiskLevel> | null;
  readonly conflictLevel: Change<ConflictLevel | null> | null;
  readonly complexityLevel: Change<ComplexityLevel | null> | null;
  readonly cell: Change<MatrixCell | null> | null;
  readonly templateVersion: Change<number> | null;
  /** Step 2 first, then step 3, each in the order the statements first appear. */
  readonly answers: readonly AnswerChange[];
}

const changeOf = <T>(from: T, to: T): Change<T> | null => (from === to ? null : { from, to });

function answerChanges(
  previous: Readonly<Partial<Record<string, string>>>,
  current: Readonly<Partial<Record<string, string>>>,
): AnswerChange[] {
  const ids = [...new Set([...Object.keys(previous), ...Object.keys(current)])];
  return ids.flatMap((statementId) => {
    const from = previous[statementId] ?? null;
    const to = current[statementId] ?? null;
    return from === to ? [] : [{ statementId, from, to }];
  });
}

/** What changed from `previous` to `current` (issue 4 §6). */
export function compareAssessments(
  previous: AssessmentOutcome,
  current: AssessmentOutcome,
): AssessmentChanges {
  return {
    riskLevel: changeOf(previous.riskLevel, current.riskLevel),
    conflictLevel: changeOf(previous.conflictLevel, current.conflictLevel),
    complexityLevel: changeOf(previous.complexityLevel, current.complexityLevel),
    cell: changeOf(previous.cell, current.cell),
    templateVersion: changeOf(previous.templateVersion, current.templateVersion),
    answers: [
      ...answerChanges(previous.step2Answers, current.step2Answers),
      ...answerChanges(previous.step3Answers, current.step3Answers),
    ],
  };
}
