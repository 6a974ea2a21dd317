/**
 * Riskguide templates (DOMAIN.md §4, issue 4 §5): the statements, answer scales, scoring rules,
 * the 3×3 matrix, Glasl's bands and the measure library of the three-step risk and conflict
 * analysis, as versioned data. An admin makes a new version; an assessment keeps the version it
 * used. Scoring (`scoring.ts`) reads the rules from here and holds no thresholds of its own;
 * `validateTemplate` (`validation.ts`) decides whether a template can be used.
 */

import type { BilingualText } from '../shared/bilingual';

/**
 * Risk level (risknivå) of step 1 and step 2, and conflict level (konfliktnivå) of step 3: låg,
 * måttlig, hög. Also the answer to each step-2 statement (issue 4 §3).
 */
export const RiskLevel = { Low: 'low', Moderate: 'moderate', High: 'high' } as const;
export type RiskLevel = (typeof RiskLevel)[keyof typeof RiskLevel];
/** Lowest first. */
export const riskLevels: readonly RiskLevel[] = Object.values(RiskLevel);

/** Conflict level of step 3 (konfliktnivå): the same three levels as risk (issue 4 §4). */
export type ConflictLevel = RiskLevel;

/** Answer to a step-3 statement (issue 4 §4): stämmer inte, stämmer delvis, stämmer helt. */
export const Step3Answer = { DoesNotApply: 'does_not_apply', Partly: 'partly', Fully: 'fully' } as const;
export type Step3Answer = (typeof Step3Answer)[keyof typeof Step3Answer];
/** Lowest first. */
export const step3Answers: readonly Step3Answer[] = Object.values(Step3Answer);

/** Complexity of step 3 (komplexitet, issue 4 §4): enkel eller komplicerad, komplex, mycket komplex. */
export const ComplexityLevel = {
  SimpleOrComplicated: 'simple_or_complicated',
  Complex: 'complex',
  VeryComplex: 'very_complex',
} as const;
export type ComplexityLevel = (typeof ComplexityLevel)[keyof typeof ComplexityLevel];
/** Lowest first. */
export const complexityLevels: readonly ComplexityLevel[] = Object.values(ComplexityLevel);

/** A cell of the 3×3 matrix of step 3 (issue 4 §4): A = simple/low … I = very complex/high. */
export const MatrixCell = {
  A: 'A',
  B: 'B',
  C: 'C',
  D: 'D',
  E: 'E',
  F: 'F',
  G: 'G',
  H: 'H',
  I: 'I',
} as const;
export type MatrixCell = (typeof MatrixCell)[keyof typeof MatrixCell];
export const matrixCells: readonly MatrixCell[] = Object.values(MatrixCell);

/** Names of the risk and conflict levels for the UI. */
export const riskLevelText: Readonly<Record<RiskLevel, BilingualText>> = {
  low: { sv: 'Låg', en: 'Low' },
  moderate: { sv: 'Måttlig', en: 'Moderate' },
  high: { sv: 'Hög', en: 'High' },
};

/** Names of the step-3 answers for the UI. */
export const step3AnswerText: Readonly<Record<Step3Answer, BilingualText>> = {
  does_not_apply: { sv: 'Stämmer inte', en: 'Does not apply' },
  partly: { sv: 'Stämmer delvis', en: 'Partly' },
  fully: { sv: 'Stämmer helt', en: 'Fully' },
};

/** Names of the complexity levels for the UI. */
export const complexityLevelText: Readonly<Record<ComplexityLevel, BilingualText>> = {
  simple_or_complicated: { sv: 'Enkel eller komplicerad', en: 'Simple or complicated' },
  complex: { sv: 'Komplex', en: 'Complex' },
  very_complex: { sv: 'Mycket komplex', en: 'Very complex' },
};

/** The kinds of scoring condition a rule is made of. */
export const ConditionKind = {
  /** At least `count` statements are answered `answer` or higher. */
  CountAtLeast: 'count_at_least',
  /** The points of all statements add up to at least `sum`. */
  SumAtLeast: 'sum_at_least',
  /** At least one of the listed statements is answered `answer` or higher. */
  AnyOf: 'any_of',
} as const;
export type ConditionKind = (typeof ConditionKind)[keyof typeof ConditionKind];
export const conditionKinds: readonly ConditionKind[] = Object.values(ConditionKind);

/**
 * One scoring condition over the answers of a statement set. Every kind only counts answers "at
 * or above" something, so raising an answer can never make a met condition fail: the result is
 * monotone for every template whose scale points increase (checked by `validateTemplate`).
 */
export type ScoreCondition<Answer extends string> =
  | { readonly kind: 'count_at_least'; readonly answer: Answer; readonly count: number }
  | { readonly kind: 'sum_at_least'; readonly sum: number }
  | { readonly kind: 'any_of'; readonly statementIds: readonly string[]; readonly answer: Answer };

/**
 * A level rule: for each level above the lowest, the conditions that lead to it. The highest
 * level with at least one condition met is the result; when none is met, the lowest level.
 */
export type LevelRule<Level extends string, Answer extends string> = Readonly<
  Record<Level, readonly ScoreCondition<Answer>[]>
>;

/** Points of each answer of a scale (issue 4 §5: low = 0, moderate = 1, high = 2 by default). */
export type ScalePoints<Answer extends string> = Readonly<Record<Answer, number>>;

/** A statement to be answered, with a stable id (`A1`, `K4`, `X6`) that rules and answers use. */
export interface TemplateStatement {
  readonly id: string;
  readonly text: BilingualText;
}

/** A step-1 prompt (stödfråga): a checkbox that helps the screener, not scored. */
export interface ScreeningPrompt {
  readonly id: string;
  readonly text: BilingualText;
}

/** A theme (tema) of step 2 with its statements. */
export interface Step2Theme {
  readonly id: string;
  readonly title: BilingualText;
  readonly statements: readonly TemplateStatement[];
}

/**
 * When step 3 is recommended after step 2: the step-2 level is at least `minLevel` and, when
 * `onlyIf` is given, that condition holds too.
 */
export interface Step3Trigger {
  readonly minLevel: RiskLevel;
  readonly onlyIf: ScoreCondition<RiskLevel> | null;
}

/** The step-2 rule: the level, and when step 3 is recommended (any trigger suffices). */
export interface Step2Rule {
  readonly levels: LevelRule<Exclude<RiskLevel, 'low'>, RiskLevel>;
  readonly recommendStep3: readonly Step3Trigger[];
}

/** A statement set of step 3 with its rule. */
export interface Step3Part<Level extends string> {
  readonly statements: readonly TemplateStatement[];
  readonly rule: LevelRule<Level, Step3Answer>;
}

/** A band of Glasl's nine escalation steps, both ends included (1–9). */
export interface GlaslBand {
  readonly from: number;
  readonly to: number;
}

/** An entry of the measure library (åtgärdsbibliotek) and the matrix cells that propose it. */
export interface MeasureProposal {
  readonly id: string;
  readonly text: BilingualText;
  readonly cells: readonly MatrixCell[];
}

/** A Riskguide template, one version of it. */
export interface RiskguideTemplate {
  /** Stable across versions, e.g. `riskguide-default`. */
  readonly id: string;
  /** 1, 2, …; an assessment stores the version it used. */
  readonly version: number;
  readonly name: BilingualText;
  /** Step 1, screening (issue 4 §2). */
  readonly step1: { readonly prompts: readonly ScreeningPrompt[] };
  /** Step 2, deeper assessment (issue 4 §3). */
  readonly step2: {
    readonly scale: ScalePoints<RiskLevel>;
    readonly themes: readonly Step2Theme[];
    readonly rule: Step2Rule;
  };
  /** Step 3, conflict level and complexity (issue 4 §4), on one answer scale. */
  readonly step3: {
    readonly scale: ScalePoints<Step3Answer>;
    readonly conflict: Step3Part<Exclude<ConflictLevel, 'low'>>;
    readonly complexity: Step3Part<Exclude<ComplexityLevel, 'simple_or_complicated'>>;
  };
  /** Rows complexity, columns conflict. */
  readonly matrix: Readonly<Record<ComplexityLevel, Readonly<Record<ConflictLevel, MatrixCell>>>>;
  /** Where each conflict level lies on Glasl's nine steps. */
  readonly glaslBands: Readonly<Record<ConflictLevel, GlaslBand>>;
  /** In the order the UI proposes them. */
  readonly measures: readonly MeasureProposal[];
}

/** The levels of step 2 that have conditions, highest first (the order rules are tried in). */
export const step2RuleLevels = [RiskLevel.High, RiskLevel.Moderate] as const;
/** The conflict levels that have conditions, highest first. */
export const conflictRuleLevels = [RiskLevel.High, RiskLevel.Moderate] as const;
/** The complexity levels that have conditions, highest first. */
export const complexityRuleLevels = [ComplexityLevel.VeryComplex, ComplexityLevel.Complex] as const;

/** All step-2 statements of a template, theme by theme. */
export function step2Statements(template: RiskguideTemplate): readonly TemplateStatement[] {
  return template.step2.themes.flatMap((theme) => theme.statements);
}
