import type { BilingualText } from '../shared/bilingual';
import {
  complexityLevelText,
  conditionKinds,
  type LevelRule,
  riskLevelText,
  type ScalePoints,
  type ScoreCondition,
  step3AnswerText,
  type TemplateStatement,
} from './template';
import { TemplateProblemCode, type TemplateProblemCode as Code } from './template-problems';

/*
 * The checks of scales and scoring rules behind `validateTemplate` (issue 4 §5, §8): can a rule
 * be evaluated, and can each of its conditions both be met and fail?
 */

const P = TemplateProblemCode;

/** Records one problem. */
export type Report = (code: Code, path: string, sv: string, en: string) => void;

/** Whether a value is a whole number that arithmetic keeps exact. */
export const isWholeNumber = (value: unknown): value is number => Number.isSafeInteger(value);

const names: Readonly<Partial<Record<string, BilingualText>>> = {
  ...riskLevelText,
  ...step3AnswerText,
  ...complexityLevelText,
};

/** The UI name of a level or an answer, lower case, for messages. */
export const nameOf = (value: string, language: keyof BilingualText): string =>
  names[value]?.[language].toLocaleLowerCase(language) ?? value;

/** The lowest and highest points of a scale, or `null` (reported) when the scale is unusable. */
export function checkScale<Answer extends string>(
  report: Report,
  path: string,
  scale: ScalePoints<Answer>,
  answers: readonly Answer[],
): { readonly lowest: number; readonly highest: number } | null {
  const points: readonly unknown[] = answers.map((answer) => scale[answer]);
  const usable = points.every(
    (value, index) =>
      isWholeNumber(value) && value >= 0 && (index === 0 || value > Number(points[index - 1])),
  );
  if (!usable) {
    report(
      P.InvalidScale,
      path,
      `Poängen måste vara hela tal från 0 och öka från ${answers.map((answer) => nameOf(answer, 'sv')).join(' till ')}.`,
      `The points must be whole numbers from 0, rising from ${answers.map((answer) => nameOf(answer, 'en')).join(' to ')}.`,
    );
    return null;
  }
  return { lowest: Number(points[0]), highest: Number(points[points.length - 1]) };
}

/** The statements a rule is evaluated on, and the answers of their scale, lowest first. */
export interface StatementSet<Answer extends string> {
  readonly statements: readonly TemplateStatement[];
  readonly answers: readonly Answer[];
  /** `null` when the scale is unusable: then thresholds cannot be judged. */
  readonly range: { readonly lowest: number; readonly highest: number } | null;
}

const thresholdOf = <Answer extends string>(condition: ScoreCondition<Answer>): number | null =>
  condition.kind === 'count_at_least'
    ? condition.count
    : condition.kind === 'sum_at_least'
      ? condition.sum
      : null;

/**
 * Whether one condition can be evaluated (known kind, answer and statements, a whole-number
 * threshold) and can both be met and fail on `set`.
 */
export function checkCondition<Answer extends string>(
  report: Report,
  path: string,
  condition: ScoreCondition<Answer>,
  set: StatementSet<Answer>,
): void {
  if (!(conditionKinds as readonly string[]).includes(condition.kind)) {
    report(
      P.UnknownConditionKind,
      path,
      `Villkoret är av en okänd sort (${String(condition.kind)}) och kan inte beräknas.`,
      `The condition is of an unknown kind (${String(condition.kind)}) and cannot be evaluated.`,
    );
    return;
  }
  if (condition.kind !== 'sum_at_least' && !set.answers.includes(condition.answer))
    report(
      P.UnknownAnswer,
      `${path}.answer`,
      `Svaret ${String(condition.answer)} finns inte på skalan.`,
      `The answer ${String(condition.answer)} is not on the scale.`,
    );
  const threshold = thresholdOf(condition);
  if (threshold !== null && !isWholeNumber(threshold)) {
    report(
      P.InvalidNumber,
      `${path}.${condition.kind === 'count_at_least' ? 'count' : 'sum'}`,
      'Gränsen måste vara ett heltal.',
      'The threshold must be a whole number.',
    );
    return;
  }
  const count = set.statements.length;
  const atLowest = condition.kind !== 'sum_at_least' && condition.answer === set.answers[0];
  const unreachable = (sv: string, en: string): void => report(P.ThresholdUnreachable, path, sv, en);
  const alwaysMet = (): void =>
    report(P.ThresholdAlwaysMet, path, 'Villkoret uppfylls alltid.', 'The condition is always met.');
  switch (condition.kind) {
    case 'count_at_least':
      if (condition.count > count)
        unreachable(`Det finns bara ${count} påståenden.`, `There are only ${count} statements.`);
      else if (condition.count < 1 || atLowest) alwaysMet();
      return;
    case 'sum_at_least': {
      if (set.range === null) return;
      const [lowest, highest] = [count * set.range.lowest, count * set.range.highest];
      if (condition.sum > highest)
        unreachable(`Summan kan högst bli ${highest}.`, `The sum can be at most ${highest}.`);
      else if (condition.sum <= lowest) alwaysMet();
      return;
    }
    case 'any_of': {
      const known = new Set(set.statements.map((statement) => statement.id));
      condition.statementIds.forEach((id, index) => {
        if (!known.has(id))
          report(
            P.UnknownStatement,
            `${path}.statementIds[${index}]`,
            `Påståendet ${id} finns inte.`,
            `There is no statement ${id}.`,
          );
      });
      if (condition.statementIds.length === 0)
        unreachable('Villkoret räknar inte upp något påstående.', 'The condition lists no statement.');
      else if (atLowest) alwaysMet();
      return;
    }
  }
}

/** Whether two conditions have thresholds of the same measure (the sum, or a count of one answer). */
const sameMeasure = <Answer extends string>(a: ScoreCondition<Answer>, b: ScoreCondition<Answer>): boolean =>
  (a.kind === 'sum_at_least' && b.kind === 'sum_at_least') ||
  (a.kind === 'count_at_least' && b.kind === 'count_at_least' && a.answer === b.answer);

/**
 * A level rule: every level has conditions, each condition is usable, and a lower level's
 * threshold lies below a higher level's of the same measure.
 */
export function checkLevelRule<Level extends string, Answer extends string>(
  report: Report,
  path: string,
  rule: LevelRule<Level, Answer> | undefined,
  order: readonly Level[],
  set: StatementSet<Answer>,
): void {
  const byLevel = order.map((level) => {
    const conditions: readonly ScoreCondition<Answer>[] | undefined = rule?.[level];
    if (conditions === undefined || conditions.length === 0)
      report(
        P.LevelWithoutConditions,
        `${path}.${level}`,
        `Nivån ${nameOf(level, 'sv')} har inga villkor och kan aldrig bli resultatet.`,
        `The level ${nameOf(level, 'en')} has no conditions and can never be the result.`,
      );
    conditions?.forEach((condition, index) =>
      checkCondition(report, `${path}.${level}[${index}]`, condition, set),
    );
    return { level, conditions: conditions ?? [] };
  });
  // A lower level's threshold at or above a higher level's of the same measure can only be met
  // when the higher level is: the lower condition is dead (e.g. moderate at sum ≥ 9, high at ≥ 9).
  byLevel.forEach((lower, lowerIndex) => {
    for (const higher of byLevel.slice(0, lowerIndex)) {
      lower.conditions.forEach((condition, index) => {
        const own = thresholdOf(condition);
        for (const other of higher.conditions) {
          const limit = thresholdOf(other);
          if (!isWholeNumber(own) || !isWholeNumber(limit) || !sameMeasure(condition, other) || own < limit)
            continue;
          report(
            P.ThresholdNotBelowHigherLevel,
            `${path}.${lower.level}[${index}]`,
            `Gränsen ${own} för ${nameOf(lower.level, 'sv')} måste vara lägre än gränsen ${limit} för ${nameOf(higher.level, 'sv')}.`,
            `The threshold ${own} for ${nameOf(lower.level, 'en')} must be below the threshold ${limit} for ${nameOf(higher.level, 'en')}.`,
          );
        }
      });
    }
  });
}
