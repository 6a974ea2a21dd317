import { describe, expect, it } from 'vitest';
import { addCalendarDays, meetingTimeProblem, swedishDate } from '@varn/domain';
import { scheduleMeetings } from './demo-meetings';

/**
 * The demo year's schedule is dated from the day the app starts, so it must hold whatever that
 * day is: checked here for a day every 19 days over two years (the database part is in
 * demo.test.ts, for one day).
 */

const days = Array.from({ length: 40 }, (_, index) => addCalendarDays('2026-01-03', index * 19));
const day = 86_400_000;

describe('the demo schedule, for any start day', () => {
  it.each(days)('from %s: a council meeting a month but July, none at weekends or twice', (today) => {
    const meetings = scheduleMeetings(today);
    const start = new Date(`${today}T12:00:00Z`).getTime();
    const councils = meetings.filter(
      (meeting) =>
        meeting.type === 'council' &&
        meeting.startsAt.getTime() >= start - 183 * day &&
        meeting.startsAt.getTime() < start + 182 * day,
    );
    expect(councils.length).toBeGreaterThanOrEqual(11);
    for (const meeting of meetings) {
      const date = swedishDate(meeting.startsAt);
      const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
      if (meeting.type !== 'campaign_event' && meeting.type !== 'election_day')
        expect([0, 6], `${meeting.title} on ${date}`).not.toContain(weekday);
      // The next meetings of a series are where the demo's matters are dated, even in July.
      if (meeting.body && !meeting.key.endsWith(':0')) expect(date.slice(5, 7), meeting.title).not.toBe('07');
      expect(meetingTimeProblem(meeting.startsAt, meeting.endsAt), meeting.title).toBeNull();
    }
    expect(new Set(meetings.map((meeting) => meeting.key)).size).toBe(meetings.length);
  });

  it.each(days)('from %s: the meetings the demo matters are dated for come when they should', (today) => {
    const meetings = scheduleMeetings(today);
    const inDays = (key: string): number => {
      const meeting = meetings.find((entry) => entry.key === key);
      return meeting
        ? (Date.parse(`${swedishDate(meeting.startsAt)}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / day
        : NaN;
    };
    // Norrby skola in a week, the council's screened batch in 17 days (moved off a weekend).
    expect(inDays('bun:0')).toBeGreaterThanOrEqual(7);
    expect(inDays('bun:0')).toBeLessThanOrEqual(9);
    expect(inDays('kf:0')).toBeGreaterThanOrEqual(17);
    expect(inDays('kf:0')).toBeLessThanOrEqual(19);
    expect(inDays('kf:-1')).toBeLessThan(0);
  });
});
