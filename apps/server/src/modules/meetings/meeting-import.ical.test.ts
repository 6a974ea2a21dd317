import { describe, expect, it } from 'vitest';
import { maxMeetingImportRows } from '@varn/domain';
import { readIcal, swedishWallTime } from './meeting-import.ical';

const wrap = (...lines: string[]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//SV', ...lines, 'END:VCALENDAR'].join('\r\n');

const event = (uid: string, ...lines: string[]) => [
  'BEGIN:VEVENT',
  `UID:${uid}`,
  'SUMMARY:Möte',
  ...lines,
  'END:VEVENT',
];

describe('swedishWallTime', () => {
  it.each([
    ['winter', [2026, 12, 10, 18, 0, 0], '2026-12-10T17:00:00.000Z'],
    ['summer', [2026, 6, 10, 18, 0, 0], '2026-06-10T16:00:00.000Z'],
    ['the repeated hour in autumn (the first)', [2026, 10, 25, 2, 30, 0], '2026-10-25T00:30:00.000Z'],
    ['the skipped hour in spring', [2026, 3, 29, 2, 30, 0], '2026-03-29T01:30:00.000Z'],
  ] as const)('%s', (_label, [year, month, day, hour, minute, second], expected) => {
    expect(swedishWallTime(year, month, day, hour, minute, second).toISOString()).toBe(expected);
  });
});

describe('readIcal', () => {
  it('reads UTC, floating (as Swedish time) and all-day events', () => {
    const { fileErrors, events } = readIcal(
      wrap(
        ...event('utc', 'DTSTART:20261210T170000Z', 'DURATION:PT2H'),
        ...event('floating', 'DTSTART:20260610T180000', 'DTEND:20260610T200000'),
        ...event(
          'unknown-zone',
          'DTSTART;TZID=Europe/Stockholm:20260610T180000',
          'DTEND;TZID=Europe/Stockholm:20260610T190000',
        ),
        ...event('day', 'DTSTART;VALUE=DATE:20260913', 'STATUS:CANCELLED'),
      ),
    );
    expect(fileErrors).toEqual([]);
    expect(
      events.map((e) => [e.uid, e.startsAt?.toISOString(), e.endsAt?.toISOString(), e.cancelled, e.errors]),
    ).toEqual([
      ['utc', '2026-12-10T17:00:00.000Z', '2026-12-10T19:00:00.000Z', false, []],
      ['floating', '2026-06-10T16:00:00.000Z', '2026-06-10T18:00:00.000Z', false, []],
      ['unknown-zone', '2026-06-10T16:00:00.000Z', '2026-06-10T17:00:00.000Z', false, []],
      ['day', '2026-09-12T22:00:00.000Z', '2026-09-13T22:00:00.000Z', true, []],
    ]);
  });

  it('reports a UID twice, a missing title, and files that are no calendar or too large', () => {
    const { events } = readIcal(
      wrap(
        ...event('same', 'DTSTART:20261210T170000Z'),
        ...event('same', 'DTSTART:20261211T170000Z'),
        'BEGIN:VEVENT',
        'UID:untitled',
        'DTSTART:20261212T170000Z',
        'END:VEVENT',
      ),
    );
    expect(events.map((e) => e.errors.map((error) => `${error.field}:${error.key}`))).toEqual([
      [],
      ['uid:ical_duplicate_uid'],
      ['title:required'],
    ]);
    expect(readIcal('BEGIN:VCALENDAR\r\nBEGIN:VEVENT').fileErrors).toEqual([{ key: 'ical_unreadable' }]);
    expect(readIcal(wrap()).fileErrors).toEqual([{ key: 'ical_no_events' }]);
    const many = Array.from({ length: maxMeetingImportRows + 1 }, (_, index) =>
      event(`e${index}`, 'DTSTART:20261210T170000Z'),
    ).flat();
    expect(readIcal(wrap(...many)).fileErrors).toEqual([
      { key: 'ical_too_many_events', n: maxMeetingImportRows },
    ]);
  });
});
