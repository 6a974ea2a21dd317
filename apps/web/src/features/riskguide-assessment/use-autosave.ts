import { useCallback, useEffect, useRef, useState } from 'react';
import type { Assessment, SaveAssessmentBody } from '@varn/contracts';
import { ApiError } from '../../lib/api/client';
import { getAssessment, saveAssessment } from '../../lib/api/riskguide';

/** How long typing may pause before the draft is saved. */
const debounceMs = 1200;

/** Where the autosave stands, for the status line. */
export type SaveStatus =
  | { readonly state: 'saved'; readonly at: string }
  | { readonly state: 'pending' }
  | { readonly state: 'saving' }
  | { readonly state: 'error'; readonly error: unknown }
  /**
   * Someone else saved (or finished) in between: nothing more is saved until the user chooses.
   * `latest` is what the server has now, once fetched.
   */
  | {
      readonly state: 'conflict';
      readonly error: ApiError;
      readonly latest: Assessment | 'loading' | 'failed';
    };

/** A 409 the draft cannot recover from by itself: a newer revision, or the assessment is finished. */
export const isStale = (error: unknown): error is ApiError =>
  error instanceof ApiError && error.status === 409;

/**
 * Saves a draft assessment shortly after every change (`PUT /api/assessments/{id}` with the
 * revision last read), one request at a time. The server's answer only moves the revision on:
 * what is on the screen stays as typed, so nothing typed during a save is lost.
 *
 * When someone else saved in between (409), the latest draft is fetched and saving stops until
 * the user chooses: `keepMine` saves what is on the screen on top of it, or the page shows the
 * server's answers instead. `flush` saves now and resolves when everything is stored; `hold`
 * stops saving while the assessment is being finished (`release` goes on if that failed).
 */
export function useAutosave(assessment: Assessment, body: Omit<SaveAssessmentBody, 'revision'>) {
  const [status, setStatus] = useState<SaveStatus>({ state: 'saved', at: assessment.updatedAt });
  const revision = useRef(assessment.revision);
  const latest = useRef(body);
  const dirty = useRef(false);
  const stopped = useRef(false);
  const held = useRef(false);
  const inFlight = useRef<Promise<void> | null>(null);
  const timer = useRef<number | null>(null);
  const initial = useRef(body);
  const lastError = useRef<unknown>(null);
  const serverDraft = useRef<Assessment | null>(null);
  const unmounted = useRef(false);

  const clearTimer = () => {
    if (timer.current !== null) {
      window.clearTimeout(timer.current);
      timer.current = null;
    }
  };

  /** A 409: stop saving, keep what is on the screen, and fetch what the server has now. */
  const reportStale = useCallback(
    (error: ApiError) => {
      stopped.current = true;
      dirty.current = true;
      lastError.current = error;
      serverDraft.current = null;
      clearTimer();
      setStatus({ state: 'conflict', error, latest: 'loading' });
      void getAssessment(assessment.id).then(
        (fetched) => {
          if (unmounted.current || !stopped.current) return;
          serverDraft.current = fetched;
          setStatus({ state: 'conflict', error, latest: fetched });
        },
        () => {
          if (!unmounted.current && stopped.current)
            setStatus({ state: 'conflict', error, latest: 'failed' });
        },
      );
    },
    [assessment.id],
  );

  const saveNow = useCallback(async (): Promise<void> => {
    clearTimer();
    while (inFlight.current) await inFlight.current;
    if (!dirty.current || stopped.current || held.current) return;
    dirty.current = false;
    setStatus({ state: 'saving' });
    const request = (async () => {
      try {
        const saved = await saveAssessment(assessment.id, { ...latest.current, revision: revision.current });
        revision.current = saved.revision;
        lastError.current = null;
        setStatus(dirty.current ? { state: 'pending' } : { state: 'saved', at: saved.updatedAt });
      } catch (error) {
        dirty.current = true;
        lastError.current = error;
        if (isStale(error)) reportStale(error);
        else setStatus({ state: 'error', error });
      }
    })();
    inFlight.current = request;
    await request;
    inFlight.current = null;
  }, [assessment.id, reportStale]);

  useEffect(() => {
    latest.current = body;
    // What the page started with is what the server already has.
    if (body === initial.current) return;
    dirty.current = true;
    // While a conflict waits for the user's choice (or finishing runs), changes are kept, not sent.
    if (stopped.current || held.current) return;
    setStatus({ state: 'pending' });
    clearTimer();
    timer.current = window.setTimeout(() => {
      timer.current = null;
      void saveNow();
    }, debounceMs);
  }, [body, saveNow]);

  // Leaving the page with a change not yet sent: send it anyway.
  useEffect(() => {
    unmounted.current = false;
    return () => {
      unmounted.current = true;
      clearTimer();
      if (dirty.current && !stopped.current && !held.current) void saveNow();
    };
  }, [saveNow]);

  /** Saves what is pending; resolves with the revision to finish on, or rejects with the save's error. */
  const flush = useCallback(async (): Promise<number> => {
    await saveNow();
    if (stopped.current || dirty.current) throw lastError.current ?? new Error('draft not saved');
    return revision.current;
  }, [saveNow]);

  /** Saves what is pending, then nothing more until `release` (while finishing). */
  const flushAndHold = useCallback(async (): Promise<number> => {
    const stored = await flush();
    held.current = true;
    clearTimer();
    return stored;
  }, [flush]);

  const release = useCallback(() => {
    held.current = false;
    if (dirty.current && !stopped.current) void saveNow();
  }, [saveNow]);

  /** After a conflict: the answers on the screen, saved on top of the server's newer revision. */
  const keepMine = useCallback(async (): Promise<boolean> => {
    const server = serverDraft.current;
    if (!server || server.status !== 'draft') return false;
    revision.current = server.revision;
    serverDraft.current = null;
    stopped.current = false;
    dirty.current = true;
    await saveNow();
    return !stopped.current && !dirty.current;
  }, [saveNow]);

  return { status, flush: flushAndHold, release, retry: saveNow, keepMine, reportStale };
}
