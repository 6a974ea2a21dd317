import { useState, type FormEvent } from 'react';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { isLocale, locales, updateProfileBodySchema, type Me } from '@varn/contracts';
import { useI18n } from '../../lib/i18n/i18n';
import { useSession } from '../../lib/session/session';
import { updateMe } from '../../lib/api/me';
import { formErrorsFrom, validate, type FormErrors } from '../../lib/errors';
import { languageName } from '../../lib/labels';
import { Section } from '../../components/page';
import { FocusAlert } from '../../components/feedback';
import { FormErrorSummary, type FieldTargets } from '../../components/form-errors';
import { RadioGroup, TextField } from '../../components/fields';

/** Own name and language; the language applies at once and is remembered for next login. */
export function ProfileDetailsForm({ me }: { readonly me: Me }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { setMe } = useSession();
  const [name, setName] = useState(me.name);
  const [language, setLanguage] = useState<string>(me.language);
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(0);

  const fields: FieldTargets = {
    name: { id: 'profile-name', label: t('profile.name') },
    language: { id: 'profile-language', label: t('profile.language') },
  };

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setSaved(0);
    const checked = validate(updateProfileBodySchema, { name, language }, i18n);
    if (!checked.ok) {
      setErrors(checked.errors);
      setAttempt((n) => n + 1);
      return;
    }
    setBusy(true);
    try {
      const updated = await updateMe(checked.data);
      setErrors(null);
      setName(updated.name);
      setLanguage(updated.language);
      setMe(updated);
      setSaved((n) => n + 1);
    } catch (error) {
      setErrors(formErrorsFrom(error, i18n));
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Section title={t('profile.details.heading')} id="profile-details-heading">
      {saved > 0 && (
        <FocusAlert key={saved} color="success">
          <Paragraph>{t('profile.details.saved')}</Paragraph>
        </FocusAlert>
      )}
      <FormErrorSummary errors={errors} fields={fields} attempt={attempt} />
      <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextField
          id="profile-name"
          label={t('profile.name')}
          autoComplete="name"
          value={name}
          onChange={setName}
          error={errors?.fields.name}
          required
        />
        <RadioGroup
          id="profile-language"
          name="language"
          legend={t('profile.language')}
          options={locales.map((locale) => ({ value: locale, label: languageName(locale, t), lang: locale }))}
          value={language}
          onChange={(value) => {
            if (isLocale(value)) setLanguage(value);
          }}
          error={errors?.fields.language}
        />
        <div className="button-row">
          <Button type="submit" loading={busy}>
            {t('common.save')}
          </Button>
        </div>
      </form>
    </Section>
  );
}
