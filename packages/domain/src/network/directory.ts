/**
 * The security unit's contact directory (issue 11 §2): the parties' contacts, the police contact
 * persons, and "one way in, one way out" — who in the unit is on call now. Read by the unit only.
 */

/** Longest texts of a police contact, in characters. */
export const policeContactTextLimits = {
  name: 200,
  /** "Lokalpolisområde Centrum", "Regionalt underrättelsecenter". */
  unit: 200,
  phone: 40,
  email: 254,
  note: 1000,
} as const;

/** One shift of the on-call rota (beredskap): a person of the unit from `startsAt` to `endsAt`. */
export interface OnCallShift<P> {
  readonly person: P;
  readonly startsAt: Date;
  readonly endsAt: Date;
}

/** The longest shift, in hours: a week's beredskap. */
export const maxOnCallShiftHours = 24 * 7;

/** What is wrong with a shift's start and end. */
export const OnCallShiftProblem = {
  EndsBeforeStart: 'ends_before_start',
  TooLong: 'too_long',
} as const;
export type OnCallShiftProblem = (typeof OnCallShiftProblem)[keyof typeof OnCallShiftProblem];

/** The problem with a shift's start and end, or null when they are fine. */
export function onCallShiftProblem(startsAt: Date, endsAt: Date): OnCallShiftProblem | null {
  const hours = (endsAt.getTime() - startsAt.getTime()) / 3_600_000;
  if (hours <= 0) return OnCallShiftProblem.EndsBeforeStart;
  if (hours > maxOnCallShiftHours) return OnCallShiftProblem.TooLong;
  return null;
}

/**
 * Who is on call at `now`: the shift that covers it (start included, end excluded); of overlapping
 * shifts the one that started last (a swap entered on top of the rota wins). Null: nobody — a gap
 * in the rota, shown to the unit.
 */
export function onCallNow<P>(shifts: readonly OnCallShift<P>[], now: Date): OnCallShift<P> | null {
  let current: OnCallShift<P> | null = null;
  for (const shift of shifts) {
    if (shift.startsAt.getTime() > now.getTime() || shift.endsAt.getTime() <= now.getTime()) continue;
    if (current === null || shift.startsAt.getTime() > current.startsAt.getTime()) current = shift;
  }
  return current;
}
