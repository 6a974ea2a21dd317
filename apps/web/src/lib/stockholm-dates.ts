import { endOfSwedishDay, swedishDate } from '@varn/domain';

/**
 * Calendar dates (YYYY-MM-DD, as `<input type="date">` gives them) and the instants they stand
 * for. A date means a day in Sweden whatever the device's time zone, like everything else Värn
 * shows; the server compares instants.
 */

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** Whether a string is a real calendar date, YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
  const match = datePattern.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Noon UTC of a date: always inside that day in Sweden (UTC+1 or UTC+2). */
const noonOf = (date: string): Date => new Date(`${date}T12:00:00.000Z`);

/** Today in Sweden, YYYY-MM-DD. */
export function todayInSweden(now: Date = new Date()): string {
  return swedishDate(now);
}

/** The instant a Swedish day begins (local midnight), as ISO; `undefined` for a value that is not a date. */
export function startOfSwedishDate(date: string): string | undefined {
  if (!isCalendarDate(date)) return undefined;
  return endOfSwedishDay(new Date(noonOf(date).getTime() - 86_400_000)).toISOString();
}

/** The instant after a Swedish day (the next local midnight), as ISO: an exclusive upper bound. */
export function endOfSwedishDate(date: string): string | undefined {
  if (!isCalendarDate(date)) return undefined;
  return endOfSwedishDay(noonOf(date)).toISOString();
}

/** A date moved by whole months, clamped to the month's last day (31 March − 1 month = 28/29 February). */
export function addMonths(date: string, months: number): string {
  const match = datePattern.exec(date);
  if (!match) return date;
  const year = Number(match[1]);
  const month = Number(match[2]) - 1 + months;
  const day = Number(match[3]);
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(day, lastDay))).toISOString().slice(0, 10);
}

/** A date moved by whole days. */
export function addDays(date: string, days: number): string {
  if (!isCalendarDate(date)) return date;
  return new Date(noonOf(date).getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

const pad = (value: number): string => String(value).padStart(2, '0');

/** The value of a `datetime-local` input for an instant, in the device's time (where the user types). */
export function toDateTimeInputValue(at: Date): string {
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/**
 * A `datetime-local` value (device time) as ISO; '' gives `undefined`, unparsable input is kept
 * so that the contract schema rejects it with its message.
 */
export function dateTimeInputToIso(value: string): string | undefined {
  if (value.trim() === '') return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toISOString();
}
