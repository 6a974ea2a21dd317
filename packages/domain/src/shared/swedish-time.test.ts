import { describe, expect, it } from 'vitest';
import {
  formatCalendarDate,
  formatSwedishDateTime,
  formatSwedishDay,
  formatSwedishTimestamp,
  isNotInFuture,
  latestStatedTime,
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
