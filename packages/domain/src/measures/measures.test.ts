import { describe, expect, it } from 'vitest';
import { swedishDate } from '../shared/swedish-time';
import { isMeasureOpen, isMeasureOverdue, MeasureStatus, measureStatuses } from './measures';

describe('isMeasureOpen: planned and in progress are still to be done', () => {
  it.each<[MeasureStatus, boolean]>([
    [MeasureStatus.Planned, true],
    [MeasureStatus.InProgress, true],
    [MeasureStatus.Done, false],
    [MeasureStatus.Cancelled, false],
  ])('%s → %s', (status, open) => {
    expect(isMeasureOpen(status)).toBe(open);
  });

  it('has a row above for every status', () => {
    expect(measureStatuses).toHaveLength(4);
  });
});

describe('isMeasureOverdue: open, and the due date has passed (due at the end of that day)', () => {
  // Every status × the day before, on and after the due date.
  it.each<[MeasureStatus, string, boolean]>([
    [MeasureStatus.Planned, '2026-03-09', false],
    [MeasureStatus.Planned, '2026-03-10', false],
    [MeasureStatus.Planned, '2026-03-11', true],
    [MeasureStatus.InProgress, '2026-03-09', false],
    [MeasureStatus.InProgress, '2026-03-10', false],
    [MeasureStatus.InProgress, '2026-03-11', true],
    [MeasureStatus.Done, '2026-03-09', false],
    [MeasureStatus.Done, '2026-03-10', false],
    [MeasureStatus.Done, '2026-03-11', false],
    [MeasureStatus.Cancelled, '2026-03-09', false],
    [MeasureStatus.Cancelled, '2026-03-10', false],
    [MeasureStatus.Cancelled, '2026-03-11', false],
  ])('%s, due 2026-03-10, today %s → %s', (status, today, overdue) => {
    expect(isMeasureOverdue({ status, dueDate: '2026-03-10' }, today)).toBe(overdue);
  });

  it.each<[string, string, boolean]>([
    ['the end of a month', '2026-01-31', true],
    ['the end of a year', '2026-12-31', true],
    ['a leap day', '2024-02-29', true],
    ['a later month', '2027-02-01', false],
    ['the same day', '2027-01-01', false],
  ])('due on %s (%s), today 2027-01-01 → %s', (_label, dueDate, overdue) => {
    expect(isMeasureOverdue({ status: MeasureStatus.Planned, dueDate }, '2027-01-01')).toBe(overdue);
  });

  it.each(measureStatuses)('%s without a due date is never overdue', (status) => {
    expect(isMeasureOverdue({ status, dueDate: null }, '2099-12-31')).toBe(false);
  });
});

describe('swedishDate: today in Sweden, not in UTC', () => {
  it.each<[string, string, string]>([
    ['winter, 23:59:59.999 in Sweden', '2026-03-10T22:59:59.999Z', '2026-03-10'],
    ['winter, 00:00 in Sweden (still the day before in UTC)', '2026-03-10T23:00:00.000Z', '2026-03-11'],
    ['winter, 00:59 in Sweden', '2026-03-10T23:59:59.999Z', '2026-03-11'],
    ['summer, 23:59:59.999 in Sweden', '2026-07-10T21:59:59.999Z', '2026-07-10'],
    ['summer, 00:00 in Sweden (still the day before in UTC)', '2026-07-10T22:00:00.000Z', '2026-07-11'],
    ['summer, 01:59 in Sweden', '2026-07-10T23:59:59.999Z', '2026-07-11'],
    ['New Year, 00:00 in Sweden', '2026-12-31T23:00:00.000Z', '2027-01-01'],
    ['midday', '2026-03-10T12:00:00.000Z', '2026-03-10'],
    ['a single-digit month and day keep their zero', '2026-01-05T12:00:00.000Z', '2026-01-05'],
  ])('%s (%s) → %s', (_label, at, date) => {
    expect(swedishDate(new Date(at))).toBe(date);
  });

  // The measure due 10 March is overdue from Swedish midnight, when UTC still says 10 March.
  it.each<[string, boolean]>([
    ['2026-03-10T22:59:59.999Z', false],
    ['2026-03-10T23:00:00.000Z', true],
  ])('a measure due 2026-03-10 at %s → overdue: %s', (at, overdue) => {
    const measure = { status: MeasureStatus.Planned, dueDate: '2026-03-10' };
    expect(isMeasureOverdue(measure, swedishDate(new Date(at)))).toBe(overdue);
  });
});
