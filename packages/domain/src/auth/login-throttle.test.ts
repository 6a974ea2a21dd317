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

describe('throttleDelaySeconds', () => {
  it.each<[ThrottleRule, string, number, number]>([
    [accountThrottleRule, 'account', 0, 0],
    [accountThrottleRule, 'account', 1, 0],
    [accountThrottleRule, 'account', 4, 0], // one below the free-attempt limit
    [accountThrottleRule, 'account', 5, 30], // exactly at the limit: the next attempt waits
    [accountThrottleRule, 'account', 6, 60], // one over
    [accountThrottleRule, 'account', 7, 120],
    [accountThrottleRule, 'account', 8, 240],
    [accountThrottleRule, 'account', 9, 480], // last step below the cap
    [accountThrottleRule, 'account', 10, 900], // 960 s is capped at 15 minutes
    [accountThrottleRule, 'account', 11, 900],
    [accountThrottleRule, 'account', 40, 900],
    [accountThrottleRule, 'account', 10_000, 900], // no overflow to Infinity or NaN
    [ipThrottleRule, 'ip', 19, 0],
    [ipThrottleRule, 'ip', 20, 30],
    [ipThrottleRule, 'ip', 21, 60],
    [ipThrottleRule, 'ip', 24, 480],
    [ipThrottleRule, 'ip', 25, 900],
    [ipThrottleRule, 'ip', 1_000_000, 900],
  ])('%#: %s rule, %i failures → wait %i s', (rule, _name, failures, expected) => {
    expect(throttleDelaySeconds(failures, rule)).toBe(expected);
  });
});

describe('effectiveFailures', () => {
  it('is 0 for a key that never failed', () => {
    expect(effectiveFailures(null, accountThrottleRule, lastFailureAt)).toBe(0);
  });

  it.each<[ThrottleRule, string, number, number]>([
    [accountThrottleRule, 'account', 0, 7],
    [accountThrottleRule, 'account', 24 * hours - 1, 7], // one ms before the forget period
    [accountThrottleRule, 'account', 24 * hours, 0], // exactly reached
    [accountThrottleRule, 'account', 24 * hours + 1, 0],
    [ipThrottleRule, 'ip', 1 * hours - 1, 7],
    [ipThrottleRule, 'ip', 1 * hours, 0],
  ])('%s rule, %i ms after the last failure → %i', (rule, _name, quietMs, expected) => {
    expect(effectiveFailures(state(7), rule, after(quietMs))).toBe(expected);
  });
});

describe('decideLoginAttempt (account rule)', () => {
  it.each<[string, ThrottleState | null, number, number | null]>([
    ['no failures ever', null, 0, null],
    ['a forgotten counter', { failures: 0, lastFailureAt }, 0, null],
    ['4 failures, at once', state(4), 0, null],
    ['5 failures, at once', state(5), 0, 30],
    ['5 failures, 1 ms later', state(5), 1, 30],
    ['5 failures, 28.999 s later', state(5), 28_999, 2],
    ['5 failures, 29 s later', state(5), 29 * seconds, 1],
    ['5 failures, 29.999 s later (never 0)', state(5), 29_999, 1],
    ['5 failures, exactly 30 s later', state(5), 30 * seconds, null],
    ['6 failures, 30 s later', state(6), 30 * seconds, 30],
    ['6 failures, 59.999 s later', state(6), 59_999, 1],
    ['6 failures, exactly 60 s later', state(6), 60 * seconds, null],
    ['9 failures, at once', state(9), 0, 480],
    ['10 failures (cap reached), at once', state(10), 0, 900],
    ['50 failures, at once', state(50), 0, 900],
    ['50 failures, 899.999 s later', state(50), 899_999, 1],
    ['50 failures, exactly 15 minutes later', state(50), 900 * seconds, null],
    ['50 failures, 24 h later', state(50), 24 * hours, null],
  ])('%s → wait %s s', (_label, throttleState, msAfterFailure, expectedWait) => {
    const decision = decideLoginAttempt(throttleState, accountThrottleRule, after(msAfterFailure));
    if (expectedWait === null) {
      expect(decision).toEqual({ allowed: true });
    } else {
      expect(decision).toEqual({ allowed: false, retryAfterSeconds: expectedWait });
    }
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

describe('decideLoginAttempt (IP rule)', () => {
  it.each<[number, number, number | null]>([
    [19, 0, null],
    [20, 0, 30],
    [20, 30 * seconds, null],
    [25, 0, 900],
    [25, 900 * seconds - 1, 1],
  ])('%i failures, %i ms later → wait %s s', (failures, msAfterFailure, expectedWait) => {
    const decision = decideLoginAttempt(state(failures), ipThrottleRule, after(msAfterFailure));
    expect(decision).toEqual(
      expectedWait === null ? { allowed: true } : { allowed: false, retryAfterSeconds: expectedWait },
    );
  });
});
