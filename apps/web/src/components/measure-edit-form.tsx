import { useState, type FormEvent } from 'react';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { updateMeasureBodySchema, type Measure, type UpdateMeasureBody } from '@varn/contracts';
import { measureStatuses } from '@varn/domain';
import { useI18n } from '../lib/i18n/i18n';
import { measureStatusLabel } from '../lib/taxonomy-labels';
import { formErrorsFrom, validate, type FormErrors } from '../lib/errors';
import { FocusAlert } from './feedback';
import { FormErrorSummary, type FieldTargets } from './form-errors';
import { SelectField } from './fields';
import { DateField } from './extra-fields';

/** Someone a measure can be given to: an active security officer. */
export interface MeasureOwner {
  readonly id: string;
  readonly name: string;
}

/** The owners to choose from; a current owner who is no longer an officer stays visible. */
export function measureOwnerOptions(handlers: readonly MeasureOwner[], current: MeasureOwner | null) {
  const options = handlers.map((person) => ({ value: person.id, label: person.name }));
  if (current && !handlers.some((person) => person.id === current.id))
    options.unshift({ value: current.id, label: current.name });
  return options;
}

/**
 * Status, owner and due date of one tracked measure — of an incident or of a matter, the same
 * measures module. The fields are grouped under the measure's name (`legend`, read by screen
 * readers), so that "Status", "Ansvarig" and "Klart senast" say which measure they are for.
 */
export function MeasureEditForm({
  idPrefix,
  measure,
  legend,
  handlers,
  save,
  onSaved,
}: {
  readonly idPrefix: string;
  readonly measure: Measure;
  readonly legend: string;
  readonly handlers: readonly MeasureOwner[];
  readonly save: (body: UpdateMeasureBody) => Promise<unknown>;
  readonly onSaved: () => void | Promise<void>;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [status, setStatus] = useState<string>(measure.status);
  const [owner, setOwner] = useState(measure.owner?.id ?? '');
  const [dueDate, setDueDate] = useState(measure.dueDate ?? '');
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(0);

  const fields: FieldTargets = {
    status: { id: `${idPrefix}-status`, label: t('measure.status') },
    ownerUserId: { id: `${idPrefix}-owner`, label: t('measure.owner') },
    dueDate: { id: `${idPrefix}-due`, label: t('measure.dueDate') },
  };

  function fail(formErrors: FormErrors) {
    setErrors(formErrors);
    setAttempt((n) => n + 1);
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const checked = validate(
      updateMeasureBodySchema,
      { status, ownerUserId: owner === '' ? null : owner, dueDate: dueDate === '' ? null : dueDate },
      i18n,
    );
    if (!checked.ok) return fail(checked.errors);
    setBusy(true);
    try {
      await save(checked.data);
      setErrors(null);
      setSaved((n) => n + 1);
      await onSaved();
    } catch (error) {
      fail(formErrorsFrom(error, i18n));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="stack">
      {saved > 0 && (
        <FocusAlert key={saved} color="success">
          <Paragraph>{t('common.saved')}</Paragraph>
        </FocusAlert>
      )}
      <FormErrorSummary errors={errors} fields={fields} attempt={attempt} />
      <form className="form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <fieldset className="measure-edit">
          <legend className="ds-sr-only">{legend}</legend>
          <SelectField
            id={`${idPrefix}-status`}
            label={t('measure.status')}
            value={status}
            onChange={setStatus}
            options={measureStatuses.map((value) => ({ value, label: measureStatusLabel(value, t) }))}
            error={errors?.fields.status}
          />
          <SelectField
            id={`${idPrefix}-owner`}
            label={t('measure.owner')}
            value={owner}
            onChange={setOwner}
            placeholder={t('measure.noOwner')}
            options={measureOwnerOptions(handlers, measure.owner)}
            error={errors?.fields.ownerUserId}
          />
          <DateField
            id={`${idPrefix}-due`}
            label={t('measure.dueDate')}
            value={dueDate}
            onChange={setDueDate}
            error={errors?.fields.dueDate}
          />
        </fieldset>
        <div className="button-row">
          <Button type="submit" loading={busy}>
            {t('measure.saveChange')}
          </Button>
        </div>
      </form>
    </div>
  );
}
