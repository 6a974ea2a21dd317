import { addCalendarDays, swedishDate } from '../shared/swedish-time';
import { suppressSmallCounts, type SuppressionReason } from '../shared/small-cells';
import { generalElectionDate } from '../training/elections';

/**
 * Trends of the lägesbild (issue 12 §1): incidents by month, category, channel, perpetrator type
 * and targeted role over a calendar year, beside a comparison year, so that the election year's
 * peak shows against an ordinary year (and an ordinary year against the last election).
 */

/** Whether a general election is held in `year` (second Sunday of September, every four years). */
export function isGeneralElectionYear(year: number): boolean {
  return generalElectionDate(year) !== null;
}

/**
 * The year a year's trends are compared with: an election year with the year before it (an
 * ordinary year: what the campaign added), an ordinary year with the latest election year before
 * it (how far the picture has come down, or not, since the campaign).
 */
export function comparisonYearOf(year: number): number {
  if (isGeneralElectionYear(year)) return year - 1;
  for (let candidate = year - 1; candidate > year - 5; candidate -= 1)
    if (isGeneralElectionYear(candidate)) return candidate;
  return year - 1;
}

/**
 * The election period around a general election: from twelve weeks before election day (the
 * campaign: valstugor, debates, canvassing) to two weeks after it (the count, the results, the
 * new majority). Incidents reported in it carry the "election period" mark by default.
 */
export const electionPeriodWeeksBefore = 12;
export const electionPeriodDaysAfter = 14;

/** The election period of an election day (YYYY-MM-DD), both days included. */
export function electionPeriodOf(electionDate: string): { readonly from: string; readonly to: string } {
  return {
    from: addCalendarDays(electionDate, -7 * electionPeriodWeeksBefore),
    to: addCalendarDays(electionDate, electionPeriodDaysAfter),
  };
}

/** Whether `at` (its day in Sweden) falls in the election period of its year's general election. */
export function inElectionPeriod(at: Date): boolean {
  const day = swedishDate(at);
  const election = generalElectionDate(Number(day.slice(0, 4)));
  if (election === null) return false;
  const period = electionPeriodOf(election);
  return day >= period.from && day <= period.to;
}

/** The twelve months of a year as "YYYY-MM". */
export function monthsOfYear(year: number): string[] {
  return Array.from({ length: 12 }, (_unused, index) => `${year}-${String(index + 1).padStart(2, '0')}`);
}

/**
 * The months of the year on which the election period falls (for the chart's shading), empty in
 * an ordinary year.
 */
export function electionMonthsOf(year: number): string[] {
  const election = generalElectionDate(year);
  if (election === null) return [];
  const period = electionPeriodOf(election);
  return monthsOfYear(year).filter(
    (month) => month >= period.from.slice(0, 7) && month <= period.to.slice(0, 7),
  );
}

/** One group of a trend (a month, a category, …) with its count this year and in the comparison year. */
export interface TrendCount<K> {
  readonly key: K;
  readonly count: number;
  readonly comparison: number;
}

/** One group after suppression: null counts are hidden (n < 5). */
export interface SuppressedTrendCount<K> {
  readonly key: K;
  readonly count: number | null;
  readonly comparison: number | null;
  readonly suppressed: SuppressionReason | null;
  readonly comparisonSuppressed: SuppressionReason | null;
}

/** A trend after suppression, with each year's total (null when below the minimum). */
export interface SuppressedTrend<K> {
  readonly groups: readonly SuppressedTrendCount<K>[];
  readonly total: number | null;
  readonly comparisonTotal: number | null;
}

/**
 * A trend as it may be shown: with `suppress`, each year's line goes through the small-cell rule
 * (`suppressSmallCounts`: n < minimum hidden, and what would let a hidden count be computed from
 * the total); without, every count as it is (the security unit, which sees the cases themselves).
 */
export function trendOf<K>(
  groups: readonly TrendCount<K>[],
  suppress: boolean,
  minimum?: number,
): SuppressedTrend<K> {
  const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
  if (!suppress)
    return {
      groups: groups.map((group) => ({
        ...group,
        suppressed: null,
        comparisonSuppressed: null,
      })),
      total: sum(groups.map((group) => group.count)),
      comparisonTotal: sum(groups.map((group) => group.comparison)),
    };
  const current = suppressSmallCounts(
    groups.map((group) => ({ key: group.key, count: group.count })),
    minimum,
  );
  const comparison = suppressSmallCounts(
    groups.map((group) => ({ key: group.key, count: group.comparison })),
    minimum,
  );
  return {
    groups: groups.map((group, index) => ({
      key: group.key,
      count: current.groups[index]?.count ?? null,
      comparison: comparison.groups[index]?.count ?? null,
      suppressed: current.groups[index]?.suppressed ?? null,
      comparisonSuppressed: comparison.groups[index]?.suppressed ?? null,
    })),
    total: current.total,
    comparisonTotal: comparison.total,
  };
}

/**
 * Hides a single count below the minimum (a figure shown alone, without a total to compute it
 * from): null when hidden. Zero is hidden too: "none of the party's officials" says something
 * about each of them.
 */
export function suppressSingle(count: number, minimum = 5): number | null {
  return count < minimum ? null : count;
}
