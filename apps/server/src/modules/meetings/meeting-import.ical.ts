import ICAL from 'ical.js';
import { maxMeetingHours, maxMeetingImportRows, meetingTextLimits, startOfSwedishDay } from '@varn/domain';
import type { FieldMessageKey } from '@varn/contracts';

/*
 * Reading an iCalendar file (RFC 5545) for the meetings import (issue 10 §1), with ical.js. Every
 * VEVENT is one meeting; its UID is the key a second import of the same calendar updates by.
 * Times: UTC and times with a TZID that is an IANA zone name are exact, by the runtime's zone rules
 * (Intl) — a file's own VTIMEZONE is never read, so its rules can neither run endlessly nor move
 * Europe/Stockholm; floating times and any other TZID (Outlook's "W. Europe Standard Time") are
 * read as Swedish time (the calendars are the municipality's; the preview has no place to say
 * so); an all-day event runs from 00:00 Swedish time on its first day to 00:00 after its last. A
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

/** Formats in each IANA zone met so far (a bounded set: only real zone names get one). */
const wallClocks = new Map<string, Intl.DateTimeFormat>();

/** The wall clock of an IANA zone, or null when the name is no zone Intl knows. */
function wallClockOf(timeZone: string): Intl.DateTimeFormat | null {
  const known = wallClocks.get(timeZone);
  if (known) return known;
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('sv-SE', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
  } catch {
    return null;
  }
  if (wallClocks.size >= 1000) wallClocks.clear();
  wallClocks.set(timeZone, format);
  return format;
}

/** How far ahead of UTC the zone's clock is at an instant, in milliseconds. */
function offsetAt(clock: Intl.DateTimeFormat, instant: number): number {
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(clock.formatToParts(instant).find((p) => p.type === type)?.value);
  const wall = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return wall - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant a wall-clock time in an IANA zone (`Europe/Stockholm`, `America/New_York`) stands
 * for — the earlier one in an hour that repeats, the offset before the change in an hour that is
 * skipped — or null when the name is no IANA zone. The zone rules are the runtime's (Intl), never
 * a file's.
 */
export function wallTimeIn(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
): Date | null {
  const clock = wallClockOf(timeZone);
  if (!clock) return null;
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  if (Number.isNaN(asUtc)) return new Date(Number.NaN);
  const oneDay = 86_400_000;
  const before = offsetAt(clock, asUtc - oneDay);
  const offsets = [...new Set([before, offsetAt(clock, asUtc), offsetAt(clock, asUtc + oneDay)])];
  const matching = offsets
    .map((offset) => asUtc - offset)
    .filter((candidate) => offsetAt(clock, candidate) === asUtc - candidate);
  // A time that does not exist (the hour skipped in spring): read it with the offset before.
  return new Date(matching.length > 0 ? Math.min(...matching) : asUtc - before);
}

/** The instant a wall-clock time in Sweden stands for (the earlier one in the hour that repeats). */
export function swedishWallTime(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
): Date {
  return wallTimeIn('Europe/Stockholm', year, month, day, hour, minute, second) ?? new Date(Number.NaN);
}

const isoDate = (time: ICAL.Time): string =>
  `${time.year}-${String(time.month).padStart(2, '0')}-${String(time.day).padStart(2, '0')}`;

/**
 * An ical.js time as an instant, by the rules above. `tzid` is the TZID parameter of its property:
 * read with the runtime's rules for that IANA name, never with the file's VTIMEZONE (whose rules
 * a hostile file could make endless, or use to move Europe/Stockholm).
 */
function instantOf(time: ICAL.Time, tzid: string | null): Date {
  if (time.isDate) return startOfSwedishDay(isoDate(time));
  const fields = [time.year, time.month, time.day, time.hour, time.minute, time.second] as const;
  if (time.zone === ICAL.Timezone.utcTimezone)
    return new Date(Date.UTC(fields[0], fields[1] - 1, ...fields.slice(2)));
  return (tzid ? wallTimeIn(tzid, ...fields) : null) ?? swedishWallTime(...fields);
}

/** An event's DURATION in seconds (negative when it runs backwards), or null without one. */
const durationOf = (vevent: ICAL.Component): number | null => {
  const duration: unknown = vevent.getFirstPropertyValue('duration');
  return duration instanceof ICAL.Duration ? duration.toSeconds() : null;
};

/** The TZID parameter of an event's property, if any. */
const tzidOf = (vevent: ICAL.Component, name: string): string | null => {
  const tzid: unknown = vevent.getFirstProperty(name)?.getParameter('tzid');
  return typeof tzid === 'string' && tzid.trim() !== '' ? tzid.trim() : null;
};

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
  // The file's zones are never read (see instantOf): without them ical.js cannot expand one.
  calendar.removeAllSubcomponents('vtimezone');

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
        const startZone = tzidOf(vevent, 'dtstart');
        startsAt = instantOf(start, startZone);
        const duration = vevent.hasProperty('dtend') ? null : durationOf(vevent);
        if (duration !== null && duration > maxMeetingHours * 3600)
          // Checked before ical.js adds it: P99999999W is no date at all.
          errors.push({ field: 'endsAt', key: 'meeting_too_long' });
        else if (duration !== null && duration <= 0)
          errors.push({ field: 'endsAt', key: 'meeting_ends_before_start' });
        else {
          const end = event.endDate as ICAL.Time | null;
          // ical.js gives an event without DTEND or DURATION its start (a time) or the next day (a date).
          endsAt = end ? instantOf(end, duration === null ? tzidOf(vevent, 'dtend') : startZone) : null;
        }
      }
    } catch {
      errors.push({ field: 'row', key: 'ical_unreadable' });
    }
    const uid = text(event?.uid);
    const title = text(event?.summary);
    if (event) {
      if (!uid) errors.push({ field: 'uid', key: 'ical_missing_uid' });
      else if (uid.length > meetingTextLimits.icalUid)
        errors.push({ field: 'uid', key: 'too_long', n: meetingTextLimits.icalUid });
      else if (seen.has(uid)) errors.push({ field: 'uid', key: 'ical_duplicate_uid' });
      if (uid) seen.set(uid, position);
      if (!title) errors.push({ field: 'title', key: 'required' });
      else if (title.length > meetingTextLimits.title)
        errors.push({ field: 'title', key: 'too_long', n: meetingTextLimits.title });
      if (!startsAt || Number.isNaN(startsAt.getTime()))
        errors.push({ field: 'startsAt', key: 'ical_missing_start' });
      else if (endsAt && Number.isNaN(endsAt.getTime()))
        errors.push({ field: 'endsAt', key: 'invalid_date' });
    }
    const location = text(event?.location);
    const description = text(event?.description);
    const valid = (time: Date | null) => (time && !Number.isNaN(time.getTime()) ? time : null);
    return {
      index: position + 1,
      uid,
      title,
      startsAt: valid(startsAt),
      endsAt: valid(endsAt),
      location: location ? location.slice(0, meetingTextLimits.room) : null,
      description: description ? description.slice(0, meetingTextLimits.description) : null,
      cancelled: text(vevent.getFirstPropertyValue('status'))?.toUpperCase() === 'CANCELLED',
      errors,
    };
  });
  return { fileErrors: [], events };
}
