import { useCallback, useEffect, useRef, useState } from 'react';
import type { Assessment, SaveAssessmentBody } from '@varn/contracts';
import { ApiError } from '../../lib/api/client';
import { saveAssessment } from '../../lib/api/riskguide';

/** How long typing may pause before the draft is saved. */
const debounceMs = 1200;

/** Where the autosave stands, for the status line. */
export type SaveStatus =
  | { readonly state: 'saved'; readonly at: string }
  | { readonly state: 'pending' }
  | { readonly state: 'saving' }
  | { readonly state: 'error'; readonly error: unknown }
  /** Someone else saved (or finished) in between: nothing more is saved until the page reloads. */
  | { readonly state: 'conflict'; readonly error: ApiError };

/** A 409 the draft cannot recover from by itself: a newer revision, or the assessment is finished. */
export const isStale = (error: unknown): error is ApiError =>
  error instanceof ApiError && error.status === 409;

/**
 * Saves a draft assessment shortly after every change (`PUT /api/assessments/{id}` with the
 * revision last read), one request at a time. The server's answer only moves the revision on:
 * what is on the screen stays as typed, so nothing typed during a save is lost. `flush` saves
 * now and resolves when everything is stored (before finishing).
 */
export function useAutosave(assessment: Assessment, body: Omit<SaveAssessmentBody, 'revision'>) {
  const [status, setStatus] = useState<SaveStatus>({ state: 'saved', at: assessment.updatedAt });
  const revision = useRef(assessment.revision);
  const latest = useRef(body);
  const dirty = useRef(false);
  const stopped = useRef(false);
  const inFlight = useRef<Promise<void> | null>(null);
  const timer = useRef<number | null>(null);
  const initial = useRef(body);
  const lastError = useRef<unknown>(null);

  const saveNow = useCallback(async (): Promise<void> => {
    if (timer.current !== null) {
      window.clearTimeout(timer.current);
      timer.current = null;
    }
    while (inFlight.current) await inFlight.current;
    if (!dirty.current || stopped.current) return;
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
        if (isStale(error)) {
          stopped.current = true;
          setStatus({ state: 'conflict', error });
        } else setStatus({ state: 'error', error });
      }
    })();
    inFlight.current = request;
    await request;
    inFlight.current = null;
  }, [assessment.id]);

  useEffect(() => {
    latest.current = body;
    // What the page started with is what the server already has.
    if (body === initial.current || stopped.current) return;
    dirty.current = true;
    setStatus({ state: 'pending' });
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      timer.current = null;
      void saveNow();
    }, debounceMs);
  }, [body, saveNow]);

  // Leaving the page with a change not yet sent: send it anyway.
  useEffect(
    () => () => {
      if (timer.current !== null) window.clearTimeout(timer.current);
      if (dirty.current && !stopped.current) void saveNow();
    },
    [saveNow],
  );

  /** Saves what is pending; resolves with the revision to finish on, or rejects with the save's error. */
  const flush = useCallback(async (): Promise<number> => {
    await saveNow();
    if (stopped.current || dirty.current) throw lastError.current ?? new Error('draft not saved');
    return revision.current;
  }, [saveNow]);

  return { status, flush, retry: saveNow };
}
