import { describe, expect, it } from 'vitest';
import {
  accountThrottleRule,
  decideLoginAttempt,
  effectiveFailures,
  ipThrottleRule,
  throttleDelaySeconds,
  type ThrottleRule,
  type ThrottleState,
} from './login-throttle';

const lastFailureAt = new Date('2026-03-02T08:00:00.000Z');
const after = (ms: number): Date => new Date(lastFailureAt.getTime() + ms);
const seconds = 1000;
const hours = 3_600_000;
const state = (failures: number): ThrottleState => ({ failures, lastFailureAt });

describe('the rules', () => {
  it('give an account 5 free attempts, then 30 s doubling up to 15 minutes, forgotten after 24 h', () => {
    expect(accountThrottleRule).toEqual({
      freeAttempts: 5,
      baseDelaySeconds: 30,
      maxDelaySeconds: 900,
      forgetAfterSeconds: 86_400,
    });
  });

  it('give an IP address 20 free attempts (offices share addresses), same wait and cap, forgotten after 1 h', () => {
    expect(ipThrottleRule).toEqual({
      freeAttempts: 20,
      baseDelaySeconds: 30,
      maxDelaySeconds: 900,
      forgetAfterSeconds: 3600,
    });
  });
});

describe('throttleDelaySeconds, account rule', () => {
  it.each<[number, number]>([
    [0, 0],
    [1, 0],
    [4, 0], // one below the free-attempt limit
    [5, 30], // exactly at the limit: the next attempt waits
    [6, 60], // one over
    [7, 120],
    [8, 240],
    [9, 480], // last step below the cap
    [10, 900], // 960 s is capped at 15 minutes
    [11, 900],
    [40, 900],
    [10_000, 900], // no overflow to Infinity or NaN
  ])('%i failures → wait %i s', (failures, expected) => {
    expect(throttleDelaySeconds(failures, accountThrottleRule)).toBe(expected);
  });
});

describe('throttleDelaySeconds, IP rule', () => {
  it.each<[number, number]>([
    [19, 0],
    [20, 30],
    [21, 60],
    [24, 480],
    [25, 900],
    [1_000_000, 900],
  ])('%i failures → wait %i s', (failures, expected) => {
    expect(throttleDelaySeconds(failures, ipThrottleRule)).toBe(expected);
  });
});

describe('effectiveFailures', () => {
  it('is 0 for a key that never failed', () => {
    expect(effectiveFailures(null, accountThrottleRule, lastFailureAt)).toBe(0);
  });

  it.each<[string, number, number, ThrottleRule]>([
    ['account', 0, 7, accountThrottleRule],
    ['account', 24 * hours - 1, 7, accountThrottleRule], // one ms before the forget period
    ['account', 24 * hours, 0, accountThrottleRule], // exactly reached
    ['account', 24 * hours + 1, 0, accountThrottleRule],
    ['IP', 1 * hours - 1, 7, ipThrottleRule],
    ['IP', 1 * hours, 0, ipThrottleRule],
  ])('%s rule, 7 failures, the last %i ms ago → %i', (_name, quietMs, expected, rule) => {
    expect(effectiveFailures(state(7), rule, after(quietMs))).toBe(expected);
  });
});

describe('decideLoginAttempt, account rule (answers seconds to wait, or allowed)', () => {
  it('allows a key that never failed', () => {
    expect(decideLoginAttempt(null, accountThrottleRule, lastFailureAt)).toEqual({ allowed: true });
  });

  it.each<[number, number, number | 'allowed']>([
    // failures, ms since the last failure, seconds to wait
    [0, 0, 'allowed'], // a counter that was forgotten
    [4, 0, 'allowed'],
    [5, 0, 30],
    [5, 1, 30],
    [5, 28_999, 2],
    [5, 29 * seconds, 1],
    [5, 29_999, 1], // never 0
    [5, 30 * seconds, 'allowed'],
    [6, 30 * seconds, 30],
    [6, 59_999, 1],
    [6, 60 * seconds, 'allowed'],
    [9, 0, 480],
    [10, 0, 900], // cap reached
    [50, 0, 900],
    [50, 899_999, 1],
    [50, 900 * seconds, 'allowed'],
    [50, 24 * hours, 'allowed'],
  ])('%i failures, %i ms later → %s', (failures, msAfterFailure, expected) => {
    const decision = decideLoginAttempt(state(failures), accountThrottleRule, after(msAfterFailure));
    expect(decision).toEqual(
      expected === 'allowed' ? { allowed: true } : { allowed: false, retryAfterSeconds: expected },
    );
  });

  it('always answers a whole number of seconds of at least 1 when it refuses', () => {
    for (let failures = 5; failures <= 12; failures += 1) {
      for (const ms of [0, 1, 499, 500, 999, 1000, 1001, 14_321]) {
        const decision = decideLoginAttempt(state(failures), accountThrottleRule, after(ms));
        if (!decision.allowed) {
          expect(Number.isInteger(decision.retryAfterSeconds)).toBe(true);
          expect(decision.retryAfterSeconds).toBeGreaterThanOrEqual(1);
          expect(decision.retryAfterSeconds).toBeLessThanOrEqual(900);
        }
      }
    }
  });
});

describe('decideLoginAttempt, IP rule (answers seconds to wait, or allowed)', () => {
  it.each<[number, number, number | 'allowed']>([
    [19, 0, 'allowed'],
    [20, 0, 30],
    [20, 30 * seconds, 'allowed'],
    [25, 0, 900],
    [25, 900 * seconds - 1, 1],
  ])('%i failures, %i ms later → %s', (failures, msAfterFailure, expected) => {
    const decision = decideLoginAttempt(state(failures), ipThrottleRule, after(msAfterFailure));
    expect(decision).toEqual(
      expected === 'allowed' ? { allowed: true } : { allowed: false, retryAfterSeconds: expected },
    );
  });
});

describe('a failure stamped in the future (clock skew between instances)', () => {
  it('counts as now: within the free attempts there is no wait, beyond them the normal wait', () => {
    const now = new Date('2026-11-27T09:00:00.000Z');
    const future = new Date(now.getTime() + 8 * 86_400_000);
    expect(decideLoginAttempt({ failures: 1, lastFailureAt: future }, accountThrottleRule, now)).toEqual({
      allowed: true,
    });
    expect(decideLoginAttempt({ failures: 5, lastFailureAt: future }, accountThrottleRule, now)).toEqual({
      allowed: false,
      retryAfterSeconds: 30,
    });
  });
});
