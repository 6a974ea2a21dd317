import { performance } from 'node:perf_hooks';

/** Timing helpers of the bench: samples in milliseconds, percentiles by nearest rank. */

/** How long a case may take: at least `minRounds`, at most `maxRounds`, stopping after `budgetMs`. */
export interface Budget {
  readonly minRounds: number;
  readonly maxRounds: number;
  readonly budgetMs: number;
  readonly warmupRounds: number;
}

/** The p-th percentile (0 < p ≤ 1) of a sample, by nearest rank; NaN for an empty sample. */
export function percentile(times: readonly number[], p: number): number {
  if (times.length === 0) return Number.NaN;
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil(p * sorted.length))) - 1] ?? Number.NaN;
}

export interface Summary {
  readonly n: number;
  readonly p50: number;
  readonly p95: number;
}

export const summarise = (times: readonly number[]): Summary => ({
  n: times.length,
  p50: percentile(times, 0.5),
  p95: percentile(times, 0.95),
});

async function timed(action: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await action();
  return performance.now() - start;
}

/**
 * Times `actions` in alternation (a, b, a, b, …), so that each sees the same state of the caches
 * and the same load from the rest of the machine. Returns one sample per action.
 */
export async function sampleAlternating(
  actions: readonly (() => Promise<unknown>)[],
  budget: Budget,
): Promise<number[][]> {
  for (let round = 0; round < budget.warmupRounds; round += 1) for (const action of actions) await action();
  const samples = actions.map((): number[] => []);
  const start = performance.now();
  for (let round = 0; round < budget.maxRounds; round += 1) {
    if (round >= budget.minRounds && performance.now() - start > budget.budgetMs) break;
    for (const [index, action] of actions.entries()) samples[index]?.push(await timed(action));
  }
  return samples;
}

/**
 * Runs `worker` on `concurrency` parallel loops for `seconds` after `warmupSeconds`, and returns how
 * many calls completed in the measured window per second, and their latencies.
 */
export async function throughput(
  concurrency: number,
  warmupSeconds: number,
  seconds: number,
  worker: (loop: number) => Promise<unknown>,
): Promise<{ perSecond: number; latencies: number[] }> {
  const latencies: number[] = [];
  const warmupEnd = performance.now() + warmupSeconds * 1000;
  const end = warmupEnd + seconds * 1000;
  const loop = async (index: number) => {
    while (performance.now() < end) {
      const started = performance.now();
      await worker(index);
      const finished = performance.now();
      // Calls count when they complete inside the measured window.
      if (finished >= warmupEnd && finished <= end) latencies.push(finished - started);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, (_, index) => loop(index)));
  return { perSecond: latencies.length / seconds, latencies };
}
