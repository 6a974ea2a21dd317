import { useState, type FormEvent } from 'react';
import { Button, Details, Paragraph, Tag } from '@digdir/designsystemet-react';
import { updateMeasureBodySchema, type Measure } from '@varn/contracts';
import { measureStatuses } from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';
import { updateMatterMeasure } from '../../lib/api/riskguide';
import { measureStatusLabel } from '../../lib/taxonomy-labels';
import { formErrorsFrom, validate, type FormErrors } from '../../lib/errors';
import { Section } from '../../components/page';
import { FocusAlert } from '../../components/feedback';
import { FormErrorSummary, type FieldTargets } from '../../components/form-errors';
import { SelectField } from '../../components/fields';
import { DateField } from '../../components/extra-fields';
import { MeasureStatusTag } from '../../components/measure-status-tag';

interface Person {
  readonly id: string;
  readonly name: string;
}

/**
 * The matter's tracked measures (chosen in its assessments), each with owner, due date and
 * status; overdue ones first and said so in words. The security unit follows them up here.
 */
export function MatterMeasuresSection({
  matterId,
  measures,
  handlers,
  mayHandle,
  onChanged,
}: {
  readonly matterId: string;
  readonly measures: readonly Measure[];
  readonly handlers: readonly Person[];
  readonly mayHandle: boolean;
  readonly onChanged: () => void;
}) {
  const { t, date } = useI18n();
  const sorted = [...measures].sort((a, b) => Number(b.overdue) - Number(a.overdue));
  return (
    <Section title={t('riskguide.matter.measuresHeading')} id="matter-measures-heading">
      {sorted.length === 0 ? (
        <Paragraph>{t('riskguide.matter.noMeasures')}</Paragraph>
      ) : (
        <ul className="matter-measures" aria-label={t('riskguide.matter.measuresHeading')}>
          {sorted.map((measure) => (
            <li key={measure.id} className="matter-measure" data-overdue={measure.overdue}>
              <span className="matter-measure__text">{measure.description}</span>
              <span className="tag-row">
                <MeasureStatusTag status={measure.status} />
                {measure.overdue && (
                  <Tag data-color="danger" data-size="sm">
                    {t('riskguide.measures.overdue')}
                  </Tag>
                )}
                <span className="muted">
                  {t('riskguide.measures.ownerDue', {
                    owner: measure.owner?.name ?? t('riskguide.measures.noOwner'),
                    due: measure.dueDate ? date(measure.dueDate) : t('riskguide.measures.noDueDate'),
                  })}
                </span>
              </span>
              {mayHandle && (
                <Details>
                  <Details.Summary>
                    {t('riskguide.matter.changeMeasure')}
                    <span className="ds-sr-only">: {measure.description}</span>
                  </Details.Summary>
                  <Details.Content>
                    <EditMeasureForm
                      matterId={matterId}
                      measure={measure}
                      handlers={handlers}
                      onChanged={onChanged}
                    />
                  </Details.Content>
                </Details>
              )}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

function EditMeasureForm({
  matterId,
  measure,
  handlers,
  onChanged,
}: {
  readonly matterId: string;
  readonly measure: Measure;
  readonly handlers: readonly Person[];
  readonly onChanged: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const prefix = `matter-measure-${measure.id}`;
  const [status, setStatus] = useState<string>(measure.status);
  const [owner, setOwner] = useState(measure.owner?.id ?? '');
  const [dueDate, setDueDate] = useState(measure.dueDate ?? '');
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(0);

  const fields: FieldTargets = {
    status: { id: `${prefix}-status`, label: t('riskguide.measures.status') },
    ownerUserId: { id: `${prefix}-owner`, label: t('riskguide.measures.owner') },
    dueDate: { id: `${prefix}-due`, label: t('riskguide.measures.dueDate') },
  };
  const ownerOptions = handlers.map((person) => ({ value: person.id, label: person.name }));
  // Someone who is no longer a security officer stays visible as the current owner.
  if (measure.owner && !handlers.some((person) => person.id === measure.owner?.id))
    ownerOptions.unshift({ value: measure.owner.id, label: measure.owner.name });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const checked = validate(
      updateMeasureBodySchema,
      { status, ownerUserId: owner === '' ? null : owner, dueDate: dueDate === '' ? null : dueDate },
      i18n,
    );
    if (!checked.ok) {
      setErrors(checked.errors);
      setAttempt((n) => n + 1);
      return;
    }
    setBusy(true);
    try {
      await updateMatterMeasure(matterId, measure.id, checked.data);
      setErrors(null);
      setSaved((n) => n + 1);
      onChanged();
    } catch (error) {
      setErrors(formErrorsFrom(error, i18n));
      setAttempt((n) => n + 1);
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
        {/* Named by the measure, so that "Status", "Ansvarig" and "Klart senast" say which measure they are for. */}
        <fieldset className="measure-edit">
          <legend className="ds-sr-only">
            {t('riskguide.matter.measureLegend', { description: measure.description })}
          </legend>
          <SelectField
            id={`${prefix}-status`}
            label={t('riskguide.measures.status')}
            value={status}
            onChange={setStatus}
            options={measureStatuses.map((value) => ({ value, label: measureStatusLabel(value, t) }))}
            error={errors?.fields.status}
          />
          <SelectField
            id={`${prefix}-owner`}
            label={t('riskguide.measures.owner')}
            value={owner}
            onChange={setOwner}
            placeholder={t('riskguide.measures.noOwner')}
            options={ownerOptions}
            error={errors?.fields.ownerUserId}
          />
          <DateField
            id={`${prefix}-due`}
            label={t('riskguide.measures.dueDate')}
            value={dueDate}
            onChange={setDueDate}
            error={errors?.fields.dueDate}
          />
        </fieldset>
        <div className="button-row">
          <Button type="submit" loading={busy}>
            {t('riskguide.matter.saveMeasure')}
          </Button>
        </div>
      </form>
    </div>
  );
}
