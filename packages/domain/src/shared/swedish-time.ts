/**
 * Time as Värn shows and counts it: in Sweden (Europe/Stockholm), whatever the server's or the
 * device's time zone. Every date shown to a person, in the web, a mail or a PDF, is formatted
 * here; every "which day is it" rule (due dates, the same-day report to Arbetsmiljöverket) asks
 * {@link swedishDate} or {@link endOfSwedishDay}.
 */

/** The municipality's time zone (IANA). */
export const swedishTimeZone = 'Europe/Stockholm';

/** The languages dates are written in: Swedish first, English complete. */
export type DateLocale = 'sv' | 'en';

/**
 * How far in the future a time someone states may lie (minutes): the clocks of phones and
 * servers differ a little, so "now" typed on a phone can be a minute ahead of the server.
 */
export const clockSkewToleranceMinutes = 5;

/** The latest instant a person may state for something that has happened (now + the tolerance). */
export function latestStatedTime(now: Date): Date {
  return new Date(now.getTime() + clockSkewToleranceMinutes * 60_000);
}

/**
 * Whether a stated time (a contact with the affected person, the report to Arbetsmiljöverket)
 * is not in the future, allowing for {@link clockSkewToleranceMinutes}.
 */
export function isNotInFuture(at: Date, now: Date): boolean {
  return at.getTime() <= latestStatedTime(now).getTime();
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** One cached formatter per language and style (creating them is slow). */
function formatter(
  locale: DateLocale,
  name: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${locale}:${name}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'sv-SE', options);
    formats.set(key, format);
  }
  return format;
}

/** Today's date in Sweden (YYYY-MM-DD) at an instant. */
export function swedishDate(at: Date): string {
  return formatter('sv', 'iso-date', {
    timeZone: swedishTimeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}

/** Midnight (end of day) in Sweden of the day `at` falls on, as an instant (DST-safe). */
export function endOfSwedishDay(at: Date): Date {
  const parts = formatter('en', 'parts', {
    timeZone: swedishTimeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(at);
  const part = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  // The next local midnight; find its UTC instant by trying both Swedish offsets (+01, +02).
  const nextDay = Date.UTC(part('year'), part('month') - 1, part('day') + 1);
  const hour = formatter('en', 'hour', { timeZone: swedishTimeZone, hour: '2-digit', hourCycle: 'h23' });
  for (const offsetHours of [1, 2]) {
    const candidate = new Date(nextDay - offsetHours * 3_600_000);
    if (hour.format(candidate) === '00') return candidate;
  }
  return new Date(nextDay - 3_600_000);
}

/**
 * The calendar date `days` days after a calendar date (YYYY-MM-DD; negative `days`: before). A
 * calendar date has no time zone, so this is plain day arithmetic, across months, years and leap days.
 */
export function addCalendarDays(isoDate: string, days: number): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, (day ?? 1) + days)).toISOString().slice(0, 10);
}

/**
 * The first instant (00:00) of a calendar date (YYYY-MM-DD) in Sweden (DST-safe: Swedish clocks
 * change at 02:00 and 03:00, so every day has a midnight).
 */
export function startOfSwedishDay(isoDate: string): Date {
  const [year, month, day] = isoDate.split('-').map(Number);
  const utcMidnight = Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1);
  const hour = formatter('en', 'hour', { timeZone: swedishTimeZone, hour: '2-digit', hourCycle: 'h23' });
  for (const offsetHours of [1, 2]) {
    const candidate = new Date(utcMidnight - offsetHours * 3_600_000);
    if (swedishDate(candidate) === isoDate && hour.format(candidate) === '00') return candidate;
  }
  return new Date(utcMidnight - 3_600_000);
}

/** An instant with date and time in Sweden: "3 mars 2026 kl. 14:05" (`medium`: "3 mars 2026 14:05"). */
export function formatSwedishDateTime(
  at: Date,
  locale: DateLocale,
  style: 'long' | 'medium' = 'long',
): string {
  return formatter(locale, `datetime-${style}`, {
    dateStyle: style,
    timeStyle: 'short',
    timeZone: swedishTimeZone,
  }).format(at);
}

/** The day of an instant in Sweden: "3 mars 2026". */
export function formatSwedishDay(at: Date, locale: DateLocale): string {
  return formatter(locale, 'day', { dateStyle: 'long', timeZone: swedishTimeZone }).format(at);
}

/**
 * A calendar date (YYYY-MM-DD, a due date or a decision date) as people write it: "4 december
 * 2026" / "4 December 2026". A calendar date has no time zone: it is the same day everywhere.
 */
export function formatCalendarDate(isoDate: string, locale: DateLocale): string {
  return formatter(locale, 'calendar-date', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

/** Seconds precision in Sweden, where the order of events matters (the audit log): "2026-03-03 14:05:09". */
export function formatSwedishTimestamp(at: Date, locale: DateLocale): string {
  return formatter(locale, 'timestamp', {
    timeZone: swedishTimeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).format(at);
}
