import { describe, expect, it } from 'vitest';
import { onCallNow, onCallShiftProblem, type OnCallShift } from './directory';

const shift = (person: string, startsAt: string, endsAt: string): OnCallShift<string> => ({
  person,
  startsAt: new Date(startsAt),
  endsAt: new Date(endsAt),
});

describe('onCallNow: one way in, one way out', () => {
  const rota = [
    shift('Karin', '2026-11-30T07:00:00Z', '2026-12-07T07:00:00Z'),
    shift('Olle', '2026-12-07T07:00:00Z', '2026-12-14T07:00:00Z'),
    // A swap on top of the rota: Ali covers Saturday evening.
    shift('Ali', '2026-12-05T16:00:00Z', '2026-12-05T22:00:00Z'),
  ];

  it.each<[string, string | null]>([
    ['2026-11-30T06:59:59Z', null],
    ['2026-11-30T07:00:00Z', 'Karin'],
    ['2026-12-05T10:00:00Z', 'Karin'],
    ['2026-12-05T16:00:00Z', 'Ali'],
    ['2026-12-05T22:00:00Z', 'Karin'],
    ['2026-12-07T07:00:00Z', 'Olle'],
    ['2026-12-14T07:00:00Z', null],
  ])('at %s → %s', (now, person) => {
    expect(onCallNow(rota, new Date(now))?.person ?? null).toBe(person);
  });

  it('is null with no rota', () => {
    expect(onCallNow([], new Date('2026-12-05T10:00:00Z'))).toBeNull();
  });
});

describe('onCallShiftProblem', () => {
  it.each<[string, string, string | null]>([
    ['2026-12-07T07:00:00Z', '2026-12-14T07:00:00Z', null],
    ['2026-12-07T07:00:00Z', '2026-12-07T07:00:00Z', 'ends_before_start'],
    ['2026-12-07T07:00:00Z', '2026-12-06T07:00:00Z', 'ends_before_start'],
    ['2026-12-07T07:00:00Z', '2026-12-14T07:00:01Z', 'too_long'],
  ])('%s–%s → %s', (startsAt, endsAt, problem) => {
    expect(onCallShiftProblem(new Date(startsAt), new Date(endsAt))).toBe(problem);
  });
});
