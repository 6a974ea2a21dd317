import { useState, type FormEvent } from 'react';
import { Button } from '@digdir/designsystemet-react';
import { updateMeasureBodySchema, type Measure, type UpdateMeasureBody } from '@varn/contracts';
import { measureStatuses } from '@varn/domain';
import { useI18n } from '../lib/i18n/i18n';
import { measureStatusLabel } from '../lib/measure-labels';
import { useFormSubmit } from '../lib/use-form-submit';
import { SuccessAlert } from './feedback';
import { FormErrorSummary } from './form-errors';
import { fieldBinder } from './form-fields';
import { SelectField } from './fields';
import { DateField } from './extra-fields';
import { CheckboxField } from './choice-fields';

/** Someone a measure can be given to: an active security officer. */
export interface MeasureOwner {
  readonly id: string;
  readonly name: string;
}

/** The owners to choose from; a current owner who is no longer an officer stays visible. */
export function measureOwnerOptions(owners: readonly MeasureOwner[], current: MeasureOwner | null) {
  const options = owners.map((person) => ({ value: person.id, label: person.name }));
  if (current && !owners.some((person) => person.id === current.id))
    options.unshift({ value: current.id, label: current.name });
  return options;
}

/**
 * Status, owner and due date of one tracked measure — of an incident or of a matter, the same
 * measures module. The fields are grouped under the measure's name (`legend`, read by screen
 * readers), so that "Status", "Ansvarig" and "Klart senast" say which measure they are for.
 * A case's measure may also be shown to the person the case concerns (`personFlag`: its texts).
 */
export function MeasureEditForm({
  idPrefix,
  measure,
  legend,
  owners,
  save,
  onSaved,
  personFlag,
}: {
  readonly idPrefix: string;
  readonly measure: Measure;
  readonly legend: string;
  readonly owners: readonly MeasureOwner[];
  readonly save: (body: UpdateMeasureBody) => Promise<unknown>;
  readonly onSaved: () => void | Promise<void>;
  readonly personFlag?: { readonly label: string; readonly description: string };
}) {
  const { t } = useI18n();
  const [status, setStatus] = useState<string>(measure.status);
  const [owner, setOwner] = useState(measure.owner?.id ?? '');
  const [dueDate, setDueDate] = useState(measure.dueDate ?? '');
  const [visibleToPerson, setVisibleToPerson] = useState(measure.visibleToPerson);
  const [saved, setSaved] = useState(0);
  const form = useFormSubmit(updateMeasureBodySchema, async (body, { clear }) => {
    await save(body);
    // At once: what follows may fetch the page's data again.
    clear();
    setSaved((n) => n + 1);
    await onSaved();
  });
  const { errors } = form;

  const fields = {
    status: { id: `${idPrefix}-status`, label: t('measure.status') },
    ownerUserId: { id: `${idPrefix}-owner`, label: t('measure.owner') },
    dueDate: { id: `${idPrefix}-due`, label: t('measure.dueDate') },
  };
  const field = fieldBinder(fields, errors);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void form.submit({
      status,
      ownerUserId: owner === '' ? null : owner,
      dueDate: dueDate === '' ? null : dueDate,
      ...(personFlag ? { visibleToPerson } : {}),
    });
  }

  return (
    <div className="stack">
      <SuccessAlert count={saved}>{t('common.saved')}</SuccessAlert>
      <FormErrorSummary errors={errors} fields={fields} attempt={form.attempt} />
      <form className="form" noValidate onSubmit={onSubmit}>
        <fieldset className="measure-edit">
          <legend className="ds-sr-only">{legend}</legend>
          <SelectField
            {...field('status')}
            value={status}
            onChange={setStatus}
            options={measureStatuses.map((value) => ({ value, label: measureStatusLabel(value, t) }))}
          />
          <SelectField
            {...field('ownerUserId')}
            value={owner}
            onChange={setOwner}
            placeholder={t('measure.noOwner')}
            options={measureOwnerOptions(owners, measure.owner)}
          />
          <DateField {...field('dueDate')} value={dueDate} onChange={setDueDate} />
          {personFlag && (
            <CheckboxField
              id={`${idPrefix}-visible`}
              label={personFlag.label}
              description={personFlag.description}
              checked={visibleToPerson}
              onChange={setVisibleToPerson}
            />
          )}
        </fieldset>
        <div className="button-row">
          <Button type="submit" loading={form.busy}>
            {t('measure.saveChange')}
          </Button>
        </div>
      </form>
    </div>
  );
}
