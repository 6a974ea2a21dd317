import { useState, type FormEvent } from 'react';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { changePasswordBodySchema, fieldMessage, type Me } from '@varn/contracts';
import { checkPassword } from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';
import { changePassword } from '../../lib/api/me';
import { clientFormErrors } from '../../lib/errors';
import { useFormSubmit } from '../../lib/use-form-submit';
import { Section } from '../../components/page';
import { FocusAlert } from '../../components/feedback';
import { FormErrorSummary } from '../../components/form-errors';
import type { FieldTargets } from '../../components/form-fields';
import { NewPasswordFields, TextField } from '../../components/fields';

/** Changing the password; the server logs out the user's other sessions. */
export function ChangePasswordForm({ me, onChanged }: { readonly me: Me; readonly onChanged: () => void }) {
  const { t, locale } = useI18n();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [saved, setSaved] = useState(0);
  const form = useFormSubmit(
    changePasswordBodySchema,
    async (body) => {
      await changePassword(body);
      setCurrentPassword('');
      setNewPassword('');
      setRepeat('');
      setSaved((n) => n + 1);
      onChanged();
    },
    {
      check: () => {
        const problem = checkPassword(newPassword, { email: me.email, name: me.name })[0];
        const local: Record<string, string> = {};
        if (problem) local.newPassword = fieldMessage(problem, locale);
        if (repeat !== newPassword) local.repeat = t('password.mismatch');
        return Object.keys(local).length > 0 ? clientFormErrors(local, t) : null;
      },
    },
  );
  const { errors } = form;

  const fields: FieldTargets = {
    currentPassword: { id: 'password-current', label: t('password.current') },
    newPassword: { id: 'password-new', label: t('password.new') },
    repeat: { id: 'password-repeat', label: t('password.repeat') },
  };

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (form.busy) return;
    setSaved(0);
    void form.submit({ currentPassword, newPassword });
  }

  return (
    <Section title={t('password.heading')} id="profile-password-heading">
      {saved > 0 && (
        <FocusAlert key={saved} color="success">
          <Paragraph>{t('password.changed')}</Paragraph>
        </FocusAlert>
      )}
      <FormErrorSummary errors={errors} fields={fields} attempt={form.attempt} />
      <form className="form" noValidate onSubmit={onSubmit}>
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
          <Button type="submit" loading={form.busy}>
            {t('password.submit')}
          </Button>
        </div>
      </form>
    </Section>
  );
}
