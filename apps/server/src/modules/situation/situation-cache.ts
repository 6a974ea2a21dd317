import type { Situation } from '@varn/contracts';
import type { EventListener } from '../../events';

/*
 * The computed lägesbild, kept per organisation, scope and year on each app instance (ADR 019).
 * Counting a large municipality's two years of cases takes a few hundred milliseconds; the page is
 * read far more often than it changes, and every open page reloads at once after a change. So:
 * - a change the lägesbild counts (`situation.changed`, from any instance, at commit) drops the
 *   organisation's entries at once: the next read counts again, never showing the change late;
 * - an entry is counted again after `maxAgeMs` anyway (the time-driven figures: this week,
 *   overdue measures, days to the election);
 * - readers asking while a count runs wait for that one count (single flight);
 * - a count that began before a change is not kept (the change might be missing from it).
 * Without the event connection there is no cache: an instance would not hear others' changes.
 * Each read is still authorized and audited; only the counting is shared.
 */

export interface SituationCacheOptions {
  readonly maxAgeMs: number;
  readonly maxEntries: number;
}

export const defaultSituationCacheOptions: SituationCacheOptions = { maxAgeMs: 60_000, maxEntries: 2000 };

/** The instance's kept lägesbilder. */
export interface SituationCache {
  /** The kept lägesbild of `key` (organisation, scope, year), or a fresh count of it. */
  get(organisationId: string, key: string, compute: () => Promise<Situation>): Promise<Situation>;
  close(): void;
}

interface Entry {
  readonly value: Situation;
  readonly at: number;
}

/** Keeps lägesbilder until a change of their organisation (or their age) says to count again. */
export function startSituationCache(
  events: EventListener,
  options: SituationCacheOptions = defaultSituationCacheOptions,
): SituationCache {
  const entries = new Map<string, Entry>();
  const inFlight = new Map<string, Promise<Situation>>();
  /** Per organisation, how many changes have been heard: a count spanning one is not kept. */
  const generations = new Map<string, number>();

  const invalidate = (organisationId: string): void => {
    generations.set(organisationId, (generations.get(organisationId) ?? 0) + 1);
    for (const key of entries.keys()) if (key.startsWith(`${organisationId}|`)) entries.delete(key);
    for (const key of inFlight.keys()) if (key.startsWith(`${organisationId}|`)) inFlight.delete(key);
  };
  const unsubscribe = events.subscribe('situation.changed', (event) => invalidate(event.organisationId));
  // Changes committed while the connection was down were not heard: nothing kept can be trusted.
  const unsubscribeReconnect = events.onReconnect(() => {
    for (const organisationId of new Set([...entries.keys()].map((key) => key.split('|')[0] ?? '')))
      invalidate(organisationId);
    entries.clear();
  });

  return {
    async get(organisationId, key, compute) {
      const fullKey = `${organisationId}|${key}`;
      const kept = entries.get(fullKey);
      if (kept && Date.now() - kept.at < options.maxAgeMs) return kept.value;
      const running = inFlight.get(fullKey);
      if (running) return await running;
      const generation = generations.get(organisationId) ?? 0;
      const started = Date.now();
      const count = compute().finally(() => {
        if (inFlight.get(fullKey) === count) inFlight.delete(fullKey);
      });
      inFlight.set(fullKey, count);
      const value = await count;
      if ((generations.get(organisationId) ?? 0) === generation) {
        if (entries.size >= options.maxEntries) {
          const oldest = entries.keys().next().value;
          if (oldest !== undefined) entries.delete(oldest);
        }
        entries.delete(fullKey);
        entries.set(fullKey, { value, at: started });
      }
      return value;
    },
    close() {
      unsubscribe();
      unsubscribeReconnect();
      entries.clear();
      inFlight.clear();
    },
  };
}
