import { useState, type FormEvent } from 'react';
import { Button } from '@digdir/designsystemet-react';
import { isLocale, locales, updateProfileBodySchema, type Me } from '@varn/contracts';
import { useI18n } from '../../lib/i18n/i18n';
import { useSession } from '../../lib/session/session';
import { updateMe } from '../../lib/api/me';
import { useFormSubmit } from '../../lib/use-form-submit';
import { languageName } from '../../lib/labels';
import { Section } from '../../components/page';
import { SuccessAlert } from '../../components/feedback';
import { FormErrorSummary } from '../../components/form-errors';
import { fieldBinder } from '../../components/form-fields';
import { RadioGroup, TextField } from '../../components/fields';

/** Own name and language; the language applies at once and is remembered for next login. */
export function ProfileDetailsForm({ me }: { readonly me: Me }) {
  const { t } = useI18n();
  const { setMe } = useSession();
  const [name, setName] = useState(me.name);
  const [language, setLanguage] = useState<string>(me.language);
  const [saved, setSaved] = useState(0);
  const form = useFormSubmit(updateProfileBodySchema, async (body) => {
    const updated = await updateMe(body);
    setName(updated.name);
    setLanguage(updated.language);
    setMe(updated);
    setSaved((n) => n + 1);
  });
  const { errors } = form;

  const fields = {
    name: { id: 'profile-name', label: t('profile.name') },
    language: { id: 'profile-language', label: t('profile.language') },
  };
  const field = fieldBinder(fields, errors);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (form.busy) return;
    setSaved(0);
    void form.submit({ name, language });
  }

  return (
    <Section title={t('profile.details.heading')} id="profile-details-heading">
      <SuccessAlert count={saved}>{t('profile.details.saved')}</SuccessAlert>
      <FormErrorSummary errors={errors} fields={fields} attempt={form.attempt} />
      <form className="form" noValidate onSubmit={onSubmit}>
        <TextField {...field('name')} autoComplete="name" value={name} onChange={setName} required />
        <RadioGroup
          {...field.group('language')}
          name="language"
          options={locales.map((locale) => ({ value: locale, label: languageName(locale, t), lang: locale }))}
          value={language}
          onChange={(value) => {
            if (isLocale(value)) setLanguage(value);
          }}
        />
        <div className="button-row">
          <Button type="submit" loading={form.busy}>
            {t('common.save')}
          </Button>
        </div>
      </form>
    </Section>
  );
}
