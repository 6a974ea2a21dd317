import { describe, expect, it } from 'vitest';
import {
  daysUntilElection,
  generalElectionDate,
  isInRefresherCampaign,
  nextGeneralElection,
  peopleToRefresh,
  refresherCampaignWindow,
} from './elections';
import type { Attendance, CourseValidity } from './status';

describe('generalElectionDate: the second Sunday of September, every four years (vallagen 1 kap. 3 §)', () => {
  it.each<[number, string | null]>([
    // The elections held so far on the second Sunday, as Valmyndigheten lists them.
    [2014, '2014-09-14'],
    [2018, '2018-09-09'],
    [2022, '2022-09-11'],
    [2026, '2026-09-13'],
    // 1 September a Sunday: the second Sunday is the 8th, the earliest possible.
    [2030, '2030-09-08'],
    [2034, '2034-09-10'],
    // 1 September a Monday: the second Sunday is the 14th, the latest possible.
    [2042, '2042-09-14'],
    [2046, '2046-09-09'],
    // Years between elections.
    [2025, null],
    [2027, null],
    [2028, null],
    [2029, null],
    [2041, null],
    // Before 2014 elections were on the third Sunday (19 September 2010): not computed.
    [2010, null],
    [2026.5, null],
  ])('%d → %s', (year, date) => {
    expect(generalElectionDate(year)).toBe(date);
  });

  it.each([2014, 2018, 2022, 2026, 2030, 2034, 2038, 2042, 2046, 2050])(
    '%d is a Sunday between 8 and 14 September',
    (year) => {
      const date = generalElectionDate(year);
      expect(date).not.toBeNull();
      const day = new Date(`${date}T12:00:00Z`);
      expect(day.getUTCDay()).toBe(0);
      expect(day.getUTCMonth()).toBe(8);
      expect(day.getUTCDate()).toBeGreaterThanOrEqual(8);
      expect(day.getUTCDate()).toBeLessThanOrEqual(14);
    },
  );
});

describe('nextGeneralElection: the day in Sweden decides', () => {
  it.each<[string, string]>([
    ['2026-12-05T10:00:00Z', '2030-09-08'],
    ['2026-01-01T12:00:00Z', '2026-09-13'],
    ['2026-09-12T12:00:00Z', '2026-09-13'],
    // Election day itself is still the next election, until it ends in Sweden.
    ['2026-09-13T21:59:00Z', '2026-09-13'],
    ['2026-09-13T22:00:00Z', '2030-09-08'],
    ['2029-12-31T12:00:00Z', '2030-09-08'],
    ['2000-06-01T12:00:00Z', '2014-09-14'],
  ])('at %s → %s', (now, date) => {
    expect(nextGeneralElection(new Date(now))).toBe(date);
  });
});

describe('daysUntilElection: whole days in Sweden', () => {
  it.each<[string, number]>([
    ['2030-09-08T08:00:00Z', 0],
    ['2030-09-07T21:59:00Z', 1],
    ['2030-09-07T22:30:00Z', 0],
    ['2026-12-05T10:00:00Z', 1373],
  ])('at %s → %d', (now, days) => {
    expect(daysUntilElection('2030-09-08', new Date(now))).toBe(days);
  });
});

describe('refresherCampaignWindow and isInRefresherCampaign', () => {
  const window = refresherCampaignWindow('2030-09-08');

  it('opens six months before and counts sessions up to the day before', () => {
    expect(window).toEqual({
      electionDate: '2030-09-08',
      opensOn: '2030-03-08',
      lastSessionOn: '2030-09-07',
    });
    expect(refresherCampaignWindow('2030-09-08', 3).opensOn).toBe('2030-06-08');
  });

  it.each<[string, boolean]>([
    ['2030-03-07T12:00:00Z', false],
    ['2030-03-07T23:30:00Z', true],
    ['2030-06-01T12:00:00Z', true],
    ['2030-09-08T12:00:00Z', true],
    ['2030-09-08T22:30:00Z', false],
  ])('at %s → %s', (now, open) => {
    expect(isInRefresherCampaign(window, new Date(now))).toBe(open);
  });
});

describe('peopleToRefresh: everyone without a refresher valid on election day', () => {
  const refresher: CourseValidity = { id: 'refresher', kind: 'pre_election_refresher', validityMonths: 12 };
  const attended = (heldOn: string, courseId = refresher.id): Attendance => ({
    courseId,
    heldOn,
    status: 'attended',
  });

  it.each<[string, Attendance[], boolean]>([
    ['never refreshed', [], true],
    ['refreshed in the spring of the election year', [attended('2030-04-15')], false],
    // Valid until 2030-09-07: runs out the day before the election.
    ['refreshed a year and a day before', [attended('2029-09-08')], true],
    ['refreshed the day before election day', [attended('2030-09-07')], false],
    ['refreshed at the previous election', [attended('2026-05-01')], true],
    ['only the basic course', [attended('2030-04-15', 'basic')], true],
    [
      'excused from the refresher',
      [{ courseId: refresher.id, heldOn: '2030-04-15', status: 'excused' }],
      true,
    ],
  ])('%s → listed: %s', (_label, attendances, listed) => {
    expect(peopleToRefresh([{ person: 'p', attendances }], refresher, '2030-09-08')).toEqual(
      listed ? ['p'] : [],
    );
  });

  it('keeps the people’s order', () => {
    const people = ['a', 'b', 'c'].map((person) => ({ person, attendances: [] }));
    expect(peopleToRefresh(people, refresher, '2030-09-08')).toEqual(['a', 'b', 'c']);
  });
});
