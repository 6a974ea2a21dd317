import { errorMessage, isErrorCode, issuesToFields, type ValidationIssue } from '@varn/contracts';
import { ApiError, ClientErrorCode } from './api/client';
import type { I18n } from './i18n/i18n';

/** The sentence to show for a failed request, in the UI language. */
export function errorText(error: unknown, i18n: Pick<I18n, 't' | 'locale'>): string {
  const { t, locale } = i18n;
  if (!(error instanceof ApiError)) return t('error.unexpected');
  let text: string;
  if (error.message) text = error.message;
  else if (error.code === ClientErrorCode.Network) text = t('error.network');
  else if (error.code === ClientErrorCode.InvalidResponse) text = t('error.invalidResponse');
  else if (isErrorCode(error.code)) text = errorMessage(error.code, locale);
  else text = t('error.unexpected');
  const wait = error.retryAfterSeconds;
  if (wait !== null && wait > 0) {
    if (wait <= 90)
      text += ` ${t(wait === 1 ? 'error.retryAfterOneSecond' : 'error.retryAfterSeconds', { n: wait })}`;
    else text += ` ${t('error.retryAfterMinutes', { n: Math.ceil(wait / 60) })}`;
  }
  return text;
}

/** Errors of one form: a summary sentence and a message per field path. */
export interface FormErrors {
  readonly message: string;
  readonly fields: Readonly<Record<string, string>>;
}

/** Anything with zod's `safeParse` that reports issues (the contract schemas). */
export interface ValidatingSchema<T> {
  safeParse(
    input: unknown,
    params?: { reportInput?: boolean },
  ): { success: true; data: T } | { success: false; error: { issues: readonly ValidationIssue[] } };
}

/** The outcome of checking a form in the browser with the same schema the server uses. */
export type Validation<T> =
  { readonly ok: true; readonly data: T } | { readonly ok: false; readonly errors: FormErrors };

/** Checks form input with a contract schema; field messages come from the shared catalogue. */
export function validate<T>(
  schema: ValidatingSchema<T>,
  input: unknown,
  i18n: Pick<I18n, 't' | 'locale'>,
): Validation<T> {
  // With the input reported, a missing value and a wrong one get different messages (as on the server).
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return { ok: true, data: result.data };
  return {
    ok: false,
    errors: { message: i18n.t('form.fixErrors'), fields: issuesToFields(result.error.issues, i18n.locale) },
  };
}

/** Form errors from a failed request: the server's translated message and field messages. */
export function formErrorsFrom(error: unknown, i18n: Pick<I18n, 't' | 'locale'>): FormErrors {
  return { message: errorText(error, i18n), fields: error instanceof ApiError ? error.fields : {} };
}

/** Form errors made in the browser (e.g. two passwords that differ). */
export function clientFormErrors(fields: Readonly<Record<string, string>>, t: I18n['t']): FormErrors {
  return { message: t('form.fixErrors'), fields };
}
