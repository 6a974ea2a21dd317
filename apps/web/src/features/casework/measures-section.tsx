import { useState, type FormEvent } from 'react';
import { Button, Card, Details, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { createMeasureBodySchema, type Measure } from '@varn/contracts';
import { measureTypes } from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';
import { addMeasure, updateMeasure } from '../../lib/api/incidents';
import { measureTypeLabel } from '../../lib/incident-labels';
import { measureStatusLabel } from '../../lib/measure-labels';
import { useFormSubmit } from '../../lib/use-form-submit';
import { SuccessAlert } from '../../components/feedback';
import { FormErrorSummary } from '../../components/form-errors';
import { fieldBinder } from '../../components/form-fields';
import { SelectField } from '../../components/fields';
import { DateField, TextAreaField } from '../../components/extra-fields';
import { CheckboxField } from '../../components/choice-fields';
import { JumpSection } from '../../components/jump-section';
import { MeasureEditForm, measureOwnerOptions } from '../../components/measure-edit-form';
import type { CaseContext } from './case-context';

const measureStatusColours: Readonly<Record<Measure['status'], string>> = {
  planned: 'info',
  in_progress: 'accent',
  done: 'success',
  cancelled: 'neutral',
};

/**
 * Measures (åtgärder): type, what, who, by when, status. An overdue measure says so in words and
 * is listed first.
 */
export function MeasuresSection(context: CaseContext) {
  const { t } = useI18n();
  const { incident } = context;
  const [added, setAdded] = useState(0);
  const measures = [...incident.measures].sort((a, b) => Number(b.overdue) - Number(a.overdue));
  return (
    <JumpSection id="case-measures" title={t('casework.measures.heading')}>
      <Paragraph>{t('casework.measures.intro')}</Paragraph>
      <SuccessAlert count={added}>{t('casework.measures.added')}</SuccessAlert>
      {measures.length === 0 ? (
        <Paragraph>{t('casework.measures.empty')}</Paragraph>
      ) : (
        <ul className="card-list" aria-label={t('casework.measures.listLabel')}>
          {measures.map((measure) => (
            <li key={measure.id} className="card-list__item" data-overdue={measure.overdue}>
              <MeasureCard measure={measure} context={context} />
            </li>
          ))}
        </ul>
      )}
      <AddMeasureForm context={context} onAdded={() => setAdded((n) => n + 1)} />
    </JumpSection>
  );
}

function MeasureCard({ measure, context }: { readonly measure: Measure; readonly context: CaseContext }) {
  const { t, date } = useI18n();
  return (
    <Card data-color="neutral">
      <Card.Block className="stack">
        <Heading level={3} data-size="2xs">
          {measureTypeLabel(measure.type, t)}
        </Heading>
        {measure.overdue && (
          <Paragraph>
            <Tag data-color="danger">{t('casework.measures.overdue')}</Tag>{' '}
            {measure.dueDate && t('casework.measures.overdueText', { date: date(measure.dueDate) })}
          </Paragraph>
        )}
        {measure.description !== '' && <p className="case-text">{measure.description}</p>}
        <dl className="facts">
          <dt>{t('casework.measures.owner')}</dt>
          <dd>{measure.owner ? measure.owner.name : t('casework.measures.noOwner')}</dd>
          <dt>{t('casework.measures.dueDate')}</dt>
          <dd>{measure.dueDate ? date(measure.dueDate) : t('casework.measures.noDueDate')}</dd>
          <dt>{t('casework.measures.shownToPerson')}</dt>
          <dd>{measure.visibleToPerson ? t('common.yes') : t('common.no')}</dd>
          <dt>{t('casework.measures.status')}</dt>
          <dd>
            <Tag data-color={measureStatusColours[measure.status]}>
              {measureStatusLabel(measure.status, t)}
            </Tag>
            {measure.completedAt && (
              <span className="muted">
                {' '}
                {t('casework.measures.completedAt', { date: date(measure.completedAt) })}
              </span>
            )}
          </dd>
        </dl>
      </Card.Block>
      <Details>
        <Details.Summary>
          {t('casework.measures.change')}
          <span className="ds-sr-only">: {measureTypeLabel(measure.type, t)}</span>
        </Details.Summary>
        <Details.Content>
          <MeasureEditForm
            idPrefix={`measure-${measure.id}`}
            measure={measure}
            legend={measureTypeLabel(measure.type, t)}
            owners={context.handlers}
            save={(body) => updateMeasure(context.incident.id, measure.id, body)}
            onSaved={context.refresh}
            personFlag={{
              label: t('casework.measures.visibleToPerson'),
              description: t('casework.measures.visibleToPersonHelp'),
            }}
          />
        </Details.Content>
      </Details>
    </Card>
  );
}

function AddMeasureForm({
  context,
  onAdded,
}: {
  readonly context: CaseContext;
  readonly onAdded: () => void;
}) {
  const { t } = useI18n();
  const [type, setType] = useState('');
  const [description, setDescription] = useState('');
  const [owner, setOwner] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [visibleToPerson, setVisibleToPerson] = useState(false);
  const form = useFormSubmit(createMeasureBodySchema, async (body, { clear }) => {
    await addMeasure(context.incident.id, body);
    // At once: the case is fetched again below.
    clear();
    setType('');
    setDescription('');
    setOwner('');
    setDueDate('');
    setVisibleToPerson(false);
    await context.refresh();
    onAdded();
  });
  const { errors } = form;

  const fields = {
    type: { id: 'measure-new-type', label: t('casework.measures.type') },
    description: { id: 'measure-new-description', label: t('casework.measures.description') },
    ownerUserId: { id: 'measure-new-owner', label: t('casework.measures.owner') },
    dueDate: { id: 'measure-new-due', label: t('casework.measures.dueDate') },
  };
  const field = fieldBinder(fields, errors);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void form.submit({
      type: type === '' ? undefined : type,
      description: description.trim() === '' ? undefined : description,
      ownerUserId: owner === '' ? null : owner,
      dueDate: dueDate === '' ? null : dueDate,
      visibleToPerson,
    });
  }

  return (
    <div className="subsection">
      <Heading level={3} data-size="xs">
        {t('casework.measures.addHeading')}
      </Heading>
      <FormErrorSummary errors={errors} fields={fields} attempt={form.attempt} />
      <form className="form" noValidate onSubmit={onSubmit}>
        <SelectField
          {...field('type')}
          value={type}
          onChange={setType}
          placeholder={t('casework.measures.chooseType')}
          options={measureTypes.map((value) => ({ value, label: measureTypeLabel(value, t) }))}
          required
        />
        <TextAreaField
          {...field('description')}
          description={t('casework.measures.descriptionHelp')}
          value={description}
          onChange={setDescription}
          rows={3}
          maxLength={2000}
        />
        <SelectField
          {...field('ownerUserId')}
          value={owner}
          onChange={setOwner}
          placeholder={t('casework.measures.noOwner')}
          options={measureOwnerOptions(context.handlers, null)}
        />
        <DateField {...field('dueDate')} value={dueDate} onChange={setDueDate} />
        <CheckboxField
          id="measure-new-visible"
          label={t('casework.measures.visibleToPerson')}
          description={t('casework.measures.visibleToPersonHelp')}
          checked={visibleToPerson}
          onChange={setVisibleToPerson}
        />
        <div className="button-row">
          <Button type="submit" loading={form.busy}>
            {t('casework.measures.add')}
          </Button>
        </div>
      </form>
    </div>
  );
}
