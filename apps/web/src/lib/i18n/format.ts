import type { Locale } from '@varn/contracts';

/** Times are shown in the municipality's time zone whatever the device is set to. */
const timeZone = 'Europe/Stockholm';

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: Locale, options: Intl.DateTimeFormatOptions, name: string): Intl.DateTimeFormat {
  const key = `${locale}:${name}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'sv-SE', { ...options, timeZone });
    cache.set(key, format);
  }
  return format;
}

/** Date and time, e.g. "3 mars 2026 14:05". */
export function formatDateTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatter(locale, { dateStyle: 'medium', timeStyle: 'short' }, 'datetime').format(date);
}

/** Date only, e.g. "3 mars 2026". */
export function formatDate(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatter(locale, { dateStyle: 'long' }, 'date').format(date);
}

/** Seconds precision for the audit log, where the order of events matters. */
export function formatTimestamp(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatter(
    locale,
    {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    },
    'timestamp',
  ).format(date);
}
