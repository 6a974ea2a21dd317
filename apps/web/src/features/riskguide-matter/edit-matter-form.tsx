import { useMemo, useState, type FormEvent } from 'react';
import { Button, Details, Paragraph } from '@digdir/designsystemet-react';
import { updateMatterBodySchema, type MatterDetail } from '@varn/contracts';
import { matterTextLimits, titleWarnings } from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';
import { updateMatter } from '../../lib/api/riskguide';
import { formErrorsFrom, validate, type FormErrors } from '../../lib/errors';
import { FocusAlert } from '../../components/feedback';
import { FormErrorSummary, type FieldTargets } from '../../components/form-errors';
import { TextField } from '../../components/fields';
import { DateField, TextAreaField } from '../../components/extra-fields';
import { TitleWarnings } from '../../components/title-warnings';

const optional = (value: string): string | null => (value.trim() === '' ? null : value);

/** "Ändra uppgifter om ärendet" (screeners): the facts of the matter, the title warned about as it is typed. */
export function EditMatterForm({
  matter,
  onSaved,
}: {
  readonly matter: MatterDetail;
  readonly onSaved: (matter: MatterDetail) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [title, setTitle] = useState(matter.title);
  const [diaryNumber, setDiaryNumber] = useState(matter.diaryNumber ?? '');
  const [body, setBody] = useState(matter.body ?? '');
  const [decisionDate, setDecisionDate] = useState(matter.decisionDate ?? '');
  const [official, setOfficial] = useState(matter.responsibleOfficial ?? '');
  const [description, setDescription] = useState(matter.description ?? '');
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(0);
  const warnings = useMemo(() => titleWarnings(title, []), [title]);

  const fields: FieldTargets = {
    title: { id: 'edit-matter-title', label: t('riskguide.matter.field.title') },
    diaryNumber: { id: 'edit-matter-diary', label: t('riskguide.matter.field.diaryNumber') },
    body: { id: 'edit-matter-body', label: t('riskguide.matter.field.body') },
    decisionDate: { id: 'edit-matter-date', label: t('riskguide.matter.field.decisionDate') },
    responsibleOfficial: { id: 'edit-matter-official', label: t('riskguide.matter.field.official') },
    description: { id: 'edit-matter-description', label: t('riskguide.matter.field.description') },
  };

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const checked = validate(
      updateMatterBodySchema,
      {
        title,
        diaryNumber: optional(diaryNumber),
        body: optional(body),
        decisionDate: optional(decisionDate),
        responsibleOfficial: optional(official),
        description: optional(description),
      },
      i18n,
    );
    if (!checked.ok) {
      setErrors(checked.errors);
      setAttempt((n) => n + 1);
      return;
    }
    setBusy(true);
    try {
      onSaved(await updateMatter(matter.id, checked.data));
      setErrors(null);
      setSaved((n) => n + 1);
    } catch (error) {
      setErrors(formErrorsFrom(error, i18n));
      setAttempt((n) => n + 1);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Details>
      <Details.Summary>{t('riskguide.matter.edit')}</Details.Summary>
      <Details.Content>
        <div className="stack">
          {saved > 0 && (
            <FocusAlert key={saved} color="success">
              <Paragraph>{t('common.saved')}</Paragraph>
            </FocusAlert>
          )}
          <FormErrorSummary errors={errors} fields={fields} attempt={attempt} />
          <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
            <div className="stack">
              <TextField
                id="edit-matter-title"
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
              id="edit-matter-diary"
              label={t('riskguide.matter.field.diaryNumber')}
              value={diaryNumber}
              onChange={setDiaryNumber}
              error={errors?.fields.diaryNumber}
              maxLength={matterTextLimits.diaryNumber}
              autoComplete="off"
            />
            <TextField
              id="edit-matter-body"
              label={t('riskguide.matter.field.body')}
              value={body}
              onChange={setBody}
              error={errors?.fields.body}
              maxLength={matterTextLimits.body}
            />
            <DateField
              id="edit-matter-date"
              label={t('riskguide.matter.field.decisionDate')}
              value={decisionDate}
              onChange={setDecisionDate}
              error={errors?.fields.decisionDate}
            />
            <TextField
              id="edit-matter-official"
              label={t('riskguide.matter.field.official')}
              value={official}
              onChange={setOfficial}
              error={errors?.fields.responsibleOfficial}
              maxLength={matterTextLimits.responsibleOfficial}
            />
            <TextAreaField
              id="edit-matter-description"
              label={t('riskguide.matter.field.description')}
              value={description}
              onChange={setDescription}
              error={errors?.fields.description}
              maxLength={matterTextLimits.description}
            />
            <div className="button-row">
              <Button type="submit" loading={busy}>
                {t('common.save')}
              </Button>
            </div>
          </form>
        </div>
      </Details.Content>
    </Details>
  );
}
