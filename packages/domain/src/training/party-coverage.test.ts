import { describe, expect, it } from 'vitest';
import { partyTrainingCoverage } from './party-coverage';
import type { CoverageRow } from './status';

/** A party's row with `trained` of `total` trained (the split of the rest does not matter). */
function row(party: string, trained: number, total: number): CoverageRow<string> {
  return { group: party, valid: trained, dueSoon: 0, overdue: total - trained, never: 0, total, trained };
}

/** The published pairs [trained, notTrained] per party. */
function published(rows: CoverageRow<string>[]): [number | null, number | null][] {
  return partyTrainingCoverage(rows).parties.map((party) => [party.trained, party.notTrained]);
}

describe('partyTrainingCoverage: per party, aggregates only, small cells suppressed', () => {
  it('shows every party whose counts are all 5 or more', () => {
    expect(published([row('S', 10, 16), row('M', 7, 12), row('SD', 6, 11)])).toEqual([
      [10, 6],
      [7, 5],
      [6, 5],
    ]);
  });

  // M's 2 untrained are small; its trained 10 goes too (M's seats are known); then each column has
  // one hidden count, so the smallest other one in each goes as well.
  it('hides a row’s other count and enough of each column', () => {
    expect(published([row('S', 10, 16), row('M', 10, 12), row('SD', 6, 11), row('V', 8, 14)])).toEqual([
      [10, 6],
      [null, null],
      [null, null],
      [8, 6],
    ]);
  });

  it('hides a small party entirely (fewer than 5 seats)', () => {
    const result = published([row('S', 10, 16), row('KD', 2, 3), row('M', 7, 12), row('C', 6, 11)]);
    expect(result[1]).toEqual([null, null]);
  });

  it('hides everything when every party is small', () => {
    expect(published([row('KD', 2, 3), row('L', 1, 4)])).toEqual([
      [null, null],
      [null, null],
    ]);
  });

  it('publishes the columns’ totals, hidden below 5', () => {
    const result = partyTrainingCoverage([row('S', 10, 16), row('M', 3, 4)]);
    expect([result.trained, result.notTrained]).toEqual([13, 7]);
    expect(partyTrainingCoverage([row('KD', 2, 3)])).toMatchObject({ trained: null, notTrained: null });
  });

  // Whatever the rows: in each row either both counts show or neither, and in each column no
  // hidden count is alone or together below 5 unless the whole column is hidden.
  it.each([
    [[row('S', 10, 16), row('M', 10, 12), row('SD', 6, 11), row('V', 8, 14), row('C', 5, 5)]],
    [[row('S', 1, 20), row('M', 19, 20), row('SD', 12, 25)]],
    [[row('S', 9, 9), row('M', 0, 9), row('L', 9, 18)]],
  ])('leaves nothing computable: %#', (rows) => {
    const result = partyTrainingCoverage(rows);
    for (const party of result.parties) expect(party.trained === null).toBe(party.notTrained === null);
    for (const column of ['trained', 'notTrained'] as const) {
      const counts = rows.map((r) => (column === 'trained' ? r.trained : r.total - r.trained));
      const hidden = counts.filter((_count, index) => result.parties[index]?.[column] === null);
      const ok =
        hidden.length === 0 ||
        hidden.length === counts.length ||
        (hidden.length >= 2 && hidden.reduce((a, b) => a + b, 0) >= 5);
      expect(ok).toBe(true);
    }
  });

  it('keeps the parties’ order and keys', () => {
    expect(partyTrainingCoverage([row('S', 10, 16), row('M', 7, 12)]).parties.map((p) => p.party)).toEqual([
      'S',
      'M',
    ]);
  });
});
