import type { Locale } from '@varn/contracts';

/**
 * Durations and "how long ago" in words, in the UI language. Intl does the wording and the
 * grammar ("2,5 timmar", "3,1 dygn", "för 3 dagar sedan"), so no catalogue keys are needed.
 */

const tag = (locale: Locale): string => (locale === 'en' ? 'en-GB' : 'sv-SE');

function unit(locale: Locale, name: 'minute' | 'hour' | 'day', value: number, digits: number): string {
  return new Intl.NumberFormat(tag(locale), {
    style: 'unit',
    unit: name,
    unitDisplay: 'long',
    maximumFractionDigits: digits,
  }).format(value);
}

/**
 * A handling time given in hours, in the unit a person reads best: minutes under an hour, hours
 * under two days, days (dygn) above.
 */
export function formatHours(hours: number, locale: Locale): string {
  if (hours < 1) return unit(locale, 'minute', Math.round(hours * 60), 0);
  if (hours < 48) return unit(locale, 'hour', hours, hours < 10 ? 1 : 0);
  const days = hours / 24;
  return unit(locale, 'day', days, days < 10 ? 1 : 0);
}

/** Minutes as "3 timmar och 12 minuter" (or "45 minuter"); for countdowns. */
export function formatMinutes(totalMinutes: number, locale: Locale): string {
  const minutes = Math.max(0, Math.round(totalMinutes));
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return unit(locale, 'minute', rest, 0);
  const parts = [unit(locale, 'hour', hours, 0)];
  if (rest > 0) parts.push(unit(locale, 'minute', rest, 0));
  return new Intl.ListFormat(tag(locale), { style: 'long', type: 'conjunction' }).format(parts);
}

/** How long ago an instant was: "för 3 dagar sedan", "i går", "5 hours ago". */
export function timeAgo(iso: string, now: Date, locale: Locale): string {
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return '';
  const minutes = Math.round((now.getTime() - at) / 60_000);
  const format = new Intl.RelativeTimeFormat(tag(locale), { numeric: 'auto' });
  if (minutes < 60) return format.format(-Math.max(0, minutes), 'minute');
  const hours = Math.round(minutes / 60);
  if (hours < 48) return format.format(-hours, 'hour');
  const days = Math.round(hours / 24);
  if (days < 60) return format.format(-days, 'day');
  const months = Math.round(days / 30.44);
  if (months < 24) return format.format(-months, 'month');
  return format.format(-Math.round(days / 365.25), 'year');
}
