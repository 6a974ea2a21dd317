import { useCallback, useEffect, useRef, useState } from 'react';
import type { Situation, SituationEvent } from '@varn/contracts';
import { situationEventSchema } from '@varn/contracts';
import { getSituation, situationEventsPath } from './api/situation';
import { isAbortError } from './api/client';

/** How the page follows changes: live (the stream is open), reconnecting, or not live. */
export type LiveState = 'connecting' | 'live' | 'offline';

/** The lägesbild of a year, kept up to date while the page is open. */
export interface LiveSituation {
  readonly situation: Situation | null;
  readonly error: unknown;
  readonly live: LiveState;
  /** When the figures last changed because of a live event (for the announcement), or null. */
  readonly updatedAt: string | null;
  /** The topics of the last live change. */
  readonly changedTopics: readonly SituationEvent['topic'][];
  /** The topics to mark on the page: those of the last live change, for a few seconds. */
  readonly highlighted: readonly SituationEvent['topic'][];
  readonly reload: () => void;
}

/** How long what changed stays marked (ms). */
const highlightMs = 8_000;

/** Reload the figures at least this often when the stream is not open (ms). */
const pollMs = 60_000;

/**
 * Loads the lägesbild and follows `GET /api/situation/events`: each `changed` event reloads the
 * figures (the old ones stay on screen meanwhile, so nothing flickers). When the stream cannot be
 * opened or ends (the session ended, the server restarts) the browser's EventSource tries again;
 * meanwhile the figures are reloaded every minute, and a 401/403 on reloading stops everything
 * (the session is gone: the app's session handling takes over).
 */
export function useLiveSituation(year: number | undefined): LiveSituation {
  // The figures with the year they were loaded for: another year shows nothing until it loads.
  const [loaded, setLoaded] = useState<{ year: number | undefined; data: Situation } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [live, setLive] = useState<LiveState>(() =>
    typeof EventSource === 'undefined' ? 'offline' : 'connecting',
  );
  const [updatedAt, setUpdatedAt] = useState<string | null>(null);
  const [changedTopics, setChangedTopics] = useState<readonly SituationEvent['topic'][]>([]);
  const [highlighted, setHighlighted] = useState<readonly SituationEvent['topic'][]>([]);
  const controller = useRef<AbortController | null>(null);

  const load = useCallback(
    (changed: readonly SituationEvent['topic'][] | null) => {
      controller.current?.abort();
      const current = new AbortController();
      controller.current = current;
      getSituation(year, current.signal).then(
        (data) => {
          if (current.signal.aborted) return;
          setLoaded({ year, data });
          setError(null);
          if (changed) {
            setUpdatedAt(data.generatedAt);
            setChangedTopics(changed);
            setHighlighted(changed);
          }
        },
        (failure: unknown) => {
          if (current.signal.aborted || isAbortError(failure)) return;
          setError(failure);
        },
      );
    },
    [year],
  );

  useEffect(() => {
    load(null);
    return () => controller.current?.abort();
  }, [load]);

  useEffect(() => {
    if (typeof EventSource === 'undefined') return undefined;
    const source = new EventSource(situationEventsPath);
    let pending: SituationEvent['topic'][] = [];
    let timer: number | undefined;
    source.addEventListener('ready', () => setLive('live'));
    source.addEventListener('changed', (message) => {
      const parsed = situationEventSchema.safeParse(JSON.parse((message as MessageEvent<string>).data));
      if (!parsed.success) return;
      pending.push(parsed.data.topic);
      // Several changes in a moment are one reload.
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        const topics = [...new Set(pending)];
        pending = [];
        load(topics);
      }, 150);
    });
    source.addEventListener('end', () => {
      setLive('offline');
      source.close();
    });
    source.addEventListener('error', () =>
      setLive(source.readyState === EventSource.CLOSED ? 'offline' : 'connecting'),
    );
    return () => {
      window.clearTimeout(timer);
      source.close();
    };
  }, [load]);

  // Without the stream, the figures still move: reload every minute.
  useEffect(() => {
    if (live === 'live') return undefined;
    const interval = window.setInterval(() => load(null), pollMs);
    return () => window.clearInterval(interval);
  }, [live, load]);

  // The mark of a change fades after a moment; the announcement stays as it was said.
  useEffect(() => {
    if (highlighted.length === 0) return undefined;
    const timer = window.setTimeout(() => setHighlighted([]), highlightMs);
    return () => window.clearTimeout(timer);
  }, [highlighted]);

  const reload = useCallback(() => load(null), [load]);
  const situation = loaded !== null && loaded.year === year ? loaded.data : null;
  return { situation, error, live, updatedAt, changedTopics, highlighted, reload };
}
