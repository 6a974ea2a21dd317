import { describe, expect, it } from 'vitest';
import type { FormErrors } from './errors';
import {
  formSubmitReducer,
  initialFormSubmitState,
  runSend,
  submitControls,
  type FormSubmitEvent,
  type FormSubmitState,
  type Submitter,
} from './form-submit';

const wrong: FormErrors = { message: 'Rätta följande och försök igen:', fields: { name: 'Måste fyllas i' } };
const other: FormErrors = { message: 'Något gick fel.', fields: {} };

describe('formSubmitReducer', () => {
  const shown: FormSubmitState = { busy: false, errors: wrong, attempt: 1 };
  it.each<[string, FormSubmitState, FormSubmitEvent, FormSubmitState]>([
    [
      'a failure shows the errors and counts the attempt',
      initialFormSubmitState,
      { type: 'failed', errors: wrong },
      shown,
    ],
    [
      'the same errors again still count (focus moves to the summary again)',
      shown,
      { type: 'failed', errors: wrong },
      { ...shown, attempt: 2 },
    ],
    ['clearing keeps the count', shown, { type: 'cleared' }, { busy: false, errors: null, attempt: 1 }],
    ['a send starts', shown, { type: 'started' }, { ...shown, busy: true }],
    ['a send settles', { ...shown, busy: true }, { type: 'settled' }, shown],
  ])('%s', (_label, state, event, expected) => {
    expect(formSubmitReducer(state, event)).toEqual(expected);
  });

  it.each<[FormSubmitEvent]>([[{ type: 'cleared' }], [{ type: 'settled' }]])(
    'returns the same state when %o changes nothing (no render)',
    (event) => {
      expect(formSubmitReducer(initialFormSubmitState, event)).toBe(initialFormSubmitState);
    },
  );
});

/** A submitter whose state is the reducer's, as the hook has it, with every event recorded. */
function harness(start: FormSubmitState = initialFormSubmitState) {
  let state = start;
  const events: FormSubmitEvent['type'][] = [];
  const submitter: Submitter = {
    dispatch: (event) => {
      events.push(event.type);
      state = formSubmitReducer(state, event);
    },
    inFlight: { current: false },
    touched: { current: 0 },
  };
  const controls = submitControls(submitter);
  return { submitter, controls, events, state: () => state };
}

const asErrors = (error: unknown): FormErrors => ({ message: String(error), fields: {} });

describe('runSend', () => {
  it('is busy while the request runs, then clears the errors of the last attempt', async () => {
    const form = harness({ busy: false, errors: wrong, attempt: 1 });
    let answer: () => void = () => undefined;
    const running = runSend(
      form.submitter,
      form.controls,
      () => new Promise<void>((resolve) => (answer = resolve)),
      asErrors,
    );
    expect(form.state()).toEqual({ busy: true, errors: wrong, attempt: 1 });
    answer();
    await expect(running).resolves.toBe(true);
    expect(form.state()).toEqual({ busy: false, errors: null, attempt: 1 });
  });

  it('refuses a second submit while the first is under way', async () => {
    const form = harness();
    let answer: () => void = () => undefined;
    let sent = 0;
    const send = () => {
      sent += 1;
      return new Promise<void>((resolve) => (answer = resolve));
    };
    const first = runSend(form.submitter, form.controls, send, asErrors);
    await expect(runSend(form.submitter, form.controls, send, asErrors)).resolves.toBe(false);
    expect(sent).toBe(1);
    answer();
    await first;
    await expect(runSend(form.submitter, form.controls, () => Promise.resolve(), asErrors)).resolves.toBe(
      true,
    );
  });

  it('shows a failure as errors, counts it, and is no longer busy', async () => {
    const form = harness();
    const sent = await runSend(
      form.submitter,
      form.controls,
      () => Promise.reject(new Error('nej')),
      asErrors,
    );
    expect(sent).toBe(false);
    expect(form.state()).toEqual({ busy: false, errors: asErrors(new Error('nej')), attempt: 1 });
  });

  it('clears without counting when the form reports the failure its own way', async () => {
    const form = harness({ busy: false, errors: wrong, attempt: 1 });
    await runSend(
      form.submitter,
      form.controls,
      () => Promise.reject(new Error('409')),
      () => null,
    );
    expect(form.state()).toEqual({ busy: false, errors: null, attempt: 1 });
  });

  it('keeps what a send chose itself: a failure without an exception', async () => {
    const form = harness();
    const sent = await runSend(
      form.submitter,
      form.controls,
      async ({ fail }) => {
        await Promise.resolve();
        fail(other);
      },
      asErrors,
    );
    // The send itself ran to the end; what it reported stays on the screen.
    expect(sent).toBe(true);
    expect(form.state()).toEqual({ busy: false, errors: other, attempt: 1 });
  });

  it('clears once when a send cleared early (before slower work)', async () => {
    const form = harness({ busy: false, errors: wrong, attempt: 1 });
    const seen: (FormErrors | null)[] = [];
    await runSend(
      form.submitter,
      form.controls,
      async ({ clear }) => {
        clear();
        seen.push(form.state().errors);
        await Promise.resolve();
      },
      asErrors,
    );
    expect(seen).toEqual([null]);
    expect(form.events).toEqual(['cleared', 'started', 'settled']);
  });

  it('applies something done at once without ever being busy (a filter)', async () => {
    const form = harness({ busy: false, errors: wrong, attempt: 3 });
    let applied = false;
    await expect(runSend(form.submitter, form.controls, () => void (applied = true), asErrors)).resolves.toBe(
      true,
    );
    expect(applied).toBe(true);
    expect(form.events).toEqual(['cleared']);
    expect(form.state()).toEqual({ busy: false, errors: null, attempt: 3 });
  });

  it('passes failures through mapErrors, the browser check and the server answer alike', async () => {
    const form = harness();
    const placed = submitControls(form.submitter, (errors) => ({ ...errors, fields: { list: 'fel' } }));
    placed.fail(wrong);
    expect(form.state().errors).toEqual({ message: wrong.message, fields: { list: 'fel' } });
    await runSend(form.submitter, placed, () => Promise.reject(new Error('x')), asErrors);
    expect(form.state()).toEqual({
      busy: false,
      errors: { message: 'Error: x', fields: { list: 'fel' } },
      attempt: 2,
    });
  });
});
