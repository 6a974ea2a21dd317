import { fieldMessage } from '@varn/contracts';
import { checkPassword } from '@varn/domain';
import type { I18n } from './i18n/i18n';
import type { FormErrors } from './errors';

/** A new password as typed twice, and the body path the password is sent at. */
export interface NewPasswordInput {
  readonly password: string;
  readonly repeat: string;
  /** Where the password's problem is shown (`password`, `newPassword`); the repetition's is `repeat`. */
  readonly path: string;
}

/**
 * The browser's check of a new password before it is sent (invitation, password change): the
 * domain's password rules (NIST 800-63B, the same as the server's, for a quicker answer) and the
 * repetition. `null` when both are fine.
 */
export function newPasswordErrors(
  { password, repeat, path }: NewPasswordInput,
  owner: { readonly email: string; readonly name: string },
  i18n: Pick<I18n, 't' | 'locale'>,
): FormErrors | null {
  const problem = checkPassword(password, owner)[0];
  const fields: Record<string, string> = {};
  if (problem) fields[path] = fieldMessage(problem, i18n.locale);
  if (repeat !== password) fields.repeat = i18n.t('password.mismatch');
  // Built here rather than by `clientFormErrors`, so that this stays free of the API client (and testable in node).
  return Object.keys(fields).length > 0 ? { message: i18n.t('form.fixErrors'), fields } : null;
}
