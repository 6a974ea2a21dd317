import { describe, expect, it } from 'vitest';
import {
  addCalendarMonths,
  calendarSearch,
  CalendarView,
  daysShown,
  dayHeat,
  groupBySwedishDay,
  isMonth,
  isoWeekNumber,
  isoWeekday,
  lastDayOf,
  mondayOf,
  monthGrid,
  periodOfDays,
  readCalendarAddress,
  stepDay,
  swedishDayOf,
  monthTitle,
  swedishClock,
  weekOf,
} from './calendar-dates';

describe('months', () => {
  it.each([
    ['2026-12', true],
    ['2026-01', true],
    ['2026-13', false],
    ['2026-00', false],
    ['2026-1', false],
    ['december', false],
  ])('isMonth(%s) is %s', (value, expected) => expect(isMonth(value)).toBe(expected));

  it.each([
    ['2026-02', '2026-02-28'],
    ['2028-02', '2028-02-29'],
    ['2026-12', '2026-12-31'],
    ['2026-04', '2026-04-30'],
  ])('the last day of %s is %s', (month, day) => expect(lastDayOf(month)).toBe(day));

  it.each([
    ['2026-12', 1, '2027-01'],
    ['2026-01', -1, '2025-12'],
    ['2026-06', 12, '2027-06'],
    ['2026-03', 0, '2026-03'],
  ])('%s moved by %i months is %s', (month, months, expected) =>
    expect(addCalendarMonths(month, months)).toBe(expected),
  );
});

describe('weeks start on Monday', () => {
  it.each([
    ['2026-12-07', 1],
    ['2026-12-10', 4],
    ['2026-12-13', 7],
  ])('%s is weekday %i', (day, weekday) => expect(isoWeekday(day)).toBe(weekday));

  it.each([
    ['2026-12-13', '2026-12-07'],
    ['2026-12-07', '2026-12-07'],
    ['2027-01-01', '2026-12-28'],
  ])('the Monday of %s is %s', (day, monday) => expect(mondayOf(day)).toBe(monday));

  it.each([
    ['2026-12-10', 50],
    ['2026-01-01', 1],
    // 1 January 2027 is a Friday: it belongs to week 53 of 2026.
    ['2027-01-01', 53],
    ['2027-01-04', 1],
    ['2024-12-30', 1],
  ])('%s is in week %i', (day, week) => expect(isoWeekNumber(day)).toBe(week));

  it('gives a week its seven days, Monday to Sunday, across a month end', () => {
    expect(weekOf('2026-12-31')).toEqual({
      number: 53,
      days: [
        '2026-12-28',
        '2026-12-29',
        '2026-12-30',
        '2026-12-31',
        '2027-01-01',
        '2027-01-02',
        '2027-01-03',
      ],
    });
  });
});

describe('the month grid', () => {
  it('covers December 2026 in five weeks from Monday 30 November to Sunday 3 January', () => {
    const weeks = monthGrid('2026-12');
    expect(weeks.map((week) => week.number)).toEqual([49, 50, 51, 52, 53]);
    expect(weeks[0]?.days[0]).toBe('2026-11-30');
    expect(weeks.at(-1)?.days.at(-1)).toBe('2027-01-03');
    expect(weeks.every((week) => week.days.length === 7)).toBe(true);
  });

  it('starts on the first when the month begins on a Monday (June 2026)', () => {
    const weeks = monthGrid('2026-06');
    expect(weeks[0]?.days[0]).toBe('2026-06-01');
    expect(weeks.at(-1)?.days).toContain('2026-06-30');
  });

  it('has four weeks for a February that starts on Monday (2027)', () => {
    expect(monthGrid('2027-02').map((week) => week.days[0])).toEqual([
      '2027-02-01',
      '2027-02-08',
      '2027-02-15',
      '2027-02-22',
    ]);
  });

  it('has six weeks for a month that needs them (August 2026)', () => {
    expect(monthGrid('2026-08')).toHaveLength(6);
  });
});

describe('what each view shows', () => {
  it.each([
    [CalendarView.Month, '2026-12-10', '2026-11-30', '2027-01-03'],
    [CalendarView.Week, '2026-12-10', '2026-12-07', '2026-12-13'],
    [CalendarView.List, '2026-12-10', '2026-12-01', '2026-12-31'],
  ])('%s around %s: %s to %s', (view, day, first, last) =>
    expect(daysShown(view, day)).toEqual({ first, last }),
  );

  it.each([
    [CalendarView.Month, '2026-12-10', 1, '2027-01-01'],
    [CalendarView.Month, '2026-12-10', -1, '2026-11-01'],
    [CalendarView.List, '2026-01-31', 1, '2026-02-01'],
    [CalendarView.Week, '2026-12-31', 1, '2027-01-07'],
    [CalendarView.Week, '2026-12-10', -1, '2026-12-03'],
  ])('%s from %s, step %i, goes to %s', (view, day, step, expected) =>
    expect(stepDay(view, day, step)).toBe(expected),
  );

  it('asks for whole Swedish days, in winter and across the change to summer time', () => {
    expect(periodOfDays('2026-12-01', '2026-12-31')).toEqual({
      from: '2026-11-30T23:00:00.000Z',
      to: '2026-12-31T23:00:00.000Z',
    });
    expect(periodOfDays('2026-03-01', '2026-03-31')).toEqual({
      from: '2026-02-28T23:00:00.000Z',
      to: '2026-03-31T22:00:00.000Z',
    });
  });
});

describe('meetings by Swedish day', () => {
  it('puts a meeting on the day it starts in Sweden, not in UTC', () => {
    // 23:30 UTC on 9 December is 00:30 on 10 December in Stockholm.
    expect(swedishDayOf('2026-12-09T23:30:00.000Z')).toBe('2026-12-10');
    // 22:30 UTC on 9 June is 00:30 on 10 June in summer time.
    expect(swedishDayOf('2026-06-09T22:30:00.000Z')).toBe('2026-06-10');
    expect(swedishDayOf('2026-06-09T21:30:00.000Z')).toBe('2026-06-09');
  });

  it('groups by day, each day in order of start, and leaves out empty days', () => {
    const meetings = [
      { id: 'evening', startsAt: '2026-12-10T17:00:00.000Z' },
      { id: 'next', startsAt: '2026-12-11T08:00:00.000Z' },
      { id: 'morning', startsAt: '2026-12-10T07:00:00.000Z' },
      { id: 'after-midnight', startsAt: '2026-12-09T23:30:00.000Z' },
    ];
    const days = groupBySwedishDay(meetings);
    expect([...days.keys()]).toEqual(['2026-12-10', '2026-12-11']);
    expect(days.get('2026-12-10')?.map((meeting) => meeting.id)).toEqual([
      'after-midnight',
      'morning',
      'evening',
    ]);
    expect(days.has('2026-12-09')).toBe(false);
  });
});

describe('the calendar address', () => {
  const today = '2026-12-05';

  it('shows the list on a phone and the month elsewhere when no view is asked for', () => {
    expect(readCalendarAddress(new URLSearchParams(), today, true).view).toBe('list');
    expect(readCalendarAddress(new URLSearchParams(), today, false).view).toBe('month');
  });

  it('keeps a view that was asked for, on a phone too', () => {
    expect(readCalendarAddress(new URLSearchParams('view=month'), today, true).view).toBe('month');
  });

  it('falls back to today for a day that is not a date, and ignores an unknown view', () => {
    expect(readCalendarAddress(new URLSearchParams('view=year&day=2026-02-30'), today, false)).toEqual({
      view: 'month',
      day: today,
      bodyId: '',
      type: '',
    });
  });

  it('keeps a valid body and type, and ignores ones that cannot be', () => {
    const bodyId = '0b7c3a52-3f5e-4c1e-9a51-2d6f0d9f4a10';
    expect(
      readCalendarAddress(new URLSearchParams(`bodyId=${bodyId}&type=council`), today, false),
    ).toMatchObject({
      bodyId,
      type: 'council',
    });
    expect(readCalendarAddress(new URLSearchParams('bodyId=abc&type=party'), today, false)).toMatchObject({
      bodyId: '',
      type: '',
    });
  });

  it('writes the address back without empty values', () => {
    expect(calendarSearch({ view: 'week', day: '2026-12-10', bodyId: '', type: 'council' })).toBe(
      '?view=week&day=2026-12-10&type=council',
    );
    expect(calendarSearch({})).toBe('');
  });
});

describe('words and times', () => {
  it('shows the time of day in Sweden, winter and summer', () => {
    expect(swedishClock('2026-12-10T17:00:00.000Z', 'sv')).toBe('18:00');
    expect(swedishClock('2026-06-10T17:00:00.000Z', 'en')).toBe('19:00');
  });

  it('names the month in the UI language', () => {
    expect(monthTitle('2026-12', 'sv')).toBe('december 2026');
    expect(monthTitle('2026-12', 'en')).toBe('December 2026');
  });
});

describe('the heat of a day', () => {
  const meeting = (level: 'low' | 'moderate' | 'high' | null, status = 'planned') => ({
    status,
    risk: { level },
  });

  it.each([
    [[], null],
    [[meeting(null)], null],
    [[meeting('low'), meeting(null)], 'low'],
    [[meeting('moderate'), meeting('high'), meeting('low')], 'high'],
    [[meeting('high', 'cancelled'), meeting('moderate')], 'moderate'],
    [[meeting('high', 'held')], 'high'],
  ] as const)('%j gives %s', (meetings, heat) => expect(dayHeat(meetings)).toBe(heat));
});
