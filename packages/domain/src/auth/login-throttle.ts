/**
 * Login throttling (issue 2 §3): after repeated failures a key (an account or an IP address) must
 * wait before the next attempt. The wait grows with each failure but is capped, so no account is
 * ever locked forever, and failures are forgotten after a quiet period.
 */

/** Failures recorded for one key. */
export interface ThrottleState {
  readonly failures: number;
  readonly lastFailureAt: Date;
}

/** Tuning of one throttle. All durations in seconds. */
export interface ThrottleRule {
  /** Failures allowed without any wait. */
  readonly freeAttempts: number;
  /** Wait once the free attempts are used up; doubles with each further failure. */
  readonly baseDelaySeconds: number;
  /** Upper bound of the wait. */
  readonly maxDelaySeconds: number;
  /** After this long without a failure the counter starts over. */
  readonly forgetAfterSeconds: number;
}

/** Per account: 5 free attempts, then 30 s, 60 s, … up to 15 minutes. */
export const accountThrottleRule: ThrottleRule = {
  freeAttempts: 5,
  baseDelaySeconds: 30,
  maxDelaySeconds: 15 * 60,
  forgetAfterSeconds: 24 * 60 * 60,
};

/** Per IP address: more generous (offices share addresses), same cap. */
export const ipThrottleRule: ThrottleRule = {
  freeAttempts: 20,
  baseDelaySeconds: 30,
  maxDelaySeconds: 15 * 60,
  forgetAfterSeconds: 60 * 60,
};

/** Either the attempt may go ahead, or it must wait `retryAfterSeconds` (≥ 1, whole seconds). */
export type ThrottleDecision =
  { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number };

/** The failures that still count at `now`: zero once the quiet period has passed. */
export function effectiveFailures(state: ThrottleState | null, rule: ThrottleRule, now: Date): number {
  if (!state) return 0;
  const quietSeconds = (now.getTime() - state.lastFailureAt.getTime()) / 1000;
  return quietSeconds >= rule.forgetAfterSeconds ? 0 : state.failures;
}

/** The wait, in seconds, imposed after `failures` failures (0 while within the free attempts). */
export function throttleDelaySeconds(failures: number, rule: ThrottleRule): number {
  const excess = failures - rule.freeAttempts;
  if (excess < 0) return 0;
  return Math.min(rule.maxDelaySeconds, rule.baseDelaySeconds * 2 ** Math.min(excess, 30));
}

/** Decides whether a login attempt for a key with `state` may be made at `now`. */
export function decideLoginAttempt(
  state: ThrottleState | null,
  rule: ThrottleRule,
  now: Date,
): ThrottleDecision {
  const failures = effectiveFailures(state, rule, now);
  if (!state || failures === 0) return { allowed: true };
  const delayMs = throttleDelaySeconds(failures, rule) * 1000;
  // A failure stamped in the future (another instance with a skewed clock) counts as now.
  const lastFailureMs = Math.min(state.lastFailureAt.getTime(), now.getTime());
  const waitMs = lastFailureMs + delayMs - now.getTime();
  if (waitMs <= 0) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
}
