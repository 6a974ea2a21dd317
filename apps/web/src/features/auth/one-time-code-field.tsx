import type { BoundField, BoundValue } from '../../components/form-fields';
import { TextField } from '../../components/fields';

/**
 * A one-time code (from the authenticator app, or a recovery code): required, not spell-checked,
 * and marked as a one-time code so that the browser or a password manager can fill it in.
 */
export function OneTimeCodeField(
  props: BoundField &
    BoundValue<string> & {
      readonly description: string;
      /** Digits only (an app's code); a recovery code has letters too. */
      readonly inputMode?: 'numeric';
    },
) {
  return <TextField {...props} autoComplete="one-time-code" spellCheck={false} required />;
}
