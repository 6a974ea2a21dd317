import { useState, type FormEvent } from 'react';
import { Button, Details, Paragraph } from '@digdir/designsystemet-react';
import { updateMatterBodySchema, type MatterDetail } from '@varn/contracts';
import { useI18n } from '../../lib/i18n/i18n';
import { updateMatter } from '../../lib/api/riskguide';
import { formErrorsFrom, validate, type FormErrors } from '../../lib/errors';
import { FocusAlert } from '../../components/feedback';
import { FormErrorSummary } from '../../components/form-errors';
import {
  MatterFields,
  matterBodyOf,
  matterFieldTargets,
  matterValuesOf,
} from '../../components/matter-fields';

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
  const [values, setValues] = useState(() => matterValuesOf(matter));
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(0);
  const fields = matterFieldTargets('edit-matter', t);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const checked = validate(updateMatterBodySchema, matterBodyOf(values), i18n);
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
            <MatterFields
              idPrefix="edit-matter"
              values={values}
              onChange={setValues}
              errors={errors?.fields}
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
