/**
 * Handling times (DOMAIN.md §3, issue 3 §7): from report to first contact, to assessment done
 * and to closing; count, median and 90th percentile per category. Durations in hours.
 */

/** The times of one incident that the metrics read. */
export interface HandlingTimes {
  readonly categories: readonly string[];
  readonly reportedAt: Date;
  readonly firstContactAt: Date | null;
  readonly assessedAt: Date | null;
  readonly closedAt: Date | null;
}

/** Statistics of one duration: how many incidents reached the step, and how fast (hours). */
export interface DurationStats {
  readonly count: number;
  readonly medianHours: number | null;
  readonly p90Hours: number | null;
}

/** The three durations for one group of incidents. */
export interface HandlingTimeStats {
  /** Incidents reported in the period. */
  readonly reported: number;
  readonly toFirstContact: DurationStats;
  readonly toAssessed: DurationStats;
  readonly toClosed: DurationStats;
}

/**
 * The nearest-rank percentile (`p` in 0–100] of sorted values: the smallest value with at least
 * p % of the values at or below it. `null` for no values.
 */
export function percentile(sortedValues: readonly number[], p: number): number | null {
  if (sortedValues.length === 0) return null;
  const rank = Math.max(1, Math.ceil((p / 100) * sortedValues.length));
  return sortedValues[Math.min(rank, sortedValues.length) - 1] ?? null;
}

/** The median: the mean of the two middle values for an even count. */
export function median(sortedValues: readonly number[]): number | null {
  const n = sortedValues.length;
  if (n === 0) return null;
  const middle = Math.floor(n / 2);
  const upper = sortedValues[middle] ?? 0;
  return n % 2 === 1 ? upper : ((sortedValues[middle - 1] ?? 0) + upper) / 2;
}

const hoursBetween = (from: Date, to: Date): number =>
  Math.max(0, (to.getTime() - from.getTime()) / 3_600_000);

/** Durations are shown in hours with one decimal. */
const roundHours = (value: number | null): number | null =>
  value === null ? null : Math.round(value * 10) / 10;

function stats(durations: number[]): DurationStats {
  const sorted = durations.sort((a, b) => a - b);
  return roundedStats({ count: sorted.length, median: median(sorted), p90: percentile(sorted, 90) });
}

/**
 * One duration of a group as computed where the incidents are (the server does it in SQL):
 * how many reached the step, the {@link median} and the 90th {@link percentile} in hours,
 * unrounded.
 */
export interface DurationAggregate {
  readonly count: number;
  readonly median: number | null;
  readonly p90: number | null;
}

/** A group's aggregates: all incidents of the period (`category` null) or those of a category. */
export interface HandlingTimeAggregate {
  readonly category: string | null;
  readonly reported: number;
  readonly toFirstContact: DurationAggregate;
  readonly toAssessed: DurationAggregate;
  readonly toClosed: DurationAggregate;
}

function roundedStats(aggregate: DurationAggregate): DurationStats {
  return {
    count: aggregate.count,
    medianHours: roundHours(aggregate.median),
    p90Hours: roundHours(aggregate.p90),
  };
}

const noDuration: DurationAggregate = { count: 0, median: null, p90: null };

function statsOfAggregate(aggregate: HandlingTimeAggregate | undefined): HandlingTimeStats {
  return {
    reported: aggregate?.reported ?? 0,
    toFirstContact: roundedStats(aggregate?.toFirstContact ?? noDuration),
    toAssessed: roundedStats(aggregate?.toAssessed ?? noDuration),
    toClosed: roundedStats(aggregate?.toClosed ?? noDuration),
  };
}

/**
 * The figures of {@link handlingTimeMetrics} from aggregates computed elsewhere (one group for
 * the whole period, one per category that has incidents): rounded the same way, categories in
 * the same order.
 */
export function handlingTimeMetricsFromAggregates(groups: readonly HandlingTimeAggregate[]): {
  overall: HandlingTimeStats;
  byCategory: Record<string, HandlingTimeStats>;
} {
  const categories = groups
    .flatMap((group) => (group.category === null ? [] : [group]))
    .sort((a, b) => ((a.category ?? '') < (b.category ?? '') ? -1 : 1));
  return {
    overall: statsOfAggregate(groups.find((group) => group.category === null)),
    byCategory: Object.fromEntries(categories.map((group) => [group.category, statsOfAggregate(group)])),
  };
}

function statsOf(incidents: readonly HandlingTimes[]): HandlingTimeStats {
  const durations = (pick: (incident: HandlingTimes) => Date | null): number[] =>
    incidents.flatMap((incident) => {
      const at = pick(incident);
      return at ? [hoursBetween(incident.reportedAt, at)] : [];
    });
  return {
    reported: incidents.length,
    toFirstContact: stats(durations((incident) => incident.firstContactAt)),
    toAssessed: stats(durations((incident) => incident.assessedAt)),
    toClosed: stats(durations((incident) => incident.closedAt)),
  };
}

/**
 * Handling times of incidents reported in [from, to), overall and per category (an incident
 * with several categories counts in each). Categories without incidents are left out.
 *
 * This is the definition. The server computes the same figures in SQL over the period's rows
 * (`aggregateHandlingTimes`, with {@link handlingTimeMetricsFromAggregates}); a server test
 * holds the two equal.
 */
export function handlingTimeMetrics(
  incidents: readonly HandlingTimes[],
  from: Date,
  to: Date,
): { overall: HandlingTimeStats; byCategory: Record<string, HandlingTimeStats> } {
  const inPeriod = incidents.filter((incident) => incident.reportedAt >= from && incident.reportedAt < to);
  const categories = [...new Set(inPeriod.flatMap((incident) => incident.categories))].sort();
  return {
    overall: statsOf(inPeriod),
    byCategory: Object.fromEntries(
      categories.map((category) => [
        category,
        statsOf(inPeriod.filter((incident) => incident.categories.includes(category))),
      ]),
    ),
  };
}
