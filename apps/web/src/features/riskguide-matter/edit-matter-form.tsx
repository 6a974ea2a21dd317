import { useState, type FormEvent } from 'react';
import { Button, Details } from '@digdir/designsystemet-react';
import { updateMatterBodySchema, type MatterDetail } from '@varn/contracts';
import { useI18n } from '../../lib/i18n/i18n';
import { updateMatter } from '../../lib/api/riskguide';
import { useFormSubmit } from '../../lib/use-form-submit';
import { SuccessAlert } from '../../components/feedback';
import { FormErrorSummary } from '../../components/form-errors';
import { fieldBinder } from '../../components/form-fields';
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
  const { t } = useI18n();
  const [values, setValues] = useState(() => matterValuesOf(matter));
  const [saved, setSaved] = useState(0);
  const form = useFormSubmit(updateMatterBodySchema, async (body) => {
    onSaved(await updateMatter(matter.id, body));
    setSaved((n) => n + 1);
  });
  const { errors } = form;
  const fields = matterFieldTargets('edit-matter', t);
  const field = fieldBinder(fields, errors);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void form.submit(matterBodyOf(values));
  }

  return (
    <Details>
      <Details.Summary>{t('riskguide.matter.edit')}</Details.Summary>
      <Details.Content>
        <div className="stack">
          <SuccessAlert count={saved}>{t('common.saved')}</SuccessAlert>
          <FormErrorSummary errors={errors} fields={fields} attempt={form.attempt} />
          <form className="form" noValidate onSubmit={onSubmit}>
            <MatterFields field={field} values={values} onChange={setValues} />
            <div className="button-row">
              <Button type="submit" loading={form.busy}>
                {t('common.save')}
              </Button>
            </div>
          </form>
        </div>
      </Details.Content>
    </Details>
  );
}
