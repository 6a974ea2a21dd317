import { formatSwedishDateTime, swedishDate, swedishTimeZone } from '@varn/domain';
import type { Locale } from '@varn/contracts';

/**
 * When a meeting is, in Swedish time: "10 december 2026 18:00–21:00" on one day, "5 september
 * 2026 08:00 – 6 september 2026 02:00" when it ends on a later day (election day and its count).
 */
export function meetingTimeText(
  meeting: { readonly startsAt: string; readonly endsAt: string },
  locale: Locale,
): string {
  const start = new Date(meeting.startsAt);
  const end = new Date(meeting.endsAt);
  if (swedishDate(start) !== swedishDate(end))
    return `${formatSwedishDateTime(start, locale, 'long')} – ${formatSwedishDateTime(end, locale, 'long')}`;
  const clock = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'sv-SE', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: swedishTimeZone,
  });
  const day = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'sv-SE', {
    dateStyle: 'long',
    timeZone: swedishTimeZone,
  });
  return `${day.format(start)} ${clock.format(start)}–${clock.format(end)}`;
}
