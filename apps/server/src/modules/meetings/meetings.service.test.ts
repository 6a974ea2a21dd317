import { describe, expect, it } from 'vitest';
import { timeProblemField } from './meetings.service';

describe('timeProblemField', () => {
  const at = (iso: string) => new Date(iso);
  it.each([
    ['fine', at('2026-12-10T17:00:00Z'), at('2026-12-10T21:00:00Z'), {}],
    [
      'ends before it starts',
      at('2026-12-10T17:00:00Z'),
      at('2026-12-10T17:00:00Z'),
      { endsAt: 'meeting_ends_before_start' },
    ],
    [
      'longer than a week',
      at('2026-12-10T17:00:00Z'),
      at('2026-12-17T17:00:01Z'),
      { endsAt: 'meeting_too_long' },
    ],
    [
      'a start that is no date',
      new Date(Number.NaN),
      at('2026-12-10T21:00:00Z'),
      { startsAt: 'invalid_date' },
    ],
    ['an end that is no date', at('2026-12-10T17:00:00Z'), new Date(Number.NaN), { endsAt: 'invalid_date' }],
  ])('%s', (_label, startsAt, endsAt, expected) => {
    expect(timeProblemField(startsAt, endsAt)).toEqual(expected);
  });
});
