import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { createMatterBodySchema } from '@varn/contracts';
import { useI18n } from '../../lib/i18n/i18n';
import { createMatter } from '../../lib/api/riskguide';
import { useFormSubmit } from '../../lib/use-form-submit';
import { Page } from '../../components/page';
import { FormErrorSummary } from '../../components/form-errors';
import { fieldBinder } from '../../components/form-fields';
import { AppLink } from '../../components/links';
import { emptyMatter, MatterFields, matterBodyOf, matterFieldTargets } from '../../components/matter-fields';

/**
 * "Nytt ärende": a matter with a neutral title. Personal identity numbers, e-mail addresses, phone
 * numbers and the organisation's sensitive words are warned about while typing (the domain's
 * `titleWarnings`), and again by the server when the matter is saved.
 */
export function NewMatterPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [values, setValues] = useState(emptyMatter);
  const form = useFormSubmit(createMatterBodySchema, async (body) => {
    const created = await createMatter(body);
    void navigate(`/riskguide/matters/${created.id}`, { state: { created: true } });
  });
  const { errors } = form;
  const fields = matterFieldTargets('matter', t);
  const field = fieldBinder(fields, errors);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void form.submit(matterBodyOf(values));
  }

  return (
    <Page title={t('riskguide.newMatter.title')}>
      <Paragraph>
        <AppLink to="/riskguide">{t('riskguide.backToMatters')}</AppLink>
      </Paragraph>
      <Paragraph>{t('riskguide.newMatter.intro')}</Paragraph>
      <FormErrorSummary errors={errors} fields={fields} attempt={form.attempt} />
      <form className="form form--wide" noValidate onSubmit={onSubmit}>
        <MatterFields field={field} values={values} onChange={setValues} withHelp />
        <div className="button-row">
          <Button type="submit" loading={form.busy}>
            {t('riskguide.newMatter.save')}
          </Button>
        </div>
      </form>
    </Page>
  );
}
