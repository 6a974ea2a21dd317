import { describe, expect, it } from 'vitest';
import {
  assessmentIsStale,
  comparisonYearOf,
  electionMonthsOf,
  electionPeriodOf,
  inElectionPeriod,
  isGeneralElectionYear,
  kpiStanding,
  percentOf,
  policeReportRate,
  ptuChannelOf,
  ptuExposureOf,
  ptuPerpetratorOf,
  publishedShare,
  repeatVictimisation,
  repeatVictimisationOf,
  shareOf,
  suppressSingle,
  trendOf,
} from '../index';

describe('key figures', () => {
  it('a share divides part by whole, and has no rate of nothing', () => {
    expect(shareOf(3, 12)).toEqual({ part: 3, whole: 12, rate: 0.25 });
    expect(shareOf(0, 0)).toEqual({ part: 0, whole: 0, rate: null });
    expect(() => shareOf(5, 4)).toThrow(RangeError);
    expect(() => shareOf(-1, 4)).toThrow(RangeError);
    expect(() => shareOf(1.5, 4)).toThrow(RangeError);
    expect(percentOf(shareOf(1, 6))).toBe(17);
    expect(percentOf(shareOf(1, 8))).toBe(13);
    expect(percentOf(shareOf(0, 0))).toBeNull();
  });

  it('the police-report rate is the reported share of the cases a report is recommended for', () => {
    expect(policeReportRate(17, 100).rate).toBeCloseTo(0.17);
    expect(kpiStanding(policeReportRate(17, 100), 1)).toBe('far');
    expect(kpiStanding(policeReportRate(95, 100), 1)).toBe('near');
    expect(kpiStanding(policeReportRate(10, 10), 1)).toBe('met');
    expect(kpiStanding(policeReportRate(0, 0), 1)).toBe('unknown');
  });

  it('repeat victimisation counts persons with more than one incident, from a list or a histogram', () => {
    expect(repeatVictimisation([1, 3, 1, 2])).toEqual({ part: 2, whole: 4, rate: 0.5 });
    expect(
      repeatVictimisationOf([
        { incidents: 1, persons: 6 },
        { incidents: 2, persons: 3 },
        { incidents: 7, persons: 1 },
      ]),
    ).toEqual({ part: 4, whole: 10, rate: 0.4 });
    expect(repeatVictimisationOf([])).toEqual({ part: 0, whole: 0, rate: null });
    expect(() => repeatVictimisation([0])).toThrow(RangeError);
    expect(() => repeatVictimisationOf([{ incidents: 0, persons: 2 }])).toThrow(RangeError);
  });

  it('a published share hides a small whole, and for persons a small part or rest', () => {
    expect(publishedShare(shareOf(2, 4), false)).toEqual({ part: null, whole: null, rate: null });
    expect(publishedShare(shareOf(2, 40), false)).toEqual({ part: 2, whole: 40, rate: 0.05 });
    expect(publishedShare(shareOf(2, 40), true)).toEqual({ part: null, whole: 40, rate: null });
    expect(publishedShare(shareOf(37, 40), true)).toEqual({ part: null, whole: 40, rate: null });
    expect(publishedShare(shareOf(20, 40), true)).toEqual({ part: 20, whole: 40, rate: 0.5 });
    expect(publishedShare(shareOf(1, 2), true, 1)).toEqual({ part: 1, whole: 2, rate: 0.5 });
  });

  it('a single small count is hidden, zero too', () => {
    expect(suppressSingle(4)).toBeNull();
    expect(suppressSingle(0)).toBeNull();
    expect(suppressSingle(5)).toBe(5);
  });

  it('an assessment is old after thirty days', () => {
    const at = new Date('2026-11-01T10:00:00Z');
    expect(assessmentIsStale(at, new Date('2026-12-01T09:00:00Z'))).toBe(false);
    expect(assessmentIsStale(at, new Date('2026-12-01T10:00:01Z'))).toBe(true);
  });
});

describe('election years', () => {
  it('general elections are every four years from 2014, on the second Sunday of September', () => {
    expect([2014, 2018, 2022, 2026, 2030].every(isGeneralElectionYear)).toBe(true);
    expect([2013, 2025, 2027, 2029].some(isGeneralElectionYear)).toBe(false);
  });

  it('an election year is compared with the year before; an ordinary year with the last election', () => {
    expect(comparisonYearOf(2026)).toBe(2025);
    expect(comparisonYearOf(2027)).toBe(2026);
    expect(comparisonYearOf(2029)).toBe(2026);
    expect(comparisonYearOf(2030)).toBe(2029);
  });

  it('the election period runs from twelve weeks before election day to two weeks after', () => {
    expect(electionPeriodOf('2026-09-13')).toEqual({ from: '2026-06-21', to: '2026-09-27' });
    expect(electionMonthsOf(2026)).toEqual(['2026-06', '2026-07', '2026-08', '2026-09']);
    expect(electionMonthsOf(2025)).toEqual([]);
    // Swedish time: 21 June 2026 begins at 22:00 UTC on the 20th.
    expect(inElectionPeriod(new Date('2026-06-20T22:30:00Z'))).toBe(true);
    expect(inElectionPeriod(new Date('2026-06-20T21:30:00Z'))).toBe(false);
    expect(inElectionPeriod(new Date('2026-09-27T21:59:00Z'))).toBe(true);
    expect(inElectionPeriod(new Date('2025-08-01T12:00:00Z'))).toBe(false);
  });
});

describe('trends', () => {
  const groups = [
    { key: 'threat', count: 12, comparison: 4 },
    { key: 'harassment', count: 3, comparison: 9 },
    { key: 'violence', count: 6, comparison: 6 },
  ];

  it('are shown as they are to the security unit, with totals', () => {
    expect(trendOf(groups, false)).toMatchObject({ total: 21, comparisonTotal: 19 });
    expect(trendOf(groups, false).groups[1]).toMatchObject({ count: 3, suppressed: null });
  });

  it('hide small counts, and what would reveal them, for readers of aggregates', () => {
    const trend = trendOf(groups, true);
    // This year: 3 is small; 6 goes too, or 3 could be computed from the total.
    expect(trend.groups.map((group) => group.count)).toEqual([12, null, null]);
    expect(trend.groups.map((group) => group.suppressed)).toEqual([null, 'small', 'secondary']);
    // The comparison year: 4 is small, and 6 (the smallest shown) goes with it.
    expect(trend.groups.map((group) => group.comparison)).toEqual([null, 9, null]);
    expect(trend.total).toBe(21);
    expect(trendOf([{ key: 'a', count: 3, comparison: 0 }], true).total).toBeNull();
  });
});

describe('PTU groups', () => {
  it('count an incident once, in its most serious kind of exposure', () => {
    expect(ptuExposureOf(['insult', 'threat'])).toBe('threat');
    expect(ptuExposureOf(['threat', 'violence'])).toBe('violence');
    expect(ptuExposureOf(['vandalism', 'harassment'])).toBe('property');
    expect(ptuExposureOf(['unlawful_influence'])).toBe('unlawful_influence');
    expect(ptuExposureOf(['doxxing'])).toBe('harassment');
    expect(ptuExposureOf(['reconnaissance'])).toBe('other');
    expect(ptuExposureOf(['an_admins_own_code'])).toBe('other');
    expect(ptuExposureOf([])).toBe('other');
  });

  it('group channels and perpetrators as the survey asks, the unknown and the own codes apart', () => {
    expect(ptuChannelOf('social_direct')).toBe('social_media');
    expect(ptuChannelOf('at_home')).toBe('in_person');
    expect(ptuChannelOf(null)).toBe('other');
    expect(ptuChannelOf('carrier_pigeon')).toBe('other');
    expect(ptuPerpetratorOf('extremist_left')).toBe('organised');
    expect(ptuPerpetratorOf('party_member')).toBe('political');
    expect(ptuPerpetratorOf('fixated')).toBe('individual');
    expect(ptuPerpetratorOf(null)).toBe('unknown');
  });
});
