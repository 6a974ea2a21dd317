import { describe, expect, it } from 'vitest';
import {
  handlingTimeMetrics,
  handlingTimeMetricsFromAggregates,
  median,
  percentile,
  type DurationStats,
  type HandlingTimes,
} from './handling-times';

const hour = 3_600_000;
const reportedAt = new Date('2026-03-02T08:00:00Z');
const after = (hours: number, from: Date = reportedAt): Date => new Date(from.getTime() + hours * hour);
const from = new Date('2026-03-01T00:00:00Z');
const to = new Date('2026-04-01T00:00:00Z');

/** An incident reported at `reportedAt`, with each step reached after the given hours (or never). */
function incident(
  categories: readonly string[],
  hours: { contact?: number; assessed?: number; closed?: number },
  at: Date = reportedAt,
): HandlingTimes {
  return {
    categories,
    reportedAt: at,
    firstContactAt: hours.contact === undefined ? null : after(hours.contact, at),
    assessedAt: hours.assessed === undefined ? null : after(hours.assessed, at),
    closedAt: hours.closed === undefined ? null : after(hours.closed, at),
  };
}

const none: DurationStats = { count: 0, medianHours: null, p90Hours: null };

describe('percentile: nearest rank, the smallest value with at least p % at or below it', () => {
  it.each<[readonly number[], number, number | null]>([
    [[], 90, null],
    [[], 50, null],
    [[7], 90, 7],
    [[7], 1, 7],
    [[7], 100, 7],
    [[1, 2], 90, 2],
    [[1, 2], 50, 1],
    [[1, 2], 51, 2],
    [[1, 2, 3], 90, 3],
    [[1, 2, 3], 66, 2],
    [[1, 2, 3], 67, 3],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90, 9],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 91, 10],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 10, 1],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 11, 2],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 50, 5],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 100, 10],
  ])('%j at p%d → %s', (values, p, expected) => {
    expect(percentile(values, p)).toBe(expected);
  });

  // 0.9 × n must not be rounded up by a floating-point error (0.9 × 30 is 27, the 27th value).
  it.each([10, 20, 30, 40, 70, 100, 1000])('p90 of 1…%d is the value of rank 0.9 × n', (n) => {
    const values = Array.from({ length: n }, (_, index) => index + 1);
    expect(percentile(values, 90)).toBe((9 * n) / 10);
  });
});

describe('median: the middle value, or the mean of the two middle values', () => {
  it.each<[readonly number[], number | null]>([
    [[], null],
    [[7], 7],
    [[1, 2], 1.5],
    [[1, 2, 3], 2],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5.5],
    [[0, 0, 0, 100], 0],
  ])('%j → %s', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});

describe('handlingTimeMetrics: count, median and p90 in hours with 0, 1, 2, 3 and 10 incidents', () => {
  // Every incident reaches each step after the same number of hours; given in an unsorted order
  // so that the calculation has to sort them.
  it.each<[number, readonly number[], number | null, number | null]>([
    [0, [], null, null],
    [1, [5], 5, 5],
    [2, [8, 2], 5, 8],
    [3, [30, 10, 20], 20, 30],
    [10, [10, 1, 9, 2, 8, 3, 7, 4, 6, 5], 5.5, 9],
  ])('%d incidents taking %j hours → median %s, p90 %s', (count, hours, medianHours, p90Hours) => {
    const incidents = hours.map((h) => incident(['threat'], { contact: h, assessed: h, closed: h }));
    const stats: DurationStats = { count, medianHours, p90Hours };
    const expected = { reported: count, toFirstContact: stats, toAssessed: stats, toClosed: stats };
    const result = handlingTimeMetrics(incidents, from, to);
    expect(result.overall).toEqual(expected);
    expect(result.byCategory).toEqual(count === 0 ? {} : { threat: expected });
  });

  it('does not change the order of the incidents it is given', () => {
    const incidents = [5, 1, 3].map((h) => incident(['threat'], { contact: h }));
    const before = incidents.map((item) => item.firstContactAt);
    handlingTimeMetrics(incidents, from, to);
    expect(incidents.map((item) => item.firstContactAt)).toEqual(before);
  });

  it('rounds hours to one decimal', () => {
    const incidents = [
      incident(['threat'], { contact: 10 / 60 }), // 10 minutes
      incident(['threat'], { contact: 1.5 }),
      incident(['threat'], { contact: 100 / 60 }), // 1 h 40 min
    ];
    expect(handlingTimeMetrics(incidents, from, to).overall.toFirstContact).toEqual({
      count: 3,
      medianHours: 1.5,
      p90Hours: 1.7,
    });
  });

  // A first contact recorded (back-dated) before the report counts as immediate, not negative.
  it('counts a step recorded before the report as 0 hours', () => {
    const result = handlingTimeMetrics([incident(['threat'], { contact: -2 })], from, to);
    expect(result.overall.toFirstContact).toEqual({ count: 1, medianHours: 0, p90Hours: 0 });
  });
});

describe('missing marks: an incident counts only for the steps it has reached', () => {
  it.each<[string, { contact?: number; assessed?: number; closed?: number }, number, number, number]>([
    ['nothing reached', {}, 0, 0, 0],
    ['first contact only', { contact: 2 }, 1, 0, 0],
    ['assessed without a recorded contact', { assessed: 24 }, 0, 1, 0],
    ['closed straight from Ny (never assessed)', { closed: 3 }, 0, 0, 1],
    ['every step', { contact: 2, assessed: 24, closed: 240 }, 1, 1, 1],
  ])('%s', (_label, hours, contacts, assessed, closed) => {
    const { overall } = handlingTimeMetrics([incident(['threat'], hours)], from, to);
    expect(overall.reported).toBe(1);
    expect(overall.toFirstContact.count).toBe(contacts);
    expect(overall.toAssessed.count).toBe(assessed);
    expect(overall.toClosed.count).toBe(closed);
  });

  it('leaves the median and p90 of a step nobody reached empty', () => {
    const { overall } = handlingTimeMetrics([incident(['threat'], { contact: 2 })], from, to);
    expect(overall.toAssessed).toEqual(none);
    expect(overall.toClosed).toEqual(none);
  });

  it('takes the median of the incidents that reached the step, not of all reported', () => {
    const incidents = [
      incident(['threat'], { closed: 10 }),
      incident(['threat'], { closed: 30 }),
      incident(['threat'], {}),
      incident(['threat'], {}),
    ];
    expect(handlingTimeMetrics(incidents, from, to).overall.toClosed).toEqual({
      count: 2,
      medianHours: 20,
      p90Hours: 30,
    });
  });
});

describe('per category: an incident with several categories counts in each of them', () => {
  const incidents = [
    incident(['threat', 'harassment'], { contact: 1, assessed: 10, closed: 100 }),
    incident(['threat'], { contact: 3 }),
    incident(['harassment', 'doxxing'], { contact: 5, assessed: 20 }),
  ];
  const result = handlingTimeMetrics(incidents, from, to);

  it('counts each incident once overall', () => {
    expect(result.overall).toEqual({
      reported: 3,
      toFirstContact: { count: 3, medianHours: 3, p90Hours: 5 },
      toAssessed: { count: 2, medianHours: 15, p90Hours: 20 },
      toClosed: { count: 1, medianHours: 100, p90Hours: 100 },
    });
  });

  it('lists only the categories that occur, in alphabetical order', () => {
    expect(Object.keys(result.byCategory)).toEqual(['doxxing', 'harassment', 'threat']);
  });

  it.each<[string, number, DurationStats, DurationStats, DurationStats]>([
    [
      'threat',
      2,
      { count: 2, medianHours: 2, p90Hours: 3 },
      { count: 1, medianHours: 10, p90Hours: 10 },
      { count: 1, medianHours: 100, p90Hours: 100 },
    ],
    [
      'harassment',
      2,
      { count: 2, medianHours: 3, p90Hours: 5 },
      { count: 2, medianHours: 15, p90Hours: 20 },
      { count: 1, medianHours: 100, p90Hours: 100 },
    ],
    [
      'doxxing',
      1,
      { count: 1, medianHours: 5, p90Hours: 5 },
      { count: 1, medianHours: 20, p90Hours: 20 },
      none,
    ],
  ])('%s: %d reported', (category, reported, toFirstContact, toAssessed, toClosed) => {
    expect(result.byCategory[category]).toEqual({ reported, toFirstContact, toAssessed, toClosed });
  });

  it('counts an incident that names a category twice once in it', () => {
    const twice = handlingTimeMetrics([incident(['threat', 'threat'], { contact: 4 })], from, to);
    expect(twice.byCategory['threat']?.reported).toBe(1);
    expect(twice.byCategory['threat']?.toFirstContact.count).toBe(1);
  });

  it('leaves out a category whose incidents were all reported outside the period', () => {
    const outside = incident(['theft'], { contact: 1 }, new Date('2026-04-02T00:00:00Z'));
    const metrics = handlingTimeMetrics([...incidents, outside], from, to);
    expect(Object.keys(metrics.byCategory)).toEqual(['doxxing', 'harassment', 'threat']);
    expect(metrics.overall.reported).toBe(3);
  });
});

describe('the period [from, to): by the time of the report', () => {
  it.each<[string, string, boolean]>([
    ['one millisecond before from', '2026-02-28T23:59:59.999Z', false],
    ['exactly from', '2026-03-01T00:00:00.000Z', true],
    ['inside', '2026-03-15T12:00:00.000Z', true],
    ['one millisecond before to', '2026-03-31T23:59:59.999Z', true],
    ['exactly to', '2026-04-01T00:00:00.000Z', false],
    ['after to', '2026-04-01T00:00:00.001Z', false],
  ])('reported %s (%s) → counted: %s', (_label, iso, counted) => {
    const result = handlingTimeMetrics([incident(['threat'], { contact: 1 }, new Date(iso))], from, to);
    expect(result.overall.reported).toBe(counted ? 1 : 0);
    expect(result.overall.toFirstContact.count).toBe(counted ? 1 : 0);
    expect(Object.keys(result.byCategory)).toEqual(counted ? ['threat'] : []);
  });

  // A case reported in the period and closed after it still counts with its full handling time.
  it('counts a step reached after the period of an incident reported in it', () => {
    const late = incident(['threat'], { closed: 24 * 60 }, new Date('2026-03-31T12:00:00Z'));
    expect(handlingTimeMetrics([late], from, to).overall.toClosed).toEqual({
      count: 1,
      medianHours: 1440,
      p90Hours: 1440,
    });
  });

  it('gives an empty result for an empty period', () => {
    expect(handlingTimeMetrics([incident(['threat'], {})], from, from)).toEqual({
      overall: { reported: 0, toFirstContact: none, toAssessed: none, toClosed: none },
      byCategory: {},
    });
  });
});

describe('handlingTimeMetricsFromAggregates: the same figures from aggregates computed elsewhere', () => {
  const aggregate = (
    category: string | null,
    reported: number,
    median: number | null,
    p90: number | null,
  ) => ({
    category,
    reported,
    toFirstContact: { count: reported, median, p90 },
    toAssessed: { count: 0, median: null, p90: null },
    toClosed: { count: 0, median: null, p90: null },
  });

  it('rounds to one decimal as handlingTimeMetrics does, and orders the categories', () => {
    expect(
      handlingTimeMetricsFromAggregates([
        aggregate('threat', 1, 0.25, 0.25),
        aggregate(null, 3, 0.049999999999999996, 1.04999),
        aggregate('harassment', 2, 1.15, 2),
      ]),
    ).toEqual({
      overall: {
        reported: 3,
        toFirstContact: { count: 3, medianHours: 0, p90Hours: 1 },
        toAssessed: none,
        toClosed: none,
      },
      byCategory: {
        harassment: {
          reported: 2,
          toFirstContact: { count: 2, medianHours: 1.2, p90Hours: 2 },
          toAssessed: none,
          toClosed: none,
        },
        threat: {
          reported: 1,
          toFirstContact: { count: 1, medianHours: 0.3, p90Hours: 0.3 },
          toAssessed: none,
          toClosed: none,
        },
      },
    });
    expect(
      Object.keys(
        handlingTimeMetricsFromAggregates([aggregate('b', 1, 1, 1), aggregate('a', 1, 1, 1)]).byCategory,
      ),
    ).toEqual(['a', 'b']);
  });

  it('gives an empty result without groups (a period without incidents)', () => {
    expect(handlingTimeMetricsFromAggregates([])).toEqual({
      overall: { reported: 0, toFirstContact: none, toAssessed: none, toClosed: none },
      byCategory: {},
    });
  });
});
