import {
  ComplexityLevel,
  complexityRuleLevels,
  type ConflictLevel,
  conflictRuleLevels,
  type GlaslBand,
  type LevelRule,
  type MatrixCell,
  type MeasureProposal,
  type RiskguideTemplate,
  RiskLevel,
  riskLevels,
  type ScalePoints,
  type ScoreCondition,
  step2RuleLevels,
  step2Statements,
  type Step3Answer,
  type Step3Trigger,
  type TemplateStatement,
} from './template';

/**
 * Scoring of the Riskguide steps (DOMAIN.md §4, issue 4 §2–4). Every function reads its rules
 * from the template (`riskguide-default` v1 by default, see `default-template.ts`) and explains
 * its result: which conditions were met and which statements drove them. The functions assume a
 * template that `validateTemplate` accepts.
 */

/** Step-2 answers by statement id (`A1` → `high`); a missing or `null` answer is unanswered. */
export type Step2Answers = Readonly<Partial<Record<string, RiskLevel | null>>>;

/** Step-3 answers by statement id (`K4` → `fully`); a missing or `null` answer is unanswered. */
export type Step3Answers = Readonly<Partial<Record<string, Step3Answer | null>>>;

/**
 * Answers that cannot be scored. Scoring never guesses: `incomplete` when a statement is
 * unanswered (`missing`, in template order), else `unknown_statements` when answers are given for
 * statements the template does not have (`unknown`, e.g. answers of another template version).
 * Both lists are always filled in.
 */
export interface AnswersRejected {
  readonly ok: false;
  readonly reason: 'incomplete' | 'unknown_statements';
  readonly missing: readonly string[];
  readonly unknown: readonly string[];
}

/** A condition of a rule that was met, and why. */
export interface ConditionMet<Level extends string, Answer extends string> {
  /** The level the condition leads to. */
  readonly level: Level;
  /** The condition as written in the template. */
  readonly condition: ScoreCondition<Answer>;
  /** What was compared with the threshold: the sum of points, or the number of statements. */
  readonly value: number;
  /**
   * The statements that drove it, in template order: those at or above the condition's answer
   * (count, any of), or those answered above the lowest answer (sum).
   */
  readonly statementIds: readonly string[];
}

/** A step-3 recommendation that applied, with the statements of its `onlyIf` condition. */
export interface Step3TriggerMet {
  readonly trigger: Step3Trigger;
  readonly statementIds: readonly string[];
}

/** The result of step 2. */
export interface Step2Score {
  readonly ok: true;
  readonly level: RiskLevel;
  /** Sum of the points of all statements. */
  readonly sum: number;
  /** Number of statements answered high. */
  readonly highCount: number;
  /** The conditions met at `level`; empty when the level is low (no rule for a higher level was met). */
  readonly reasons: readonly ConditionMet<RiskLevel, RiskLevel>[];
  readonly recommendStep3: boolean;
  /** The recommendations that applied; empty when step 3 is not recommended. */
  readonly step3Reasons: readonly Step3TriggerMet[];
}

/** The conflict level of step 3. */
export interface ConflictScore {
  readonly ok: true;
  readonly level: ConflictLevel;
  readonly sum: number;
  /** The conditions met at `level`; empty when the level is low. */
  readonly reasons: readonly ConditionMet<ConflictLevel, Step3Answer>[];
}

/** The complexity of step 3. */
export interface ComplexityScore {
  readonly ok: true;
  readonly level: ComplexityLevel;
  readonly sum: number;
  /** The conditions met at `level`; empty when the level is simple or complicated. */
  readonly reasons: readonly ConditionMet<ComplexityLevel, Step3Answer>[];
}

interface Answered<Answer extends string> {
  readonly id: string;
  readonly answer: Answer;
  readonly points: number;
}

type Checked<Answer extends string> =
  AnswersRejected | { readonly ok: true; readonly answered: readonly Answered<Answer>[] };

function checkAnswers<Answer extends string>(
  statements: readonly TemplateStatement[],
  answers: Readonly<Partial<Record<string, Answer | null>>>,
  scale: ScalePoints<Answer>,
): Checked<Answer> {
  const ids = new Set(statements.map((statement) => statement.id));
  const unknown = Object.keys(answers).filter((id) => !ids.has(id));
  const missing: string[] = [];
  const answered: Answered<Answer>[] = [];
  for (const { id } of statements) {
    const answer = answers[id];
    if (answer === undefined || answer === null) missing.push(id);
    else answered.push({ id, answer, points: scale[answer] });
  }
  if (missing.length > 0) return { ok: false, reason: 'incomplete', missing, unknown };
  if (unknown.length > 0) return { ok: false, reason: 'unknown_statements', missing, unknown };
  return { ok: true, answered };
}

function checkCondition<Answer extends string>(
  condition: ScoreCondition<Answer>,
  answered: readonly Answered<Answer>[],
  scale: ScalePoints<Answer>,
): { readonly met: boolean; readonly value: number; readonly statementIds: string[] } {
  const idsWhere = (keep: (item: Answered<Answer>) => boolean): string[] =>
    answered.filter(keep).map((item) => item.id);
  switch (condition.kind) {
    case 'count_at_least': {
      const statementIds = idsWhere((item) => item.points >= scale[condition.answer]);
      return { met: statementIds.length >= condition.count, value: statementIds.length, statementIds };
    }
    case 'sum_at_least': {
      const lowest = Math.min(...Object.values<number>(scale));
      const value = answered.reduce((total, item) => total + item.points, 0);
      return { met: value >= condition.sum, value, statementIds: idsWhere((item) => item.points > lowest) };
    }
    case 'any_of': {
      const listed = new Set(condition.statementIds);
      const statementIds = idsWhere((item) => listed.has(item.id) && item.points >= scale[condition.answer]);
      return { met: statementIds.length > 0, value: statementIds.length, statementIds };
    }
  }
}

/** The highest level (in `order`, highest first) with a condition met, else `lowest`. */
function decideLevel<Level extends string, Lowest extends string, Answer extends string>(
  answered: readonly Answered<Answer>[],
  scale: ScalePoints<Answer>,
  order: readonly Level[],
  rule: LevelRule<Level, Answer>,
  lowest: Lowest,
): { readonly level: Level | Lowest; readonly reasons: ConditionMet<Level, Answer>[] } {
  for (const level of order) {
    const reasons = rule[level].flatMap((condition) => {
      const { met, value, statementIds } = checkCondition(condition, answered, scale);
      return met ? [{ level, condition, value, statementIds }] : [];
    });
    if (reasons.length > 0) return { level, reasons };
  }
  return { level: lowest, reasons: [] };
}

const sumOf = (answered: readonly Answered<string>[]): number =>
  answered.reduce((total, item) => total + item.points, 0);

const riskRank = (level: RiskLevel): number => riskLevels.indexOf(level);

/**
 * Step 2 (issue 4 §3): the risk level from the eight statements, with the conditions that decided
 * it, and whether step 3 is recommended. Default rule (`riskguide-default` v1): high if at least
 * two statements are high or the sum ≥ 9; moderate if any statement is high or the sum ≥ 4;
 * otherwise low; step 3 for high, and for moderate when A1 or C1 is high.
 */
export function scoreStep2(answers: Step2Answers, template: RiskguideTemplate): Step2Score | AnswersRejected {
  const { scale, rule } = template.step2;
  const checked = checkAnswers(step2Statements(template), answers, scale);
  if (!checked.ok) return checked;
  const { answered } = checked;
  const { level, reasons } = decideLevel(answered, scale, step2RuleLevels, rule.levels, RiskLevel.Low);
  const step3Reasons = rule.recommendStep3.flatMap((trigger): Step3TriggerMet[] => {
    if (riskRank(level) < riskRank(trigger.minLevel)) return [];
    if (trigger.onlyIf === null) return [{ trigger, statementIds: [] }];
    const { met, statementIds } = checkCondition(trigger.onlyIf, answered, scale);
    return met ? [{ trigger, statementIds }] : [];
  });
  return {
    ok: true,
    level,
    sum: sumOf(answered),
    highCount: answered.filter((item) => item.answer === RiskLevel.High).length,
    reasons,
    recommendStep3: step3Reasons.length > 0,
    step3Reasons,
  };
}

/**
 * Step 3, conflict level (issue 4 §4). Default rule (`riskguide-default` v1): high if K4 or K5 is
 * "fully" or the sum ≥ 6; moderate if the sum ≥ 3; otherwise low.
 */
export function scoreConflict(
  answers: Step3Answers,
  template: RiskguideTemplate,
): ConflictScore | AnswersRejected {
  const { scale, conflict } = template.step3;
  const checked = checkAnswers(conflict.statements, answers, scale);
  if (!checked.ok) return checked;
  const decided = decideLevel(checked.answered, scale, conflictRuleLevels, conflict.rule, RiskLevel.Low);
  return { ok: true, ...decided, sum: sumOf(checked.answered) };
}

/**
 * Step 3, complexity (issue 4 §4). Default rule (`riskguide-default` v1): very complex if the
 * sum ≥ 8; complex if the sum ≥ 4; otherwise simple or complicated.
 */
export function scoreComplexity(
  answers: Step3Answers,
  template: RiskguideTemplate,
): ComplexityScore | AnswersRejected {
  const { scale, complexity } = template.step3;
  const checked = checkAnswers(complexity.statements, answers, scale);
  if (!checked.ok) return checked;
  const decided = decideLevel(
    checked.answered,
    scale,
    complexityRuleLevels,
    complexity.rule,
    ComplexityLevel.SimpleOrComplicated,
  );
  return { ok: true, ...decided, sum: sumOf(checked.answered) };
}

/**
 * The cell A–I of the step-3 matrix for a conflict level and a complexity (issue 4 §4): rows
 * complexity, columns conflict; in `riskguide-default` A = simple/low … I = very complex/high.
 */
export function matrixCell(
  conflict: ConflictLevel,
  complexity: ComplexityLevel,
  template: RiskguideTemplate,
): MatrixCell {
  return template.matrix[complexity][conflict];
}

/**
 * Where a conflict level lies on Glasl's nine escalation steps (issue 4 §4); in
 * `riskguide-default` low 1–3, moderate 4–6, high 7–9.
 */
export function glaslBand(conflict: ConflictLevel, template: RiskguideTemplate): GlaslBand {
  return template.glaslBands[conflict];
}

/** The measures of the template's library that a matrix cell proposes, in library order (issue 4 §4). */
export function proposeMeasures(cell: MatrixCell, template: RiskguideTemplate): readonly MeasureProposal[] {
  return template.measures.filter((measure) => measure.cells.includes(cell));
}

/** Whether a matter screened in step 1 goes on to step 2: moderate and high do (issue 4 §2). */
export function screeningNeedsStep2(level: RiskLevel): boolean {
  return level !== RiskLevel.Low;
}
