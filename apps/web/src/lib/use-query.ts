import { useCallback, useEffect, useState } from 'react';
import { isAbortError } from './api/client';

/** The state of data being fetched for a page. */
export type QueryResult<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: unknown }
  | { readonly status: 'success'; readonly data: T };

/** A query's state plus ways to fetch again or to replace the data after a command. */
export type Query<T> = QueryResult<T> & {
  readonly reload: () => void;
  readonly setData: (data: T) => void;
};

interface Settled<T> {
  readonly load: (signal: AbortSignal) => Promise<T>;
  readonly version: number;
  readonly result: QueryResult<T>;
}

/**
 * Fetches data for a page. `load` must be stable (module-level or `useCallback`); when it
 * changes, the data is fetched again. A request that is no longer needed is aborted.
 */
export function useQuery<T>(load: (signal: AbortSignal) => Promise<T>): Query<T> {
  const [version, setVersion] = useState(0);
  const [settled, setSettled] = useState<Settled<T> | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setSettled({ load, version, result: { status: 'success', data } });
      },
      (error: unknown) => {
        if (controller.signal.aborted || isAbortError(error)) return;
        setSettled({ load, version, result: { status: 'error', error } });
      },
    );
    return () => controller.abort();
  }, [load, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const setData = useCallback(
    (data: T) => setSettled({ load, version, result: { status: 'success', data } }),
    [load, version],
  );
  const result: QueryResult<T> =
    settled && settled.load === load && settled.version === version ? settled.result : { status: 'loading' };
  return { ...result, reload, setData };
}
