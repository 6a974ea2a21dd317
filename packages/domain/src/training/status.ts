import type { BilingualText } from '../shared/bilingual';
import { addCalendarDays, swedishDate } from '../shared/swedish-time';
import { AttendanceStatus, type CourseKind } from './courses';

/**
 * A person's training status for one course (issue 11 §3: "who is due or overdue") and coverage of
 * a group of people. Time comes in as an argument (`now`), and each "which day is it" is the day in
 * Sweden ({@link swedishDate}).
 */

/** Where a person stands with one course. */
export const TrainingStatus = {
  /** Attended, and valid for more than the warning period. */
  Valid: 'valid',
  /** Attended and still valid, but it runs out within the warning period: invite them now. */
  DueSoon: 'due_soon',
  /** Attended once, but no longer valid. */
  Overdue: 'overdue',
  /** Never attended. */
  Never: 'never',
} as const;
export type TrainingStatus = (typeof TrainingStatus)[keyof typeof TrainingStatus];
/** From best to worst, the order of the coverage report's columns. */
export const trainingStatuses: readonly TrainingStatus[] = Object.values(TrainingStatus);

/** Names of the statuses for the UI and the reminders. */
export const trainingStatusText: Readonly<Record<TrainingStatus, BilingualText>> = {
  valid: { sv: 'Giltig', en: 'Valid' },
  due_soon: { sv: 'Går snart ut', en: 'Due soon' },
  overdue: { sv: 'Har gått ut', en: 'Overdue' },
  never: { sv: 'Aldrig genomförd', en: 'Never attended' },
};

/** Whether a status counts as trained: still valid today, even if it runs out soon. */
export function isTrained(status: TrainingStatus): boolean {
  return status === TrainingStatus.Valid || status === TrainingStatus.DueSoon;
}

/** How many days before a course runs out a person is "due soon", unless the unit says otherwise. */
export const defaultDueSoonDays = 60;

/** The course as the status needs it. */
export interface CourseValidity {
  readonly id: string;
  readonly kind: CourseKind;
  /** Whole months from the day attended ({@link defaultCourseValidityMonths}). */
  readonly validityMonths: number;
}

/** One attendance row of a person: the session's course and day, and how it went. */
export interface Attendance {
  readonly courseId: string;
  /** The session's day, a calendar date YYYY-MM-DD. */
  readonly heldOn: string;
  readonly status: AttendanceStatus;
}

/** A person's status for one course, with the days it rests on. */
export interface TrainingStanding {
  readonly status: TrainingStatus;
  /** The last day the person attended the course (YYYY-MM-DD), or null. */
  readonly lastAttendedOn: string | null;
  /** The first day it is no longer valid (YYYY-MM-DD), or null when never attended. */
  readonly expiresOn: string | null;
}

/**
 * A calendar date (YYYY-MM-DD) some whole months later; a day that the target month lacks becomes
 * its last day (31 January + 1 month → 28 or 29 February; 29 February + 12 months → 28 February).
 */
export function addCalendarMonths(isoDate: string, months: number): string {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  const targetMonth = month - 1 + months;
  const lastDay = new Date(Date.UTC(year, targetMonth + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, targetMonth, Math.min(day, lastDay))).toISOString().slice(0, 10);
}

/**
 * A person's standing with one course on a calendar day (YYYY-MM-DD): the latest session of the
 * course they attended on or before that day decides; excused and absent rows and sessions after
 * the day do not count. It is valid up to the day before `expiresOn` (the attended day plus the
 * course's validity in months) and due soon from `dueSoonDays` days before that.
 */
export function trainingStandingOn(
  attendances: readonly Attendance[],
  course: CourseValidity,
  day: string,
  dueSoonDays: number = defaultDueSoonDays,
): TrainingStanding {
  let lastAttendedOn: string | null = null;
  for (const attendance of attendances) {
    if (attendance.courseId !== course.id || attendance.status !== AttendanceStatus.Attended) continue;
    if (attendance.heldOn > day) continue;
    if (lastAttendedOn === null || attendance.heldOn > lastAttendedOn) lastAttendedOn = attendance.heldOn;
  }
  if (lastAttendedOn === null) return { status: TrainingStatus.Never, lastAttendedOn: null, expiresOn: null };
  const expiresOn = addCalendarMonths(lastAttendedOn, course.validityMonths);
  const status =
    day >= expiresOn
      ? TrainingStatus.Overdue
      : day >= addCalendarDays(expiresOn, -dueSoonDays)
        ? TrainingStatus.DueSoon
        : TrainingStatus.Valid;
  return { status, lastAttendedOn, expiresOn };
}

/**
 * A person's status for one course at `now` (the day in Sweden), with the warning period
 * `dueSoonDays` (default {@link defaultDueSoonDays}). See {@link trainingStandingOn}.
 */
export function trainingStatus(
  attendances: readonly Attendance[],
  course: CourseValidity,
  now: Date,
  dueSoonDays: number = defaultDueSoonDays,
): TrainingStanding {
  return trainingStandingOn(attendances, course, swedishDate(now), dueSoonDays);
}

/** How many people of one group stand where with a course. */
export interface CoverageRow<K> {
  readonly group: K;
  readonly valid: number;
  readonly dueSoon: number;
  readonly overdue: number;
  readonly never: number;
  /** Everyone in the group. */
  readonly total: number;
  /** Those trained today (valid or due soon): {@link isTrained}. */
  readonly trained: number;
}

/**
 * Coverage per group (body, party, course, election): counts of each status, in the order the
 * groups first appear. A person in two groups (two bodies) counts in both. Per party the rows are
 * published only through {@link suppressSmallCounts} (`coverage-by-party.ts`).
 */
export function coverage<K>(
  people: readonly { readonly group: K; readonly status: TrainingStatus }[],
): CoverageRow<K>[] {
  const rows = new Map<K, { valid: number; dueSoon: number; overdue: number; never: number }>();
  for (const { group, status } of people) {
    const row = rows.get(group) ?? { valid: 0, dueSoon: 0, overdue: 0, never: 0 };
    if (status === TrainingStatus.Valid) row.valid += 1;
    else if (status === TrainingStatus.DueSoon) row.dueSoon += 1;
    else if (status === TrainingStatus.Overdue) row.overdue += 1;
    else row.never += 1;
    rows.set(group, row);
  }
  return [...rows].map(([group, row]) => ({
    group,
    ...row,
    total: row.valid + row.dueSoon + row.overdue + row.never,
    trained: row.valid + row.dueSoon,
  }));
}
