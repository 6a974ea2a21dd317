import { describe, expect, it } from 'vitest';
import { suppressCrossTable, suppressSmallCounts } from './small-cells';

/** The shown counts, `null` for hidden ones, in the groups' order. */
function shown(counts: readonly number[], minimum?: number): (number | null)[] {
  const groups = counts.map((count, index) => ({ key: `g${index}`, count }));
  return suppressSmallCounts(groups, minimum).groups.map((group) => group.count);
}

describe('suppressSmallCounts: primary and secondary suppression (n < 5 hidden)', () => {
  it.each<[string, number[], (number | null)[]]>([
    ['nothing small', [5, 9, 12], [5, 9, 12]],
    ['no groups', [], []],
    // 4 alone would be total − 21: the smallest shown count (5) goes too.
    ['one small count: the smallest other one hidden too', [4, 9, 12, 5], [null, 9, 12, null]],
    ['0 is small: "none of them" says something about each', [0, 9, 12], [null, null, 12]],
    ['two small counts holding ≥ 5 together: nothing more', [2, 3, 9, 12], [null, null, 9, 12]],
    // 1 + 1 < 5: the two together are still a small cell.
    ['two small counts holding < 5 together: one more', [1, 1, 9, 12], [null, null, null, 12]],
    ['equal smallest shown counts: the first is hidden', [3, 7, 7], [null, null, 7]],
    ['every count small', [1, 2, 3], [null, null, null]],
    ['a single group, small', [3], [null]],
    ['a single group, not small', [8], [8]],
    ['the boundary: 5 is shown, 4 is not', [4, 5, 5, 5], [null, null, 5, 5]],
  ])('%s: %j → %j', (_label, counts, expected) => {
    expect(shown(counts)).toEqual(expected);
  });

  it.each<[number, number[], (number | null)[]]>([
    [1, [0, 1, 2], [null, null, 2]],
    [3, [2, 3, 4], [null, null, 4]],
    [10, [9, 10, 30], [null, null, 30]],
  ])('minimum %d: %j → %j', (minimum, counts, expected) => {
    expect(shown(counts, minimum)).toEqual(expected);
  });

  it('says why each count is hidden and keeps the keys in order', () => {
    const result = suppressSmallCounts([
      { key: 'S', count: 12 },
      { key: 'M', count: 2 },
      { key: 'V', count: 6 },
    ]);
    expect(result.groups).toEqual([
      { key: 'S', count: 12, suppressed: null },
      { key: 'M', count: null, suppressed: 'small' },
      { key: 'V', count: null, suppressed: 'secondary' },
    ]);
  });

  it.each<[number[], number | null]>([
    [[2, 9, 12], 23],
    [[1, 3], null],
    [[0, 4], null],
    [[5], 5],
    [[], null],
  ])('the total of %j is %s (hidden below the minimum)', (counts, total) => {
    const groups = counts.map((count, index) => ({ key: index, count }));
    expect(suppressSmallCounts(groups).total).toBe(total);
  });

  // Whatever the counts, no hidden count can be worked out from the total and the shown ones:
  // either nothing is hidden, or at least two are hidden holding at least the minimum, or all are.
  it.each([[[4, 100]], [[1, 1, 1, 50, 60]], [[0, 0, 5, 5]], [[3, 3, 3, 3]], [[4, 6, 7, 8, 9]]])(
    'never leaves a hidden count computable: %j',
    (counts) => {
      const result = suppressSmallCounts(counts.map((count, index) => ({ key: index, count })));
      const hiddenCounts = counts.filter((_count, index) => result.groups[index]?.count === null);
      const allHidden = hiddenCounts.length === counts.length;
      expect(
        hiddenCounts.length === 0 ||
          allHidden ||
          (hiddenCounts.length >= 2 && hiddenCounts.reduce((a, b) => a + b, 0) >= 5),
      ).toBe(true);
    },
  );

  it.each([
    [[-1], 5],
    [[1.5], 5],
    [[3], 0],
  ])('refuses counts %j or minimum %d', (counts, minimum) => {
    expect(() =>
      suppressSmallCounts(
        counts.map((count) => ({ key: 'x', count })),
        minimum,
      ),
    ).toThrow(RangeError);
  });
});

describe('suppressCrossTable: both directions of a table with published margins', () => {
  it('hides the small cells and, in each row and column, enough others that none can be computed', () => {
    const result = suppressCrossTable([
      [10, 3, 8],
      [9, 12, 7],
    ]);
    // Row 1: 3 hidden, so 8 too; column 2 then holds a single hidden 3, so 12 too; row 2 then
    // holds 12 alone hidden, so 7 too — and column 3 has both hidden.
    expect(result).toEqual([
      [10, null, null],
      [9, null, null],
    ]);
  });

  it('keeps a table without small cells whole', () => {
    expect(
      suppressCrossTable([
        [5, 6],
        [7, 8],
      ]),
    ).toEqual([
      [5, 6],
      [7, 8],
    ]);
  });
});
