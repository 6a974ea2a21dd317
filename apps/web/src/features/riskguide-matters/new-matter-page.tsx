import { useMemo, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { createMatterBodySchema } from '@varn/contracts';
import { matterTextLimits, titleWarnings } from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';
import { createMatter } from '../../lib/api/riskguide';
import { formErrorsFrom, validate, type FormErrors } from '../../lib/errors';
import { Page } from '../../components/page';
import { FormErrorSummary, type FieldTargets } from '../../components/form-errors';
import { TextField } from '../../components/fields';
import { DateField, TextAreaField } from '../../components/extra-fields';
import { AppLink } from '../../components/links';
import { TitleWarnings } from '../../components/title-warnings';

const optional = (value: string): string | null => (value.trim() === '' ? null : value);

/**
 * "Nytt ärende": a matter with a neutral title. Personal identity numbers, e-mail addresses and
 * phone numbers are warned about while typing (the domain's `titleWarnings`); the organisation's
 * list of sensitive words is checked by the server when the matter is saved.
 */
export function NewMatterPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [diaryNumber, setDiaryNumber] = useState('');
  const [body, setBody] = useState('');
  const [decisionDate, setDecisionDate] = useState('');
  const [description, setDescription] = useState('');
  const [official, setOfficial] = useState('');
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const warnings = useMemo(() => titleWarnings(title, []), [title]);

  const fields: FieldTargets = {
    title: { id: 'matter-title', label: t('riskguide.matter.field.title') },
    diaryNumber: { id: 'matter-diary', label: t('riskguide.matter.field.diaryNumber') },
    body: { id: 'matter-body', label: t('riskguide.matter.field.body') },
    decisionDate: { id: 'matter-date', label: t('riskguide.matter.field.decisionDate') },
    description: { id: 'matter-description', label: t('riskguide.matter.field.description') },
    responsibleOfficial: { id: 'matter-official', label: t('riskguide.matter.field.official') },
  };

  function fail(formErrors: FormErrors) {
    setErrors(formErrors);
    setAttempt((n) => n + 1);
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const checked = validate(
      createMatterBodySchema,
      {
        title,
        diaryNumber: optional(diaryNumber),
        body: optional(body),
        decisionDate: optional(decisionDate),
        description: optional(description),
        responsibleOfficial: optional(official),
      },
      i18n,
    );
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
        <div className="stack">
          <TextField
            id="matter-title"
            label={t('riskguide.matter.field.title')}
            description={t('riskguide.matter.field.titleHelp')}
            value={title}
            onChange={setTitle}
            error={errors?.fields.title}
            maxLength={matterTextLimits.title}
            required
          />
          <TitleWarnings warnings={warnings} live />
        </div>
        <TextField
          id="matter-diary"
          label={t('riskguide.matter.field.diaryNumber')}
          description={t('riskguide.matter.field.diaryNumberHelp')}
          value={diaryNumber}
          onChange={setDiaryNumber}
          error={errors?.fields.diaryNumber}
          maxLength={matterTextLimits.diaryNumber}
          autoComplete="off"
        />
        <TextField
          id="matter-body"
          label={t('riskguide.matter.field.body')}
          description={t('riskguide.matter.field.bodyHelp')}
          value={body}
          onChange={setBody}
          error={errors?.fields.body}
          maxLength={matterTextLimits.body}
        />
        <DateField
          id="matter-date"
          label={t('riskguide.matter.field.decisionDate')}
          value={decisionDate}
          onChange={setDecisionDate}
          error={errors?.fields.decisionDate}
        />
        <TextField
          id="matter-official"
          label={t('riskguide.matter.field.official')}
          value={official}
          onChange={setOfficial}
          error={errors?.fields.responsibleOfficial}
          maxLength={matterTextLimits.responsibleOfficial}
        />
        <TextAreaField
          id="matter-description"
          label={t('riskguide.matter.field.description')}
          description={t('riskguide.matter.field.descriptionHelp')}
          value={description}
          onChange={setDescription}
          error={errors?.fields.description}
          maxLength={matterTextLimits.description}
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
