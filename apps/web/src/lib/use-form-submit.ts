import { useReducer, useRef } from 'react';
import { useI18n } from './i18n/i18n';
import { formErrorsFrom, validate, type FormErrors, type ValidatingSchema } from './errors';
import type { LazySchema } from './lazy-schema';
import {
  formSubmitReducer,
  initialFormSubmitState,
  runSend,
  submitControls,
  type Send,
  type Submitter,
  type SubmitControls,
} from './form-submit';

export type { SubmitControls } from './form-submit';

/** How a form differs from the common case. */
export interface SubmitOptions {
  /**
   * Reshapes every error before it is shown, the browser's and the server's (e.g. a problem of
   * one list entry shown at the list's field).
   */
  readonly mapErrors?: (errors: FormErrors) => FormErrors;
  /**
   * A failed send: the errors to show (given: the server's message and field messages), or `null`
   * when the form shows that failure its own way (a conflict). Also the place to forget a typed
   * password or code after a refusal.
   */
  readonly onError?: (error: unknown, errors: FormErrors) => FormErrors | null;
}

/** A form's submission: its state for rendering, and what starts and ends it. */
export interface Submit extends SubmitControls {
  /** A send is under way (for the button's `loading`). */
  readonly busy: boolean;
  /** For the fields (`errors?.fields.name`) and the `FormErrorSummary`. */
  readonly errors: FormErrors | null;
  /** For the `FormErrorSummary`: changes with every failure, so that focus moves to it again. */
  readonly attempt: number;
  /** Runs a send that needs no checking first (a file upload); see {@link runSend}. */
  readonly run: (send: Send) => Promise<boolean>;
}

/**
 * The submit state machine without a schema: busy while a send runs, a second submit refused
 * meanwhile, a failure shown as errors (server messages via `formErrorsFrom`) with focus moved
 * to their summary, the errors cleared when a send succeeds.
 */
export function useSubmit(options: SubmitOptions = {}): Submit {
  const i18n = useI18n();
  const [state, dispatch] = useReducer(formSubmitReducer, initialFormSubmitState);
  const inFlight = useRef(false);
  const touched = useRef(0);
  // Made when called, not while rendering: the refs are only read in event handlers.
  const submitter = (): Submitter => ({ dispatch, inFlight, touched });
  const controls = (): SubmitControls => submitControls(submitter(), options.mapErrors);
  const errorsOf = (error: unknown): FormErrors | null => {
    const errors = formErrorsFrom(error, i18n);
    return options.onError ? options.onError(error, errors) : errors;
  };
  return {
    ...state,
    fail: (errors) => controls().fail(errors),
    clear: () => controls().clear(),
    run: (send) => runSend(submitter(), controls(), send, errorsOf),
  };
}

/** The work of a form once its input passed the schema. */
export type SendChecked<T> = (data: T, controls: SubmitControls) => void | Promise<void>;

/** A form's submission with its contract schema. */
export interface FormSubmit<T> extends Submit {
  /**
   * Checks `input` with the schema (the server's own, so the messages are the same) and with
   * `check`, shows what is wrong, or sends the checked data — with `send`, or with this call's
   * own send (a form with two submit buttons). Resolves `true` when it was sent.
   */
  readonly submit: (input: unknown, send?: SendChecked<T>) => Promise<boolean>;
}

/**
 * `useSubmit` with the shared zod schema in front: `submit(body)` validates the body, shows field
 * errors and the summary, refuses a double submit, and sends the parsed data.
 *
 * `check` adds a rule the schema cannot know (two passwords alike, a party required by the
 * chosen role); it runs after the schema and returns the errors to show, or `null`. A
 * {@link LazySchema} is loaded at the first submit if it is not there yet.
 */
export function useFormSubmit<T>(
  schema: ValidatingSchema<T> | LazySchema<T>,
  send: SendChecked<T>,
  options: SubmitOptions & { readonly check?: (data: T) => FormErrors | null } = {},
): FormSubmit<T> {
  const i18n = useI18n();
  const form = useSubmit(options);
  const submit = async (input: unknown, sendNow: SendChecked<T> = send): Promise<boolean> => {
    if (form.busy) return false;
    let contract: ValidatingSchema<T>;
    try {
      contract = 'load' in schema ? await schema.load() : schema;
    } catch (error) {
      form.fail(formErrorsFrom(error, i18n));
      return false;
    }
    const checked = validate(contract, input, i18n);
    if (!checked.ok) {
      form.fail(checked.errors);
      return false;
    }
    const problems = options.check?.(checked.data) ?? null;
    if (problems) {
      form.fail(problems);
      return false;
    }
    return await form.run((controls) => sendNow(checked.data, controls));
  };
  return { ...form, submit };
}
