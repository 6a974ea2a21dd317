import { describe, expect, it } from 'vitest';
import { meetingTimeText } from './meeting-time';

describe('when a meeting is', () => {
  it('gives one day and the two times in Swedish time', () => {
    expect(
      meetingTimeText({ startsAt: '2026-12-10T17:00:00.000Z', endsAt: '2026-12-10T20:30:00.000Z' }, 'sv'),
    ).toBe('10 december 2026 18:00–21:30');
    expect(
      meetingTimeText({ startsAt: '2026-06-10T17:00:00.000Z', endsAt: '2026-06-10T19:00:00.000Z' }, 'en'),
    ).toBe('10 June 2026 19:00–21:00');
  });

  it('gives both days when the meeting ends on a later day in Sweden', () => {
    const text = meetingTimeText(
      { startsAt: '2026-09-13T06:00:00.000Z', endsAt: '2026-09-14T00:30:00.000Z' },
      'sv',
    );
    expect(text).toContain('13 september 2026');
    expect(text).toContain('14 september 2026');
    expect(text).toContain('08:00');
    expect(text).toContain('02:30');
  });
});
