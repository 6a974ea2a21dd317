import { describe, expect, it } from 'vitest';
import {
  canMovePoliceReport,
  defaultPoliceReminderDays,
  PoliceReportStatus,
  policeReportStatuses,
  policeReminderDue,
  policeStatusesAwaitingUpdate,
  policeUpdateCutoff,
  policeUpdateOverdue,
  policeUpdateDueAt,
} from './police-report';

const P = PoliceReportStatus;
const Y = true;
const _ = false;

// Every from → to written out by hand (issue 3 §3): reported → under investigation → closed
// (nedlagd) | prosecuted → judgment; a closed investigation can be resumed. Staying is no move.
//
// Columns (to): rep reported · inv under_investigation · clo closed · pro prosecuted · jud judgment.
const columns = [P.Reported, P.UnderInvestigation, P.Closed, P.Prosecuted, P.Judgment] as const;
const table: readonly (readonly [
  PoliceReportStatus,
  readonly [boolean, boolean, boolean, boolean, boolean],
])[] = [
  //                            rep inv clo pro jud
  [P.Reported, /*           */ [_, Y, Y, _, _]],
  [P.UnderInvestigation, /* */ [_, _, Y, Y, _]],
  [P.Closed, /*             */ [_, Y, _, _, _]],
  [P.Prosecuted, /*         */ [_, _, _, _, Y]],
  [P.Judgment, /*           */ [_, _, _, _, _]],
];

const cases = table.flatMap(([from, cells]) =>
  columns.map((to, index) => ({ from, to, allowed: cells[index] })),
);

describe('canMovePoliceReport: every from → to', () => {
  it('has a row and a column for every status', () => {
    expect(table.map(([from]) => from)).toEqual([...policeReportStatuses]);
    expect([...columns]).toEqual([...policeReportStatuses]);
  });

  it.each(cases)('$from → $to: $allowed', ({ from, to, allowed }) => {
    expect(canMovePoliceReport(from, to)).toBe(allowed);
  });
});

const day = 86_400_000;
const changedAt = new Date('2026-03-02T10:00:00Z');
const plus = (ms: number, base: Date = changedAt): Date => new Date(base.getTime() + ms);

describe('policeReminderDue: a reminder when the status has not changed for N days', () => {
  it('defaults to 30 days', () => {
    expect(defaultPoliceReminderDays).toBe(30);
  });

  it.each<[string, number, number, boolean]>([
    ['just changed', 30, 0, false],
    ['one millisecond before 30 days', 30, 30 * day - 1, false],
    ['exactly 30 days', 30, 30 * day, true],
    ['31 days', 30, 31 * day, true],
    ['one millisecond before 7 days (organisation setting)', 7, 7 * day - 1, false],
    ['exactly 7 days (organisation setting)', 7, 7 * day, true],
    ['exactly 1 day', 1, day, true],
    ['90 days with a 90-day setting', 90, 90 * day, true],
    ['89 days with a 90-day setting', 90, 89 * day, false],
  ])('%s (every %d days) → %s', (_label, days, elapsed, due) => {
    const report = { status: P.UnderInvestigation, statusChangedAt: changedAt, lastReminderAt: null };
    expect(policeReminderDue(report, days, plus(elapsed))).toBe(due);
  });

  // After a reminder the count starts again from the reminder.
  it.each<[string, number, boolean]>([
    ['right after the reminder', 30 * day, false],
    ['one millisecond before 30 days after the reminder', 60 * day - 1, false],
    ['exactly 30 days after the reminder', 60 * day, true],
  ])('reminded at 30 days, %s → %s', (_label, elapsed, due) => {
    const report = { status: P.Reported, statusChangedAt: changedAt, lastReminderAt: plus(30 * day) };
    expect(policeReminderDue(report, 30, plus(elapsed))).toBe(due);
  });

  // A status change after the last reminder restarts the count from the change.
  it.each<[string, number, boolean]>([
    ['29 days after the change', 29 * day, false],
    ['30 days after the change', 30 * day, true],
  ])('reminded, then the status changed: %s → %s', (_label, elapsed, due) => {
    const reminder = new Date('2026-02-01T10:00:00Z');
    const report = { status: P.UnderInvestigation, statusChangedAt: changedAt, lastReminderAt: reminder };
    expect(policeReminderDue(report, 30, plus(elapsed))).toBe(due);
  });

  // The days are 24-hour days: a daylight-saving change in between does not move the reminder.
  it('counts 24-hour days across the change to summer time', () => {
    const before = new Date('2026-03-20T10:00:00Z');
    const report = { status: P.Reported, statusChangedAt: before, lastReminderAt: null };
    expect(policeReminderDue(report, 30, plus(30 * day - 1, before))).toBe(false);
    expect(policeReminderDue(report, 30, plus(30 * day, before))).toBe(true);
  });

  // Only what is still with the police is followed up: a closed investigation (nedlagd) and a
  // judgment are not.
  it.each<[PoliceReportStatus, boolean]>([
    [P.Reported, true],
    [P.UnderInvestigation, true],
    [P.Closed, false],
    [P.Prosecuted, true],
    [P.Judgment, false],
  ])('%s, 365 days unchanged → %s', (status, due) => {
    const report = { status, statusChangedAt: changedAt, lastReminderAt: null };
    expect(policeReminderDue(report, 30, plus(365 * day))).toBe(due);
  });

  it('never reminds about a judgment, however long ago and whatever the setting', () => {
    const report = { status: P.Judgment, statusChangedAt: changedAt, lastReminderAt: null };
    for (const days of [0, 1, 30]) {
      expect(policeReminderDue(report, days, plus(10_000 * day))).toBe(false);
    }
  });
});

describe('policeUpdateOverdue: no status update for N days (the inbox and the queue filter)', () => {
  it.each<[string, PoliceReportStatus, number, boolean]>([
    ['reported, 29 days', P.Reported, 29 * day, false],
    ['reported, exactly 30 days', P.Reported, 30 * day, true],
    ['under investigation, 31 days', P.UnderInvestigation, 31 * day, true],
    ['prosecuted, 31 days', P.Prosecuted, 31 * day, true],
    ['closed (nedlagd), 365 days', P.Closed, 365 * day, false],
    ['judgment, 365 days', P.Judgment, 365 * day, false],
  ])('%s → %s', (_label, status, elapsed, overdue) => {
    expect(policeUpdateOverdue({ status, statusChangedAt: changedAt }, 30, plus(elapsed))).toBe(overdue);
  });

  it('is not reset by a reminder: only a status change is an update', () => {
    const report = { status: P.Reported, statusChangedAt: changedAt, lastReminderAt: plus(30 * day) };
    expect(policeReminderDue(report, 30, plus(31 * day))).toBe(false);
    expect(policeUpdateOverdue(report, 30, plus(31 * day))).toBe(true);
  });

  it('has its cutoff the number of 24-hour days before now', () => {
    expect(policeUpdateCutoff(7, plus(7 * day))).toEqual(changedAt);
  });

  it('follows up exactly the statuses that are still with the police', () => {
    expect([...policeStatusesAwaitingUpdate].sort()).toEqual(
      policeReportStatuses.filter((status) => status !== P.Closed && status !== P.Judgment).sort(),
    );
  });
});

describe('policeUpdateDueAt: when the next status update is due', () => {
  it.each<[string, Date | null, Date]>([
    ['30 days after the change', null, plus(30 * day)],
    ['30 days after a later reminder', plus(40 * day), plus(70 * day)],
    [
      '30 days after the change when the reminder was earlier',
      new Date('2026-02-01T10:00:00Z'),
      plus(30 * day),
    ],
  ])('%s', (_label, lastReminderAt, expected) => {
    const report = { status: P.UnderInvestigation, statusChangedAt: changedAt, lastReminderAt };
    expect(policeUpdateDueAt(report, 30)?.toISOString()).toBe(expected.toISOString());
  });

  it.each<[PoliceReportStatus, boolean]>([
    [P.Reported, true],
    [P.UnderInvestigation, true],
    [P.Closed, false],
    [P.Prosecuted, true],
    [P.Judgment, false],
  ])('%s → due date given: %s', (status, given) => {
    const report = { status, statusChangedAt: changedAt, lastReminderAt: null };
    expect(policeUpdateDueAt(report, 30) !== null).toBe(given);
  });
});
