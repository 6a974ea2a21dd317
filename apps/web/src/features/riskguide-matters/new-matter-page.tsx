import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { createMatterBodySchema } from '@varn/contracts';
import { useI18n } from '../../lib/i18n/i18n';
import { createMatter } from '../../lib/api/riskguide';
import { formErrorsFrom, validate, type FormErrors } from '../../lib/errors';
import { Page } from '../../components/page';
import { FormErrorSummary } from '../../components/form-errors';
import { AppLink } from '../../components/links';
import { emptyMatter, MatterFields, matterBodyOf, matterFieldTargets } from '../../components/matter-fields';

/**
 * "Nytt ärende": a matter with a neutral title. Personal identity numbers, e-mail addresses, phone
 * numbers and the organisation's sensitive words are warned about while typing (the domain's
 * `titleWarnings`), and again by the server when the matter is saved.
 */
export function NewMatterPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const navigate = useNavigate();
  const [values, setValues] = useState(emptyMatter);
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const fields = matterFieldTargets('matter', t);

  function fail(formErrors: FormErrors) {
    setErrors(formErrors);
    setAttempt((n) => n + 1);
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const checked = validate(createMatterBodySchema, matterBodyOf(values), i18n);
    if (!checked.ok) return fail(checked.errors);
    setBusy(true);
    try {
      const created = await createMatter(checked.data);
      void navigate(`/riskguide/matters/${created.id}`, { state: { created: true } });
    } catch (error) {
      fail(formErrorsFrom(error, i18n));
      setBusy(false);
    }
  }

  return (
    <Page title={t('riskguide.newMatter.title')}>
      <Paragraph>
        <AppLink to="/riskguide">{t('riskguide.backToMatters')}</AppLink>
      </Paragraph>
      <Paragraph>{t('riskguide.newMatter.intro')}</Paragraph>
      <FormErrorSummary errors={errors} fields={fields} attempt={attempt} />
      <form className="form form--wide" noValidate onSubmit={(event) => void onSubmit(event)}>
        <MatterFields
          idPrefix="matter"
          values={values}
          onChange={setValues}
          errors={errors?.fields}
          withHelp
        />
        <div className="button-row">
          <Button type="submit" loading={busy}>
            {t('riskguide.newMatter.save')}
          </Button>
        </div>
      </form>
    </Page>
  );
}
