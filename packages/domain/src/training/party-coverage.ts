import { defaultSmallCellMinimum, secondarySuppression, SuppressionReason } from '../shared/small-cells';
import type { CoverageRow } from './status';

/**
 * Training coverage per party (issue 11 §3, ADR 018): only as an aggregate, with small cells
 * suppressed, because party affiliation is special-category data (GDPR art. 9).
 *
 * Each party is published as two counts: trained (valid or due soon) and not trained (overdue or
 * never). The party's own size is not published, but it is public knowledge (its seats), so the
 * two counts of a row add up to a known number; the columns' totals are published. So the rule
 * works in both directions: a count below the minimum is hidden; a row with one hidden count hides
 * the other; a column with hidden counts hides more of them by the secondary rule
 * (`secondarySuppression`) — repeated until nothing changes.
 */

/** One party's coverage as published: null where hidden. */
export interface PartyCoverageFigure<K> {
  readonly party: K;
  readonly trained: number | null;
  readonly notTrained: number | null;
}

/** The parties' figures and the columns' totals (null when below the minimum). */
export interface PartyCoverage<K> {
  readonly parties: readonly PartyCoverageFigure<K>[];
  readonly trained: number | null;
  readonly notTrained: number | null;
}

/** The coverage rows of one course per party, suppressed as above; the parties keep their order. */
export function partyTrainingCoverage<K>(
  rows: readonly CoverageRow<K>[],
  minimum: number = defaultSmallCellMinimum,
): PartyCoverage<K> {
  if (!Number.isInteger(minimum) || minimum < 1) throw new RangeError(`minimum ${minimum}`);
  const trained = rows.map((row) => row.trained);
  const notTrained = rows.map((row) => row.total - row.trained);
  const small = (count: number): SuppressionReason | null =>
    count < minimum ? SuppressionReason.Small : null;
  let trainedHidden = trained.map(small);
  let notTrainedHidden = notTrained.map(small);

  for (;;) {
    const before = [...trainedHidden, ...notTrainedHidden].filter((reason) => reason !== null).length;
    // A row's counts add up to the party's known size: one hidden, both hidden.
    trainedHidden = trainedHidden.map(
      (reason, index) => reason ?? (notTrainedHidden[index] !== null ? SuppressionReason.Secondary : null),
    );
    notTrainedHidden = notTrainedHidden.map(
      (reason, index) => reason ?? (trainedHidden[index] !== null ? SuppressionReason.Secondary : null),
    );
    trainedHidden = secondarySuppression(trained, trainedHidden, minimum);
    notTrainedHidden = secondarySuppression(notTrained, notTrainedHidden, minimum);
    const after = [...trainedHidden, ...notTrainedHidden].filter((reason) => reason !== null).length;
    if (after === before) break;
  }

  const sum = (counts: readonly number[]): number => counts.reduce((total, count) => total + count, 0);
  const orNull = (count: number): number | null => (count < minimum ? null : count);
  return {
    parties: rows.map((row, index) => ({
      party: row.group,
      trained: trainedHidden[index] === null ? (trained[index] ?? null) : null,
      notTrained: notTrainedHidden[index] === null ? (notTrained[index] ?? null) : null,
    })),
    trained: orNull(sum(trained)),
    notTrained: orNull(sum(notTrained)),
  };
}
