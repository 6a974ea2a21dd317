import { formatSwedishDateTime, formatSwedishDay, formatSwedishTimestamp } from '@varn/domain';
import type { Locale } from '@varn/contracts';

/**
 * Times from the API (ISO strings) as the UI shows them, in Swedish time whatever the device's
 * time zone (the formats themselves: domain `swedish-time`). A string that is not a time is shown
 * as it is.
 */

function parsed(iso: string): Date | undefined {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** Date and time, e.g. "3 mars 2026 14:05". */
export function formatDateTime(iso: string, locale: Locale): string {
  const date = parsed(iso);
  return date ? formatSwedishDateTime(date, locale, 'medium') : iso;
}

/** Date only, e.g. "3 mars 2026". */
export function formatDate(iso: string, locale: Locale): string {
  const date = parsed(iso);
  return date ? formatSwedishDay(date, locale) : iso;
}

/** Seconds precision for the audit log, where the order of events matters. */
export function formatTimestamp(iso: string, locale: Locale): string {
  const date = parsed(iso);
  return date ? formatSwedishTimestamp(date, locale) : iso;
}
