import { median } from '../incidents/handling-times';
import { isMeasureOpen, isMeasureOverdue, type MeasureStatus } from '../measures/measures';
import { matrixCells, riskLevels, type MatrixCell, type RiskLevel } from './template';

/**
 * Riskguide in figures (issue 4 §7, "viewers: aggregates"): how many matters stand at which level
 * now, what the period's assessments came to, how long they took and how the measures are going —
 * counts only, never a title, an answer or a name.
 */

/**
 * The level a matter stands at now: the step-2 level of its latest finished assessment; without
 * one, the level of its latest screening (step 1); without that, none.
 */
export function currentMatterLevel(result: {
  readonly screeningLevel: RiskLevel | null;
  readonly riskLevel: RiskLevel | null;
}): RiskLevel | null {
  return result.riskLevel ?? result.screeningLevel;
}

export interface RiskguideSummaryFacts {
  /** Every matter of the organisation, grouped by its latest step-1 and step-2 levels. */
  readonly matters: readonly {
    readonly screeningLevel: RiskLevel | null;
    readonly riskLevel: RiskLevel | null;
    readonly count: number;
  }[];
  /** Matters screened (step 1) during the period, each counted once. */
  readonly screenedInPeriod: number;
  /** Assessments finished during the period. */
  readonly finishedInPeriod: readonly {
    readonly riskLevel: RiskLevel;
    readonly cell: MatrixCell | null;
    readonly startedAt: Date;
    readonly finishedAt: Date;
  }[];
  /** Draft assessments now: matters sent on to step 2 and not yet finished. */
  readonly drafts: number;
  /** The tracked measures of matters now, grouped by status and due date. */
  readonly measures: readonly {
    readonly status: MeasureStatus;
    readonly dueDate: string | null;
    readonly count: number;
  }[];
}

export interface RiskguideSummary {
  readonly now: {
    readonly matters: number;
    /** By {@link currentMatterLevel}; `none` neither screened nor assessed. */
    readonly byLevel: Readonly<Record<RiskLevel | 'none', number>>;
    readonly waitingForAssessment: number;
    readonly measures: { readonly open: number; readonly overdue: number; readonly done: number };
  };
  readonly period: {
    readonly screened: number;
    readonly assessed: number;
    readonly byRiskLevel: Readonly<Record<RiskLevel, number>>;
    /** Finished assessments that went through step 3, by matrix cell. */
    readonly byCell: Readonly<Record<MatrixCell, number>>;
    /** From the start of the draft to its signing, in days (one decimal). */
    readonly daysToFinish: { readonly median: number | null; readonly longest: number | null };
  };
}

const zeroes = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;

const dayMs = 86_400_000;
const oneDecimal = (value: number): number => Math.round(value * 10) / 10;

/** The figures of {@link RiskguideSummary} from the facts of an organisation, on `today` (Swedish date). */
export function riskguideSummary(facts: RiskguideSummaryFacts, today: string): RiskguideSummary {
  const byLevel = zeroes<RiskLevel | 'none'>([...riskLevels, 'none']);
  let matters = 0;
  for (const group of facts.matters) {
    byLevel[currentMatterLevel(group) ?? 'none'] += group.count;
    matters += group.count;
  }
  const measures = { open: 0, overdue: 0, done: 0 };
  for (const group of facts.measures) {
    if (isMeasureOpen(group.status)) measures.open += group.count;
    if (isMeasureOverdue(group, today)) measures.overdue += group.count;
    if (group.status === 'done') measures.done += group.count;
  }
  const byRiskLevel = zeroes(riskLevels);
  const byCell = zeroes(matrixCells);
  for (const assessment of facts.finishedInPeriod) {
    byRiskLevel[assessment.riskLevel] += 1;
    if (assessment.cell !== null) byCell[assessment.cell] += 1;
  }
  const days = facts.finishedInPeriod
    .map((assessment) => (assessment.finishedAt.getTime() - assessment.startedAt.getTime()) / dayMs)
    .sort((a, b) => a - b);
  const middle = median(days);
  const longest = days.at(-1);
  return {
    now: { matters, byLevel, waitingForAssessment: facts.drafts, measures },
    period: {
      screened: facts.screenedInPeriod,
      assessed: facts.finishedInPeriod.length,
      byRiskLevel,
      byCell,
      daysToFinish: {
        median: middle === null ? null : oneDecimal(middle),
        longest: longest === undefined ? null : oneDecimal(longest),
      },
    },
  };
}
