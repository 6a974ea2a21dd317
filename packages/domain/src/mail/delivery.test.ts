import { describe, expect, it } from 'vitest';
import { mailRetryDelaySeconds, maxMailAttempts, nextMailAttempt } from './delivery';

const now = new Date('2026-03-02T08:00:00.000Z');

describe('mailRetryDelaySeconds', () => {
  it.each<[number, number]>([
    // failed sends so far, seconds until the next send
    [0, 30],
    [1, 30],
    [2, 60],
    [3, 120],
    [4, 240],
    [5, 480],
    [6, 960],
    [7, 1920],
    [8, 3600], // 3840 s is capped at one hour
    [9, 3600],
    [50, 3600],
    [10_000, 3600], // no overflow to Infinity or NaN
  ])('after %i failed sends → %i s', (attempts, expected) => {
    expect(mailRetryDelaySeconds(attempts)).toBe(expected);
  });
});

describe('nextMailAttempt', () => {
  it.each<[number, number | null]>([
    // failed sends so far (counting the one that just failed), seconds until the next send or give up
    [1, 30],
    [2, 60],
    [6, 960],
    [7, 1920], // one below the limit: the 8th and last send
    [8, null], // exactly at the limit
    [9, null],
    [100, null],
  ])('after %i failed sends → retry in %s s', (attempts, expectedSeconds) => {
    expect(nextMailAttempt(attempts, now)).toEqual(
      expectedSeconds === null
        ? { giveUp: true }
        : { giveUp: false, at: new Date(now.getTime() + expectedSeconds * 1000) },
    );
  });

  it('tries a mail that always fails exactly 8 times, over 3810 s, before it is shown as failed', () => {
    // The dispatcher's loop: send, count the failure, ask what next.
    expect(maxMailAttempts).toBe(8);
    let attempts = 0;
    let clock = now;
    const sendTimes: Date[] = [];
    for (;;) {
      sendTimes.push(clock);
      attempts += 1;
      const next = nextMailAttempt(attempts, clock);
      if (next.giveUp) break;
      clock = next.at;
    }
    expect(sendTimes).toHaveLength(8);
    const waits = sendTimes
      .slice(1)
      .map((time, index) => (time.getTime() - (sendTimes[index]?.getTime() ?? 0)) / 1000);
    expect(waits).toEqual([30, 60, 120, 240, 480, 960, 1920]);
    expect((clock.getTime() - now.getTime()) / 1000).toBe(3810);
  });

  it('does not change the time it was given', () => {
    const given = new Date(now);
    nextMailAttempt(1, given);
    expect(given).toEqual(now);
  });
});
