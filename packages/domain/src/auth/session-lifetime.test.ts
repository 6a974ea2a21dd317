import { describe, expect, it } from 'vitest';
import {
  sessionExpiresAt,
  sessionExpiry,
  sessionTimeoutBounds,
  type SessionExpiry,
  type SessionTimeouts,
} from './session-lifetime';

const minutes = 60_000;
const hours = 3_600_000;
const createdAt = new Date('2026-03-02T07:00:00.000Z');
const at = (msAfterLogin: number): Date => new Date(createdAt.getTime() + msAfterLogin);
/** 30 minutes idle, 12 hours absolute: the organisation default. */
const timeouts: SessionTimeouts = { idleMinutes: 30, absoluteHours: 12 };

describe('sessionExpiry', () => {
  it.each<[string, SessionExpiry, number, number]>([
    // label, expected, last request (ms after login), now (ms after login)
    ['right after login', null, 0, 0],
    ['idle one ms short of 30 minutes', null, 0, 30 * minutes - 1],
    ['idle exactly 30 minutes', 'idle', 0, 30 * minutes],
    ['idle 30 minutes and 1 ms', 'idle', 0, 30 * minutes + 1],
    ['a request resets the idle clock', null, 25 * minutes, 54 * minutes],
    ['idle 30 minutes after the last request', 'idle', 25 * minutes, 55 * minutes],
    ['active, one ms short of 12 hours', null, 12 * hours - 2 * minutes, 12 * hours - 1],
    ['active, exactly 12 hours after login', 'absolute', 12 * hours - 2 * minutes, 12 * hours],
    ['a request at 12 hours does not extend the session', 'absolute', 12 * hours, 12 * hours],
    ['idle and past 12 hours: absolute wins', 'absolute', 0, 13 * hours],
    [
      'idle exactly when 12 hours are reached: absolute wins',
      'absolute',
      12 * hours - 30 * minutes,
      12 * hours,
    ],
  ])('%s → %s', (_label, expected, lastSeenMs, nowMs) => {
    expect(sessionExpiry({ createdAt, lastSeenAt: at(lastSeenMs) }, timeouts, at(nowMs))).toBe(expected);
  });

  it.each<[SessionTimeouts, number, SessionExpiry]>([
    [{ idleMinutes: 5, absoluteHours: 1 }, 5 * minutes - 1, null],
    [{ idleMinutes: 5, absoluteHours: 1 }, 5 * minutes, 'idle'],
    [{ idleMinutes: 480, absoluteHours: 1 }, 1 * hours - 1, null],
    [{ idleMinutes: 480, absoluteHours: 1 }, 1 * hours, 'absolute'],
    [{ idleMinutes: 480, absoluteHours: 72 }, 8 * hours - 1, null],
    [{ idleMinutes: 480, absoluteHours: 72 }, 8 * hours, 'idle'],
  ])('uses the organisation’s own timeouts: %j at %i ms → %s', (own, nowMs, expected) => {
    expect(sessionExpiry({ createdAt, lastSeenAt: createdAt }, own, at(nowMs))).toBe(expected);
  });
});

describe('sessionExpiresAt', () => {
  it.each<[string, number, number]>([
    // label, last request (ms after login), expected expiry (ms after login)
    ['idle timeout comes first', 60 * minutes, 90 * minutes],
    ['absolute timeout comes first', 11 * hours + 50 * minutes, 12 * hours],
    ['both at the same instant', 11 * hours + 30 * minutes, 12 * hours],
  ])('%s', (_label, lastSeenMs, expectedMs) => {
    expect(sessionExpiresAt({ createdAt, lastSeenAt: at(lastSeenMs) }, timeouts)).toEqual(at(expectedMs));
  });

  it.each([0, 17 * minutes, 6 * hours, 11 * hours + 45 * minutes, 12 * hours])(
    'agrees with sessionExpiry: last request at %i ms — alive 1 ms before, expired at the instant',
    (lastSeenMs) => {
      const session = { createdAt, lastSeenAt: at(lastSeenMs) };
      const expiresAt = sessionExpiresAt(session, timeouts);
      expect(sessionExpiry(session, timeouts, new Date(expiresAt.getTime() - 1))).toBeNull();
      expect(sessionExpiry(session, timeouts, expiresAt)).not.toBeNull();
    },
  );
});

describe('sessionTimeoutBounds', () => {
  it('lets an admin choose 5 minutes to 8 hours idle and 1 to 72 hours absolute', () => {
    expect(sessionTimeoutBounds).toEqual({
      idleMinutes: { min: 5, max: 480 },
      absoluteHours: { min: 1, max: 72 },
    });
  });
});
