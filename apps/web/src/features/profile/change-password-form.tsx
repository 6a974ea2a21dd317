import { useState, type FormEvent } from 'react';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { changePasswordBodySchema, fieldMessage, type Me } from '@varn/contracts';
import { checkPassword } from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';
import { changePassword } from '../../lib/api/me';
import { clientFormErrors, formErrorsFrom, validate, type FormErrors } from '../../lib/errors';
import { Section } from '../../components/page';
import { FocusAlert } from '../../components/feedback';
import { FormErrorSummary, type FieldTargets } from '../../components/form-errors';
import { NewPasswordFields, TextField } from '../../components/fields';

/** Changing the password; the server logs out the user's other sessions. */
export function ChangePasswordForm({ me, onChanged }: { readonly me: Me; readonly onChanged: () => void }) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(0);

  const fields: FieldTargets = {
    currentPassword: { id: 'password-current', label: t('password.current') },
    newPassword: { id: 'password-new', label: t('password.new') },
    repeat: { id: 'password-repeat', label: t('password.repeat') },
  };

  function fail(formErrors: FormErrors) {
    setErrors(formErrors);
    setAttempt((n) => n + 1);
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setSaved(0);
    const checked = validate(changePasswordBodySchema, { currentPassword, newPassword }, i18n);
    if (!checked.ok) return fail(checked.errors);
    const problem = checkPassword(newPassword, { email: me.email, name: me.name })[0];
    const local: Record<string, string> = {};
    if (problem) local.newPassword = fieldMessage(problem, locale);
    if (repeat !== newPassword) local.repeat = t('password.mismatch');
    if (Object.keys(local).length > 0) return fail(clientFormErrors(local, t));
    setBusy(true);
    try {
      await changePassword(checked.data);
      setErrors(null);
      setCurrentPassword('');
      setNewPassword('');
      setRepeat('');
      setSaved((n) => n + 1);
      onChanged();
    } catch (error) {
      fail(formErrorsFrom(error, i18n));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Section title={t('password.heading')} id="profile-password-heading">
      {saved > 0 && (
        <FocusAlert key={saved} color="success">
          <Paragraph>{t('password.changed')}</Paragraph>
        </FocusAlert>
      )}
      <FormErrorSummary errors={errors} fields={fields} attempt={attempt} />
      <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <input type="email" name="username" autoComplete="username" value={me.email} readOnly hidden />
        <TextField
          id="password-current"
          label={t('password.current')}
          type="password"
          autoComplete="current-password"
          value={currentPassword}
          onChange={setCurrentPassword}
          error={errors?.fields.currentPassword}
          required
        />
        <NewPasswordFields
          passwordId="password-new"
          repeatId="password-repeat"
          passwordLabel={t('password.new')}
          repeatLabel={t('password.repeat')}
          password={newPassword}
          repeat={repeat}
          onPasswordChange={setNewPassword}
          onRepeatChange={setRepeat}
          passwordError={errors?.fields.newPassword}
          repeatError={errors?.fields.repeat}
        />
        <div className="button-row">
          <Button type="submit" loading={busy}>
            {t('password.submit')}
          </Button>
        </div>
      </form>
    </Section>
  );
}
