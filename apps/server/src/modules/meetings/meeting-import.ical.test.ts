import { describe, expect, it } from 'vitest';
import { maxMeetingImportRows } from '@varn/domain';
import { readIcal, swedishWallTime, wallTimeIn } from './meeting-import.ical';

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

describe('wallTimeIn: a wall-clock time in an IANA zone', () => {
  it.each([
    ['New York in winter', 'America/New_York', [2026, 12, 10, 12, 0, 0], '2026-12-10T17:00:00.000Z'],
    ['New York in summer', 'America/New_York', [2026, 6, 10, 12, 0, 0], '2026-06-10T16:00:00.000Z'],
    [
      'New York, the repeated hour (the first)',
      'America/New_York',
      [2026, 11, 1, 1, 30, 0],
      '2026-11-01T05:30:00.000Z',
    ],
    ['New York, the skipped hour', 'America/New_York', [2026, 3, 8, 2, 30, 0], '2026-03-08T07:30:00.000Z'],
    ['Helsinki', 'Europe/Helsinki', [2026, 12, 10, 19, 0, 0], '2026-12-10T17:00:00.000Z'],
    ['Kolkata (half an hour)', 'Asia/Kolkata', [2026, 12, 10, 22, 30, 0], '2026-12-10T17:00:00.000Z'],
    ['UTC', 'UTC', [2026, 12, 10, 17, 0, 0], '2026-12-10T17:00:00.000Z'],
  ] as const)('%s', (_label, zone, [year, month, day, hour, minute, second], expected) => {
    expect(wallTimeIn(zone, year, month, day, hour, minute, second)?.toISOString()).toBe(expected);
  });

  it('knows no zone that is not an IANA name', () => {
    expect(wallTimeIn('W. Europe Standard Time', 2026, 12, 10, 18, 0, 0)).toBeNull();
    expect(wallTimeIn('Mars/Olympus_Mons', 2026, 12, 10, 18, 0, 0)).toBeNull();
  });
});

/** A VTIMEZONE of one rule that starts at `dtstart`, repeats by `rrule` and moves to `offset`. */
const vtimezone = (tzid: string, offset: string, rrule?: string) => [
  'BEGIN:VTIMEZONE',
  `TZID:${tzid}`,
  'BEGIN:STANDARD',
  'DTSTART:19700101T000000',
  ...(rrule ? [`RRULE:${rrule}`] : []),
  'TZOFFSETFROM:+0000',
  `TZOFFSETTO:${offset}`,
  'END:STANDARD',
  'END:VTIMEZONE',
];

describe('readIcal', () => {
  it('reads a TZID by its IANA name and never by the file’s VTIMEZONE; another name as Swedish time', () => {
    const { fileErrors, events } = readIcal(
      wrap(
        ...vtimezone('America/New_York', '+0500'),
        ...event(
          'new-york',
          'DTSTART;TZID=America/New_York:20261210T120000',
          'DTEND;TZID=America/New_York:20261210T130000',
        ),
        ...event('outlook', 'DTSTART;TZID=W. Europe Standard Time:20261210T180000', 'DURATION:PT1H'),
        ...event('utc-by-name', 'DTSTART;TZID=UTC:20261210T170000', 'DURATION:PT1H'),
      ),
    );
    expect(fileErrors).toEqual([]);
    expect(events.map((e) => [e.uid, e.startsAt?.toISOString(), e.endsAt?.toISOString(), e.errors])).toEqual([
      ['new-york', '2026-12-10T17:00:00.000Z', '2026-12-10T18:00:00.000Z', []],
      ['outlook', '2026-12-10T17:00:00.000Z', '2026-12-10T18:00:00.000Z', []],
      ['utc-by-name', '2026-12-10T17:00:00.000Z', '2026-12-10T18:00:00.000Z', []],
    ]);
  });

  it('reads a file whose VTIMEZONE repeats every second, at once', () => {
    const started = performance.now();
    const { events } = readIcal(
      wrap(
        ...vtimezone('Europe/Stockholm', '+0000', 'FREQ=SECONDLY'),
        ...vtimezone('Hostile/Zone', '+0300', 'FREQ=SECONDLY;INTERVAL=1'),
        ...event(
          'stockholm',
          'DTSTART;TZID=Europe/Stockholm:20261210T180000',
          'DTEND;TZID=Europe/Stockholm:20261210T190000',
        ),
        ...event('hostile', 'DTSTART;TZID=Hostile/Zone:20261210T180000', 'DURATION:PT1H'),
      ),
    );
    expect(events.map((e) => [e.uid, e.startsAt?.toISOString(), e.endsAt?.toISOString(), e.errors])).toEqual([
      ['stockholm', '2026-12-10T17:00:00.000Z', '2026-12-10T18:00:00.000Z', []],
      ['hostile', '2026-12-10T17:00:00.000Z', '2026-12-10T18:00:00.000Z', []],
    ]);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('forgets a file’s zones: a fake Europe/Stockholm moves no later import', () => {
    readIcal(
      wrap(
        ...vtimezone('Europe/Stockholm', '+0500'),
        ...event('fake', 'DTSTART;TZID=Europe/Stockholm:20261210T180000', 'DURATION:PT1H'),
      ),
    );
    const { events } = readIcal(
      wrap(...event('later', 'DTSTART;TZID=Europe/Stockholm:20261210T180000', 'DURATION:PT1H')),
    );
    expect(events.map((e) => [e.startsAt?.toISOString(), e.endsAt?.toISOString()])).toEqual([
      ['2026-12-10T17:00:00.000Z', '2026-12-10T18:00:00.000Z'],
    ]);
  });

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

  it('checks a DURATION against the longest meeting before adding it', () => {
    const { events } = readIcal(
      wrap(
        ...event('week', 'DTSTART:20261210T170000Z', 'DURATION:P7D'),
        ...event('longer', 'DTSTART:20261210T170000Z', 'DURATION:PT168H1S'),
        ...event('huge', 'DTSTART:20261210T170000Z', 'DURATION:P99999999W'),
        ...event('backwards', 'DTSTART:20261210T170000Z', 'DURATION:-P99999999W'),
        ...event('huge-day', 'DTSTART;VALUE=DATE:20261210', 'DURATION:P99999999W'),
      ),
    );
    expect(
      events.map((e) => [e.uid, e.endsAt?.toISOString() ?? null, e.errors.map((x) => `${x.field}:${x.key}`)]),
    ).toEqual([
      ['week', '2026-12-17T17:00:00.000Z', []],
      ['longer', null, ['endsAt:meeting_too_long']],
      ['huge', null, ['endsAt:meeting_too_long']],
      ['backwards', null, ['endsAt:meeting_ends_before_start']],
      ['huge-day', null, ['endsAt:meeting_too_long']],
    ]);
  });

  it('refuses a UID longer than 255 characters', () => {
    const { events } = readIcal(
      wrap(
        ...event('u'.repeat(255), 'DTSTART:20261210T170000Z', 'DURATION:PT1H'),
        ...event('v'.repeat(256), 'DTSTART:20261210T170000Z', 'DURATION:PT1H'),
      ),
    );
    expect(events.map((e) => e.errors)).toEqual([[], [{ field: 'uid', key: 'too_long', n: 255 }]]);
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
