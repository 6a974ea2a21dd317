/**
 * Small-cell suppression (DOMAIN.md §7, §8; ADR 018): figures about small groups — a party's
 * officials, above all — are published only as aggregates, and a count below the minimum is hidden,
 * so that no figure points at a person. Party affiliation is special-category data (GDPR art. 9,
 * political opinion): a count of 1 of a party's officials "not trained" names that person to anyone
 * who knows the party's few seats.
 *
 * The rule, in two steps:
 *
 * 1. **Primary**: every count below `minimum` is hidden — including 0, because "none of the party's
 *    officials" says something about each of them when the party's seats are known.
 * 2. **Secondary**: the total is published, so the hidden counts can be computed from it and the
 *    shown ones. While the hidden counts are a single one, or together hold fewer than `minimum`,
 *    the smallest shown count (the first of equals, in the given order) is hidden too, until the
 *    hidden ones are at least two holding `minimum` or more, or everything is hidden. The total is
 *    hidden when it is itself below `minimum`.
 */

/** The smallest count shown (n < 5 hidden, DOMAIN.md §7), unless the caller says otherwise. */
export const defaultSmallCellMinimum = 5;

/** One group's count before suppression. */
export interface GroupCount<K> {
  readonly key: K;
  /** How many (people, incidents), a whole number ≥ 0. */
  readonly count: number;
}

/** Why a count is hidden. */
export const SuppressionReason = {
  /** Below the minimum itself. */
  Small: 'small',
  /** Hidden so that a small count cannot be computed from the total. */
  Secondary: 'secondary',
} as const;
export type SuppressionReason = (typeof SuppressionReason)[keyof typeof SuppressionReason];

/** One group's count after suppression: `count` is null when hidden. */
export interface SuppressedCount<K> {
  readonly key: K;
  readonly count: number | null;
  readonly suppressed: SuppressionReason | null;
}

/** The groups in their given order, and the total (null when below the minimum). */
export interface SuppressedCounts<K> {
  readonly groups: readonly SuppressedCount<K>[];
  readonly total: number | null;
}

/**
 * Hides the counts below `minimum` and those from which a hidden count could be computed (the rule
 * above). The groups keep their order. Throws on a count that is not a whole number ≥ 0 or a
 * minimum below 1: a caller's error, not data.
 */
export function suppressSmallCounts<K>(
  groups: readonly GroupCount<K>[],
  minimum: number = defaultSmallCellMinimum,
): SuppressedCounts<K> {
  if (!Number.isInteger(minimum) || minimum < 1) throw new RangeError(`minimum ${minimum}`);
  for (const group of groups)
    if (!Number.isInteger(group.count) || group.count < 0) throw new RangeError(`count ${group.count}`);

  const primary = groups.map((group) => (group.count < minimum ? SuppressionReason.Small : null));
  const reasons = secondarySuppression(
    groups.map((group) => group.count),
    primary,
    minimum,
  );

  const total = groups.reduce((sum, group) => sum + group.count, 0);
  return {
    groups: groups.map((group, index) => {
      const suppressed = reasons[index] ?? null;
      return { key: group.key, count: suppressed === null ? group.count : null, suppressed };
    }),
    total: total < minimum ? null : total,
  };
}

/**
 * The secondary step of the rule above on one line of counts whose sum is known, starting from the
 * cells already hidden (`reasons`, null: shown): hides the smallest shown counts, as `secondary`,
 * until the hidden ones are none, or at least two holding `minimum` or more, or all. Returns new
 * reasons; a table with totals in two directions (`partyTrainingCoverage`) applies it to each line
 * until nothing changes.
 */
export function secondarySuppression(
  counts: readonly number[],
  reasons: readonly (SuppressionReason | null)[],
  minimum: number,
): (SuppressionReason | null)[] {
  const result = counts.map((_count, index) => reasons[index] ?? null);
  const hidden = (): number[] => result.flatMap((reason, index) => (reason === null ? [] : [index]));
  const hiddenSum = (): number => hidden().reduce((sum, index) => sum + (counts[index] ?? 0), 0);
  while (hidden().length > 0 && (hidden().length === 1 || hiddenSum() < minimum)) {
    let smallest: number | null = null;
    result.forEach((reason, index) => {
      const count = counts[index] ?? 0;
      if (reason === null && (smallest === null || count < (counts[smallest] ?? 0))) smallest = index;
    });
    if (smallest === null) break;
    result[smallest] = SuppressionReason.Secondary;
  }
  return result;
}

/**
 * Suppresses a table whose row and column sums are both published: the primary rule on each cell,
 * then the secondary rule on every row and every column until nothing changes.
 */
export function suppressCrossTable(
  cells: readonly (readonly number[])[],
  minimum: number = defaultSmallCellMinimum,
): (number | null)[][] {
  const reasons = cells.map((row) =>
    row.map((count) => (count < minimum ? SuppressionReason.Small : null) as SuppressionReason | null),
  );
  const columns = cells[0]?.length ?? 0;
  for (let changed = true; changed;) {
    changed = false;
    cells.forEach((row, rowIndex) => {
      const next = secondarySuppression(row, reasons[rowIndex] ?? [], minimum);
      if (next.some((reason, index) => reason !== reasons[rowIndex]?.[index])) changed = true;
      reasons[rowIndex] = next;
    });
    for (let column = 0; column < columns; column += 1) {
      const counts = cells.map((row) => row[column] ?? 0);
      const current = reasons.map((row) => row[column] ?? null);
      const next = secondarySuppression(counts, current, minimum);
      next.forEach((reason, rowIndex) => {
        const row = reasons[rowIndex];
        if (row && row[column] !== reason) {
          row[column] = reason;
          changed = true;
        }
      });
    }
  }
  return cells.map((row, rowIndex) =>
    row.map((count, column) => (reasons[rowIndex]?.[column] === null ? count : null)),
  );
}
