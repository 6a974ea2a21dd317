import ICAL from 'ical.js';
import { maxMeetingImportRows, meetingTextLimits, startOfSwedishDay } from '@varn/domain';
import type { FieldMessageKey } from '@varn/contracts';

/*
 * Reading an iCalendar file (RFC 5545) for the meetings import (issue 10 §1), with ical.js. Every
 * VEVENT is one meeting; its UID is the key a second import of the same calendar updates by.
 * Times: UTC and times with a TZID the file describes (VTIMEZONE) are exact; floating times and a
 * TZID the file does not describe are read as Swedish time (the calendars are the municipality's);
 * an all-day event runs from 00:00 Swedish time on its first day to 00:00 after its last. A
 * recurring event is imported once, as its first occurrence. Nothing is saved here.
 */

/** A problem of an event or the file: a catalogue key and the number for `{n}`. */
export interface IcalProblem {
  readonly key: FieldMessageKey;
  readonly n?: number;
}

/** One VEVENT, read. */
export interface IcalEvent {
  /** 1, 2, … in the file's order. */
  readonly index: number;
  readonly uid: string | null;
  readonly title: string | null;
  readonly startsAt: Date | null;
  readonly endsAt: Date | null;
  readonly location: string | null;
  readonly description: string | null;
  /** STATUS:CANCELLED. */
  readonly cancelled: boolean;
  readonly errors: readonly (IcalProblem & {
    readonly field: 'uid' | 'title' | 'startsAt' | 'endsAt' | 'row';
  })[];
}

export interface IcalImport {
  readonly fileErrors: readonly IcalProblem[];
  readonly events: readonly IcalEvent[];
}

const swedishWallClock = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** The instant a wall-clock time in Sweden stands for (the earlier one in the hour that repeats). */
export function swedishWallTime(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
): Date {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  const pad = (value: number) => String(value).padStart(2, '0');
  const wanted = `${year}-${pad(month)}-${pad(day)} ${pad(hour)}:${pad(minute)}:${pad(second)}`;
  for (const offsetHours of [2, 1]) {
    const candidate = new Date(asUtc - offsetHours * 3_600_000);
    if (swedishWallClock.format(candidate) === wanted) return candidate;
  }
  // A time that does not exist (the hour skipped in spring): read it with winter time.
  return new Date(asUtc - 3_600_000);
}

const isoDate = (time: ICAL.Time): string =>
  `${time.year}-${String(time.month).padStart(2, '0')}-${String(time.day).padStart(2, '0')}`;

/** An ical.js time as an instant, by the rules above. */
function instantOf(time: ICAL.Time): Date {
  if (time.isDate) return startOfSwedishDay(isoDate(time));
  const tzid = time.zone?.tzid;
  if (tzid && tzid !== 'floating') return time.toJSDate();
  return swedishWallTime(time.year, time.month, time.day, time.hour, time.minute, time.second);
}

const text = (value: unknown): string | null => {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
};

/** Reads the text of an .ics file: the file's problems and each event with its own. */
export function readIcal(input: string): IcalImport {
  let calendar: ICAL.Component;
  try {
    calendar = new ICAL.Component(ICAL.parse(input));
  } catch {
    return { fileErrors: [{ key: 'ical_unreadable' }], events: [] };
  }
  if (calendar.name !== 'vcalendar') return { fileErrors: [{ key: 'ical_unreadable' }], events: [] };
  const vevents = calendar.getAllSubcomponents('vevent');
  if (vevents.length === 0) return { fileErrors: [{ key: 'ical_no_events' }], events: [] };
  if (vevents.length > maxMeetingImportRows)
    return { fileErrors: [{ key: 'ical_too_many_events', n: maxMeetingImportRows }], events: [] };
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) {
    const zone = new ICAL.Timezone(vtimezone);
    if (zone.tzid && !ICAL.TimezoneService.has(zone.tzid)) ICAL.TimezoneService.register(zone);
  }

  const seen = new Map<string, number>();
  const events = vevents.map((vevent, position): IcalEvent => {
    const errors: IcalEvent['errors'][number][] = [];
    let event: ICAL.Event | null = null;
    let startsAt: Date | null = null;
    let endsAt: Date | null = null;
    try {
      event = new ICAL.Event(vevent);
      const start = event.startDate as ICAL.Time | null;
      if (start) {
        startsAt = instantOf(start);
        const end = event.endDate as ICAL.Time | null;
        // ical.js gives an event without DTEND or DURATION its start (a time) or the next day (a date).
        endsAt = end ? instantOf(end) : null;
      }
    } catch {
      errors.push({ field: 'row', key: 'ical_unreadable' });
    }
    const uid = text(event?.uid);
    const title = text(event?.summary);
    if (event) {
      if (!uid) errors.push({ field: 'uid', key: 'ical_missing_uid' });
      else if (seen.has(uid)) errors.push({ field: 'uid', key: 'ical_duplicate_uid' });
      if (uid) seen.set(uid, position);
      if (!title) errors.push({ field: 'title', key: 'required' });
      else if (title.length > meetingTextLimits.title)
        errors.push({ field: 'title', key: 'too_long', n: meetingTextLimits.title });
      if (!startsAt || Number.isNaN(startsAt.getTime()))
        errors.push({ field: 'startsAt', key: 'ical_missing_start' });
    }
    const location = text(event?.location);
    const description = text(event?.description);
    return {
      index: position + 1,
      uid,
      title,
      startsAt,
      endsAt,
      location: location ? location.slice(0, meetingTextLimits.room) : null,
      description: description ? description.slice(0, meetingTextLimits.description) : null,
      cancelled: text(vevent.getFirstPropertyValue('status'))?.toUpperCase() === 'CANCELLED',
      errors,
    };
  });
  return { fileErrors: [], events };
}
