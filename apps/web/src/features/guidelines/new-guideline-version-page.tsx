import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { guidelineTextLimits, swedishDate } from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';
import { createGuidelineVersion } from '../../lib/api/guidelines';
import { useSubmit } from '../../lib/use-form-submit';
import { Page } from '../../components/page';
import { FormErrorSummary } from '../../components/form-errors';
import { TextField } from '../../components/fields';
import { DateField, TextAreaField } from '../../components/extra-fields';
import { AppLink } from '../../components/links';

/** A new version of the guidelines (admin, unit): every party must endorse it again. */
export function NewGuidelineVersionPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [textSv, setTextSv] = useState('');
  const [textEn, setTextEn] = useState('');
  const [adoptedOn, setAdoptedOn] = useState(() => swedishDate(new Date()));
  const submit = useSubmit();
  const fields = {
    title: { id: 'guideline-title', label: t('guidelines.titleField') },
    textSv: { id: 'guideline-text-sv', label: t('guidelines.textSvField') },
    textEn: { id: 'guideline-text-en', label: t('guidelines.textEnField') },
    adoptedOn: { id: 'guideline-adopted', label: t('guidelines.adoptedOn') },
  };

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void submit.run(async () => {
      await createGuidelineVersion({ title, textSv, textEn, adoptedOn });
      void navigate('/guidelines');
    });
  }

  return (
    <Page title={t('guidelines.newTitle')}>
      <Paragraph>
        <AppLink to="/guidelines">{t('guidelines.back')}</AppLink>
      </Paragraph>
      <Paragraph>{t('guidelines.newIntro')}</Paragraph>
      <FormErrorSummary errors={submit.errors} fields={fields} attempt={submit.attempt} />
      <form className="form" noValidate onSubmit={onSubmit}>
        <TextField
          {...fields.title}
          error={submit.errors?.fields.title}
          value={title}
          onChange={setTitle}
          maxLength={guidelineTextLimits.title}
          required
        />
        <TextAreaField
          {...fields.textSv}
          error={submit.errors?.fields.textSv}
          value={textSv}
          onChange={setTextSv}
          maxLength={guidelineTextLimits.text}
          required
        />
        <TextAreaField
          {...fields.textEn}
          error={submit.errors?.fields.textEn}
          value={textEn}
          onChange={setTextEn}
          maxLength={guidelineTextLimits.text}
          lang="en"
          required
        />
        <DateField
          {...fields.adoptedOn}
          error={submit.errors?.fields.adoptedOn}
          value={adoptedOn}
          onChange={setAdoptedOn}
          required
        />
        <div className="button-row">
          <Button type="submit" loading={submit.busy}>
            {t('guidelines.create')}
          </Button>
        </div>
      </form>
    </Page>
  );
}
