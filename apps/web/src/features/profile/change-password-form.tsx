import { useState, type FormEvent } from 'react';
import { Button } from '@digdir/designsystemet-react';
import { changePasswordBodySchema, type Me } from '@varn/contracts';
import { useI18n } from '../../lib/i18n/i18n';
import { changePassword } from '../../lib/api/me';
import { newPasswordErrors } from '../../lib/new-password';
import { useFormSubmit } from '../../lib/use-form-submit';
import { Section } from '../../components/page';
import { SuccessAlert } from '../../components/feedback';
import { FormErrorSummary } from '../../components/form-errors';
import { fieldBinder } from '../../components/form-fields';
import { NewPasswordFields, TextField } from '../../components/fields';

/** Changing the password; the server logs out the user's other sessions. */
export function ChangePasswordForm({ me, onChanged }: { readonly me: Me; readonly onChanged: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
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
    { check: () => newPasswordErrors({ password: newPassword, repeat, path: 'newPassword' }, me, i18n) },
  );
  const { errors } = form;

  const fields = {
    currentPassword: { id: 'password-current', label: t('password.current') },
    newPassword: { id: 'password-new', label: t('password.new') },
    repeat: { id: 'password-repeat', label: t('password.repeat') },
  };
  const field = fieldBinder(fields, errors);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (form.busy) return;
    setSaved(0);
    void form.submit({ currentPassword, newPassword });
  }

  return (
    <Section title={t('password.heading')} id="profile-password-heading">
      <SuccessAlert count={saved}>{t('password.changed')}</SuccessAlert>
      <FormErrorSummary errors={errors} fields={fields} attempt={form.attempt} />
      <form className="form" noValidate onSubmit={onSubmit}>
        <NewPasswordFields
          username={me.email}
          password={{ ...field('newPassword'), value: newPassword, onChange: setNewPassword }}
          repeat={{ ...field('repeat'), value: repeat, onChange: setRepeat }}
        >
          <TextField
            {...field('currentPassword')}
            type="password"
            autoComplete="current-password"
            value={currentPassword}
            onChange={setCurrentPassword}
            required
          />
        </NewPasswordFields>
        <div className="button-row">
          <Button type="submit" loading={form.busy}>
            {t('password.submit')}
          </Button>
        </div>
      </form>
    </Section>
  );
}
