import { addCalendarDays, meetingTypes, swedishDate } from '@varn/domain';
import { endOfSwedishDate, isCalendarDate, startOfSwedishDate } from '../../lib/stockholm-dates';

/**
 * The risk heat calendar's dates: months and weeks as people in Sweden read them (weeks start on
 * Monday, ISO week numbers), and meetings put on the day they start in Swedish time whatever the
 * device's time zone. Days are calendar dates, YYYY-MM-DD; months YYYY-MM.
 */

/** How the calendar shows the meetings. */
export const CalendarView = { Month: 'month', Week: 'week', List: 'list' } as const;
export type CalendarView = (typeof CalendarView)[keyof typeof CalendarView];
export const calendarViews: readonly CalendarView[] = Object.values(CalendarView);

const monthPattern = /^(\d{4})-(\d{2})$/u;

/** Whether a string is a month, YYYY-MM. */
export function isMonth(value: string): boolean {
  const match = monthPattern.exec(value);
  return match !== null && Number(match[2]) >= 1 && Number(match[2]) <= 12;
}

/** The month a day is in. */
export function monthOf(day: string): string {
  return day.slice(0, 7);
}

/** The first day of a month. */
export function firstDayOf(month: string): string {
  return `${month}-01`;
}

/** The last day of a month. */
export function lastDayOf(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number);
  const days = new Date(Date.UTC(year ?? 0, monthNumber ?? 1, 0)).getUTCDate();
  return `${month}-${String(days).padStart(2, '0')}`;
}

/** A month moved by whole months (December + 1 = January of the next year). */
export function addCalendarMonths(month: string, months: number): string {
  const [year, monthNumber] = month.split('-').map(Number);
  const moved = new Date(Date.UTC(year ?? 0, (monthNumber ?? 1) - 1 + months, 1));
  return moved.toISOString().slice(0, 7);
}

/** A day of the week, Monday 1 … Sunday 7 (ISO 8601). */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** The days of the week in the order a Swedish calendar shows them. */
export const weekdays: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 7];

/** The day of the week of a day. */
export function isoWeekday(day: string): Weekday {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return (weekday === 0 ? 7 : weekday) as Weekday;
}

/** The Monday of the week a day is in. */
export function mondayOf(day: string): string {
  return addCalendarDays(day, 1 - isoWeekday(day));
}

/** The ISO week number (vecka) of a day, as Swedish calendars print it: 1–53. */
export function isoWeekNumber(day: string): number {
  // The week belongs to the year of its Thursday.
  const thursday = addCalendarDays(day, 4 - isoWeekday(day));
  const firstOfYear = `${thursday.slice(0, 4)}-01-01`;
  const dayOfYear = Math.round(
    (Date.parse(`${thursday}T00:00:00Z`) - Date.parse(`${firstOfYear}T00:00:00Z`)) / 86_400_000,
  );
  return Math.floor(dayOfYear / 7) + 1;
}

/** One week of days, Monday first. */
export interface CalendarWeek {
  readonly number: number;
  readonly days: readonly string[];
}

/** The seven days of the week a day is in, Monday first. */
export function weekOf(day: string): CalendarWeek {
  const monday = mondayOf(day);
  return {
    number: isoWeekNumber(monday),
    days: Array.from({ length: 7 }, (_, index) => addCalendarDays(monday, index)),
  };
}

/**
 * The weeks a month's grid shows: from the Monday of the week of its first day to the Sunday of
 * the week of its last day, so that some days of the months around it fill the first and last weeks.
 */
export function monthGrid(month: string): readonly CalendarWeek[] {
  const last = lastDayOf(month);
  const weeks: CalendarWeek[] = [];
  for (let monday = mondayOf(firstDayOf(month)); monday <= last; monday = addCalendarDays(monday, 7))
    weeks.push(weekOf(monday));
  return weeks;
}

/** The first and last day a view shows around a day. */
export function daysShown(
  view: CalendarView,
  day: string,
): { readonly first: string; readonly last: string } {
  if (view === CalendarView.Week) {
    const { days } = weekOf(day);
    return { first: days[0] ?? day, last: days[6] ?? day };
  }
  if (view === CalendarView.Month) {
    const weeks = monthGrid(monthOf(day));
    return { first: weeks[0]?.days[0] ?? day, last: weeks.at(-1)?.days[6] ?? day };
  }
  return { first: firstDayOf(monthOf(day)), last: lastDayOf(monthOf(day)) };
}

/**
 * The instants to ask the API for: from the start of the first day in Sweden to the start of the
 * day after the last one (ISO strings).
 */
export function periodOfDays(first: string, last: string): { readonly from: string; readonly to: string } {
  return { from: startOfSwedishDate(first) ?? first, to: endOfSwedishDate(last) ?? last };
}

/** The day the view moves to with "previous" (−1) or "next" (+1): a week, or a month. */
export function stepDay(view: CalendarView, day: string, step: number): string {
  if (view === CalendarView.Week) return addCalendarDays(day, 7 * step);
  return firstDayOf(addCalendarMonths(monthOf(day), step));
}

/** The day a meeting (or anything with a start) falls on in Sweden. */
export function swedishDayOf(iso: string): string {
  return swedishDate(new Date(iso));
}

/**
 * Items by the Swedish day they start on, each day's items in order of their start. Days without
 * items are not in the map.
 */
export function groupBySwedishDay<T extends { readonly startsAt: string }>(
  items: readonly T[],
): ReadonlyMap<string, readonly T[]> {
  const sorted = [...items].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  const days = new Map<string, T[]>();
  for (const item of sorted) {
    const day = swedishDayOf(item.startsAt);
    const list = days.get(day);
    if (list) list.push(item);
    else days.set(day, [item]);
  }
  return days;
}

/** What the calendar's address says: its view and the day it shows. */
export interface CalendarAddress {
  readonly view: CalendarView;
  readonly day: string;
  readonly bodyId: string;
  readonly type: string;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

/**
 * Reads the calendar's address (`?view=month&day=2026-12-10&bodyId=…&type=…`). Without a view the
 * list is shown on a narrow screen (a phone) and the month elsewhere; without a valid day, today.
 * A body or type that cannot be one (an edited address) is ignored rather than refused.
 */
export function readCalendarAddress(
  params: URLSearchParams,
  today: string,
  narrow: boolean,
): CalendarAddress {
  const view = params.get('view');
  const day = params.get('day') ?? '';
  return {
    view:
      calendarViews.find((candidate) => candidate === view) ??
      (narrow ? CalendarView.List : CalendarView.Month),
    day: isCalendarDate(day) ? day : today,
    bodyId: uuidPattern.test(params.get('bodyId') ?? '') ? (params.get('bodyId') ?? '') : '',
    type: meetingTypes.find((candidate) => candidate === params.get('type')) ?? '',
  };
}

/** The query string of a calendar address (empty values left out). */
export function calendarSearch(address: Partial<CalendarAddress>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(address)) if (value) params.set(name, value);
  const search = params.toString();
  return search ? `?${search}` : '';
}

const clocks = new Map<string, Intl.DateTimeFormat>();

/** The time of day of an instant in Sweden, "18:00" (24-hour clock in both languages). */
export function swedishClock(iso: string, locale: 'sv' | 'en'): string {
  let format = clocks.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'sv-SE', {
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: 'Europe/Stockholm',
    });
    clocks.set(locale, format);
  }
  return format.format(new Date(iso));
}

/** A month's name with its year, "december 2026" / "December 2026". */
export function monthTitle(month: string, locale: 'sv' | 'en'): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'sv-SE', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${firstDayOf(month)}T00:00:00Z`));
}

const levelRank = { low: 1, moderate: 2, high: 3 } as const;

/**
 * The highest risk level of a day's meetings, which tints the day in the month ("heat"); null when
 * none has a level. Cancelled meetings do not count: they will not take place.
 */
export function dayHeat(
  meetings: readonly {
    readonly status: string;
    readonly risk: { readonly level: 'low' | 'moderate' | 'high' | null };
  }[],
): 'low' | 'moderate' | 'high' | null {
  let heat: 'low' | 'moderate' | 'high' | null = null;
  for (const meeting of meetings) {
    const level = meeting.risk.level;
    if (meeting.status === 'cancelled' || level === null) continue;
    if (heat === null || levelRank[level] > levelRank[heat]) heat = level;
  }
  return heat;
}
