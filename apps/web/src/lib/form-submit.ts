import type { FormErrors } from './errors';

/**
 * The state machine behind every form's submit button (`useFormSubmit` in use-form-submit.ts),
 * kept free of React so that it can be tested as it is.
 */

/** Where a form's submission stands. */
export interface FormSubmitState {
  /** A send is under way: the submit button shows that it is working, a second submit is refused. */
  readonly busy: boolean;
  /** What the error summary and the fields show; `null` when nothing is wrong. */
  readonly errors: FormErrors | null;
  /** Failed submits so far: the error summary is keyed by it, so that focus moves to it every time. */
  readonly attempt: number;
}

export const initialFormSubmitState: FormSubmitState = { busy: false, errors: null, attempt: 0 };

/** What can happen to a submission. */
export type FormSubmitEvent =
  | { readonly type: 'started' }
  | { readonly type: 'settled' }
  | { readonly type: 'failed'; readonly errors: FormErrors }
  | { readonly type: 'cleared' };

export function formSubmitReducer(state: FormSubmitState, event: FormSubmitEvent): FormSubmitState {
  switch (event.type) {
    case 'started':
      return state.busy ? state : { ...state, busy: true };
    case 'settled':
      return state.busy ? { ...state, busy: false } : state;
    case 'failed':
      return { ...state, errors: event.errors, attempt: state.attempt + 1 };
    case 'cleared':
      return state.errors === null ? state : { ...state, errors: null };
  }
}

/** What a send may do about the errors itself (say that the answer means failure, or clear early). */
export interface SubmitControls {
  /** Shows errors and moves focus to their summary. */
  readonly fail: (errors: FormErrors) => void;
  /** Removes the errors (e.g. at once after the request, before slower work that follows it). */
  readonly clear: () => void;
}

/**
 * The work of one submit: returns nothing for something done at once (a filter applied), a
 * promise for a request. A thrown error or a rejection is shown as the form's errors.
 */
export type Send = (controls: SubmitControls) => void | Promise<void>;

/** The mutable parts of one form's submitter, owned by the hook (refs) or by a test. */
export interface Submitter {
  readonly dispatch: (event: FormSubmitEvent) => void;
  /** Read synchronously, so that two quick submits cannot both start a request. */
  readonly inFlight: { current: boolean };
  /** Counts `fail` and `clear`: a send that settled the errors itself keeps what it chose. */
  readonly touched: { current: number };
}

/** The controls of a submitter: `fail` passes the errors through `mapErrors` (placing them at fields). */
export function submitControls(
  submitter: Submitter,
  mapErrors: (errors: FormErrors) => FormErrors = (errors) => errors,
): SubmitControls {
  return {
    fail: (errors) => {
      submitter.touched.current += 1;
      submitter.dispatch({ type: 'failed', errors: mapErrors(errors) });
    },
    clear: () => {
      submitter.touched.current += 1;
      submitter.dispatch({ type: 'cleared' });
    },
  };
}

/**
 * Runs one send, unless one is under way (then resolves `false` at once). While a returned promise
 * is pending the form is busy. When the send succeeds, the errors are cleared — unless the send
 * called `fail` or `clear` itself. When it fails, `errorsOf` turns the failure into the errors to
 * show, or `null` when the form reports that failure its own way (then the errors are cleared and
 * focus stays where it is). Resolves `true` when the send succeeded.
 */
export async function runSend(
  submitter: Submitter,
  controls: SubmitControls,
  send: Send,
  errorsOf: (error: unknown) => FormErrors | null,
): Promise<boolean> {
  if (submitter.inFlight.current) return false;
  const before = submitter.touched.current;
  const failWith = (error: unknown) => {
    const errors = errorsOf(error);
    if (errors) controls.fail(errors);
    else controls.clear();
  };
  let pending: void | Promise<void>;
  try {
    pending = send(controls);
  } catch (error) {
    failWith(error);
    return false;
  }
  if (pending === undefined) {
    if (submitter.touched.current === before) submitter.dispatch({ type: 'cleared' });
    return true;
  }
  submitter.inFlight.current = true;
  submitter.dispatch({ type: 'started' });
  try {
    await pending;
    if (submitter.touched.current === before) submitter.dispatch({ type: 'cleared' });
    return true;
  } catch (error) {
    failWith(error);
    return false;
  } finally {
    submitter.inFlight.current = false;
    submitter.dispatch({ type: 'settled' });
  }
}
