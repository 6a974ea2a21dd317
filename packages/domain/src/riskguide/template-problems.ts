import type { BilingualText } from '../shared/bilingual';

/**
 * The problems `validateTemplate` finds in a Riskguide template (issue 4 §5, §8). Templates come
 * from the database and are edited by admins, so the codes also cover what the types promise but
 * stored data may not keep (a missing matrix cell, a condition of an unknown kind).
 */
export const TemplateProblemCode = {
  /** An id (of the template, a prompt, theme, statement or measure) is blank. */
  InvalidId: 'invalid_id',
  /** The version is not a whole number from 1. */
  InvalidVersion: 'invalid_version',
  /** A Swedish or English text is blank. */
  MissingText: 'missing_text',
  /** Two prompts, themes, statements of one step (step 3: conflict and complexity together) or measures share an id. */
  DuplicateId: 'duplicate_id',
  /** A step has more statements than an assessment can answer ({@link maxStatementsPerStep}). */
  TooManyStatements: 'too_many_statements',
  /** A theme or a statement set has no statements. */
  NoStatements: 'no_statements',
  /** A scale's points are not whole numbers from 0, rising from the lowest answer to the highest. */
  InvalidScale: 'invalid_scale',
  /** A condition is of a kind scoring does not know: the rule cannot be evaluated. */
  UnknownConditionKind: 'unknown_condition_kind',
  /** A condition names an answer that is not on the scale. */
  UnknownAnswer: 'unknown_answer',
  /** A step-3 recommendation names a level that does not exist. */
  UnknownLevel: 'unknown_level',
  /** A condition names a statement that the statement set does not have. */
  UnknownStatement: 'unknown_statement',
  /** A threshold is not a whole number. */
  InvalidNumber: 'invalid_number',
  /** A condition can never be met: its threshold is above what the statements can reach. */
  ThresholdUnreachable: 'threshold_unreachable',
  /** A condition is met by every answer set, even all answers at the lowest. */
  ThresholdAlwaysMet: 'threshold_always_met',
  /** A threshold of a lower level is not below the same kind of threshold of a higher level. */
  ThresholdNotBelowHigherLevel: 'threshold_not_below_higher_level',
  /** A level has no conditions and can never be the result. */
  LevelWithoutConditions: 'level_without_conditions',
  /** Step 2 has no rule for recommending step 3. */
  NoStep3Trigger: 'no_step3_trigger',
  /** A complexity × conflict position of the matrix has no cell. */
  MatrixMissingCell: 'matrix_missing_cell',
  /** A matrix position holds something other than A–I. */
  MatrixInvalidCell: 'matrix_invalid_cell',
  /** A cell A–I appears at two positions of the matrix. */
  MatrixDuplicateCell: 'matrix_duplicate_cell',
  /** The Glasl bands do not split steps 1–9 in order, without gaps or overlaps. */
  InvalidGlaslBands: 'invalid_glasl_bands',
  /** A measure is proposed for a cell other than A–I. */
  MeasureUnknownCell: 'measure_unknown_cell',
  /** A measure is proposed for no cell and would never be shown. */
  MeasureWithoutCells: 'measure_without_cells',
} as const;
export type TemplateProblemCode = (typeof TemplateProblemCode)[keyof typeof TemplateProblemCode];
export const templateProblemCodes: readonly TemplateProblemCode[] = Object.values(TemplateProblemCode);

/** One problem of a template. */
export interface TemplateProblem {
  readonly code: TemplateProblemCode;
  /** Where in the template, e.g. `step2.rule.levels.high[1]` or `matrix.complex.low`. */
  readonly path: string;
  /** A clear explanation for the admin. */
  readonly message: BilingualText;
}
