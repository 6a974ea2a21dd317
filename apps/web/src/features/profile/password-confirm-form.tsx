import { useState, type FormEvent } from 'react';
import { Button } from '@digdir/designsystemet-react';
import { passwordConfirmBodySchema } from '@varn/contracts';
import { useI18n } from '../../lib/i18n/i18n';
import { formErrorsFrom, validate, type FormErrors } from '../../lib/errors';
import { FormErrorSummary, type FieldTargets } from '../../components/form-errors';
import { TextField } from '../../components/fields';

/** A command that must be confirmed with the user's password (MFA off, new recovery codes). */
export function PasswordConfirmForm({
  id,
  description,
  submitLabel,
  danger,
  onConfirmed,
}: {
  readonly id: string;
  readonly description: string;
  readonly submitLabel: string;
  readonly danger: boolean;
  /** Runs the command; a rejection is shown in the form. */
  readonly onConfirmed: (password: string) => Promise<void>;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const fields: FieldTargets = { password: { id, label: t('password.confirmWith') } };

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const checked = validate(passwordConfirmBodySchema, { password }, i18n);
    if (!checked.ok) {
      setErrors(checked.errors);
      setAttempt((n) => n + 1);
      return;
    }
    setBusy(true);
    try {
      await onConfirmed(checked.data.password);
      setErrors(null);
      setPassword('');
    } catch (error) {
      setErrors(formErrorsFrom(error, i18n));
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <FormErrorSummary errors={errors} fields={fields} attempt={attempt} />
      <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextField
          id={id}
          label={t('password.confirmWith')}
          description={description}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          error={errors?.fields.password}
          required
        />
        <div className="button-row">
          <Button type="submit" loading={busy} data-color={danger ? 'danger' : 'accent'} variant="secondary">
            {submitLabel}
          </Button>
        </div>
      </form>
    </>
  );
}
