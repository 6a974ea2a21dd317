import { describe, expect, it } from 'vitest';
import {
  addCalendarMonths,
  coverage,
  isTrained,
  trainingStandingOn,
  trainingStatus,
  TrainingStatus,
  type Attendance,
  type CourseValidity,
} from './status';

describe('addCalendarMonths: whole months, the month’s last day when the day is missing', () => {
  it.each<[string, number, string]>([
    ['2026-03-15', 12, '2027-03-15'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-12-31', 48, '2030-12-31'],
    ['2026-09-13', -6, '2026-03-13'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-05-05', 0, '2026-05-05'],
  ])('%s + %d months → %s', (date, months, expected) => {
    expect(addCalendarMonths(date, months)).toBe(expected);
  });
});

const basic: CourseValidity = { id: 'course-basic', kind: 'basic_security', validityMonths: 12 };
const attended = (heldOn: string, courseId = basic.id): Attendance => ({
  courseId,
  heldOn,
  status: 'attended',
});

describe('trainingStandingOn: valid, due soon, overdue, never (12 months, 60 days’ warning)', () => {
  // Attended 2026-03-10: valid until 2027-03-09, due soon from 60 days before 2027-03-10 (2027-01-09).
  const history = [attended('2026-03-10')];

  it.each<[string, string, TrainingStatus]>([
    ['the day attended', '2026-03-10', 'valid'],
    ['the day before the warning period', '2027-01-08', 'valid'],
    ['the first day of the warning period', '2027-01-09', 'due_soon'],
    ['the last valid day', '2027-03-09', 'due_soon'],
    ['the day it runs out', '2027-03-10', 'overdue'],
    ['years later', '2030-01-01', 'overdue'],
    ['the day before the session', '2026-03-09', 'never'],
  ])('%s (%s) → %s', (_label, day, status) => {
    expect(trainingStandingOn(history, basic, day).status).toBe(status);
  });

  it('gives the last attended day and the day it runs out', () => {
    expect(trainingStandingOn(history, basic, '2026-06-01')).toEqual({
      status: 'valid',
      lastAttendedOn: '2026-03-10',
      expiresOn: '2027-03-10',
    });
  });

  it('is never, with no days, without attendance', () => {
    expect(trainingStandingOn([], basic, '2026-06-01')).toEqual({
      status: 'never',
      lastAttendedOn: null,
      expiresOn: null,
    });
  });

  it.each<[string, Attendance[], TrainingStatus]>([
    ['excused does not count', [{ courseId: basic.id, heldOn: '2026-03-10', status: 'excused' }], 'never'],
    ['absent does not count', [{ courseId: basic.id, heldOn: '2026-03-10', status: 'absent' }], 'never'],
    ['another course does not count', [attended('2026-03-10', 'course-other')], 'never'],
    // The later session renews it; the order of the rows does not matter.
    ['the latest attended session decides', [attended('2027-02-01'), attended('2025-01-01')], 'valid'],
    [
      'an excused later session does not renew',
      [attended('2025-06-01'), { courseId: basic.id, heldOn: '2026-05-01', status: 'excused' }],
      'overdue',
    ],
    [
      'a session after the day does not count yet',
      [attended('2025-01-01'), attended('2027-06-01')],
      'overdue',
    ],
  ])('%s', (_label, rows, status) => {
    expect(trainingStandingOn(rows, basic, '2027-03-10').status).toBe(status);
  });

  it.each<[number, string, TrainingStatus]>([
    [0, '2027-03-09', 'valid'],
    [0, '2027-03-10', 'overdue'],
    [30, '2027-02-07', 'valid'],
    [30, '2027-02-08', 'due_soon'],
  ])('with %d days’ warning on %s → %s', (days, day, status) => {
    expect(trainingStandingOn(history, basic, day, days).status).toBe(status);
  });
});

describe('trainingStatus: the day in Sweden at now', () => {
  const history = [attended('2026-03-10')];

  it.each<[string, TrainingStatus]>([
    // 22:30 UTC on 9 March 2027 is 23:30 in Sweden: still the last valid day.
    ['2027-03-09T22:30:00Z', 'due_soon'],
    // 23:30 UTC on 9 March 2027 is 00:30 on 10 March in Sweden: run out.
    ['2027-03-09T23:30:00Z', 'overdue'],
    ['2026-06-01T12:00:00Z', 'valid'],
  ])('%s → %s', (now, status) => {
    expect(trainingStatus(history, basic, new Date(now)).status).toBe(status);
  });

  it('takes the warning period', () => {
    expect(trainingStatus(history, basic, new Date('2026-12-01T12:00:00Z'), 120).status).toBe('due_soon');
  });
});

describe('isTrained: valid and due soon count as trained', () => {
  it.each<[TrainingStatus, boolean]>([
    ['valid', true],
    ['due_soon', true],
    ['overdue', false],
    ['never', false],
  ])('%s → %s', (status, trained) => {
    expect(isTrained(status)).toBe(trained);
  });
});

describe('coverage: counts per group', () => {
  it('counts each status per group, in the order the groups first appear', () => {
    const rows = coverage([
      { group: 'KS', status: TrainingStatus.Valid },
      { group: 'BUN', status: TrainingStatus.Never },
      { group: 'KS', status: TrainingStatus.DueSoon },
      { group: 'KS', status: TrainingStatus.Overdue },
      { group: 'BUN', status: TrainingStatus.Valid },
      { group: 'KS', status: TrainingStatus.Never },
    ]);
    expect(rows).toEqual([
      { group: 'KS', valid: 1, dueSoon: 1, overdue: 1, never: 1, total: 4, trained: 2 },
      { group: 'BUN', valid: 1, dueSoon: 0, overdue: 0, never: 1, total: 2, trained: 1 },
    ]);
  });

  it('is empty for nobody', () => {
    expect(coverage([])).toEqual([]);
  });
});
