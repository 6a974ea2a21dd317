import { useState, type FormEvent } from 'react';
import { Button } from '@digdir/designsystemet-react';
import { passwordConfirmBodySchema } from '@varn/contracts';
import { useI18n } from '../../lib/i18n/i18n';
import { useFormSubmit } from '../../lib/use-form-submit';
import { FormErrorSummary } from '../../components/form-errors';
import { fieldBinder } from '../../components/form-fields';
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
  const { t } = useI18n();
  const [password, setPassword] = useState('');
  const form = useFormSubmit(passwordConfirmBodySchema, async (body) => {
    await onConfirmed(body.password);
    setPassword('');
  });
  const { errors } = form;
  const fields = { password: { id, label: t('password.confirmWith') } };
  const field = fieldBinder(fields, errors);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void form.submit({ password });
  }

  return (
    <>
      <FormErrorSummary errors={errors} fields={fields} attempt={form.attempt} />
      <form className="form" noValidate onSubmit={onSubmit}>
        <TextField
          {...field('password')}
          description={description}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          required
        />
        <div className="button-row">
          <Button
            type="submit"
            loading={form.busy}
            data-color={danger ? 'danger' : 'accent'}
            variant="secondary"
          >
            {submitLabel}
          </Button>
        </div>
      </form>
    </>
  );
}
