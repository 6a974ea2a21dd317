import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  formatCalendarDate,
  formatSwedishDateTime,
  formatSwedishDay,
  formatSwedishTimestamp,
  isNotInFuture,
  latestStatedTime,
  startOfSwedishDay,
  swedishDate,
} from './swedish-time';

const now = new Date('2026-12-04T15:00:00.000Z');

describe('isNotInFuture: a stated time may be up to five minutes ahead (clock skew)', () => {
  it.each([
    ['an hour ago', '2026-12-04T14:00:00.000Z', true],
    ['now', '2026-12-04T15:00:00.000Z', true],
    ['4 min 59 s ahead', '2026-12-04T15:04:59.000Z', true],
    ['exactly 5 min ahead', '2026-12-04T15:05:00.000Z', true],
    ['5 min 1 ms ahead', '2026-12-04T15:05:00.001Z', false],
    ['tomorrow', '2026-12-05T15:00:00.000Z', false],
  ])('%s', (_name, at, allowed) => {
    expect(isNotInFuture(new Date(at), now)).toBe(allowed);
  });
  it('names the latest allowed instant', () => {
    expect(latestStatedTime(now).toISOString()).toBe('2026-12-04T15:05:00.000Z');
  });
});

describe('formatting in Swedish time, whatever the process time zone', () => {
  it.each([
    // 23:30 UTC on 31 December is already New Year's Day in Sweden (UTC+1).
    ['winter', '2026-12-31T23:30:00.000Z', 'sv', '1 januari 2027 kl. 00:30', '1 januari 2027'],
    ['summer', '2026-07-01T22:15:00.000Z', 'sv', '2 juli 2026 kl. 00:15', '2 juli 2026'],
    ['English', '2026-07-01T22:15:00.000Z', 'en', '2 July 2026 at 00:15', '2 July 2026'],
  ] as const)('%s', (_name, at, locale, dateTime, day) => {
    expect(formatSwedishDateTime(new Date(at), locale)).toBe(dateTime);
    expect(formatSwedishDay(new Date(at), locale)).toBe(day);
  });
  it('writes a calendar date as the same day everywhere', () => {
    expect(formatCalendarDate('2026-12-10', 'sv')).toBe('10 december 2026');
    expect(formatCalendarDate('2026-12-10', 'en')).toBe('10 December 2026');
  });
  it('gives seconds for the audit log', () => {
    expect(formatSwedishTimestamp(new Date('2026-03-03T13:05:09.000Z'), 'sv')).toBe('2026-03-03 14:05:09');
  });
});

describe('addCalendarDays: plain day arithmetic on calendar dates', () => {
  it.each<[string, number, string]>([
    ['2026-12-10', -2, '2026-12-08'],
    ['2026-12-10', 0, '2026-12-10'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-01-01', -2, '2026-12-30'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2028-03-01', -1, '2028-02-29'],
    ['2026-03-30', -2, '2026-03-28'],
    ['2026-10-27', -2, '2026-10-25'],
    ['2026-01-31', 30, '2026-03-02'],
  ])('%s %+d → %s', (date, days, expected) => {
    expect(addCalendarDays(date, days)).toBe(expected);
  });
});

// Sweden is UTC+1 in winter, UTC+2 in summer; in 2026 summer time starts on 29 March and ends on
// 25 October, both Sundays, so those days start at +01 and +02 respectively.
describe('startOfSwedishDay: 00:00 in Sweden of a calendar date', () => {
  it.each<[string, string, string]>([
    ['a winter day', '2026-12-08', '2026-12-07T23:00:00.000Z'],
    ['a summer day', '2026-07-01', '2026-06-30T22:00:00.000Z'],
    ['the day summer time starts (starts at +01)', '2026-03-29', '2026-03-28T23:00:00.000Z'],
    ['the day after summer time starts', '2026-03-30', '2026-03-29T22:00:00.000Z'],
    ['the day winter time starts (starts at +02)', '2026-10-25', '2026-10-24T22:00:00.000Z'],
    ['the day after winter time starts', '2026-10-26', '2026-10-25T23:00:00.000Z'],
    ['New Year’s Day', '2027-01-01', '2026-12-31T23:00:00.000Z'],
    ['a leap day', '2028-02-29', '2028-02-28T23:00:00.000Z'],
  ])('%s (%s) → %s', (_label, date, expected) => {
    const start = startOfSwedishDay(date);
    expect(start.toISOString()).toBe(expected);
    // The instant before belongs to the day before.
    expect(swedishDate(start)).toBe(date);
    expect(swedishDate(new Date(start.getTime() - 1))).toBe(addCalendarDays(date, -1));
  });
});
