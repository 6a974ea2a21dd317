import { useState, type FormEvent } from 'react';
import { Button, Checkbox, Details, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { chooseMeasuresBodySchema, type Assessment, type TemplateVersion } from '@varn/contracts';
import { useI18n } from '../../lib/i18n/i18n';
import { chooseAssessmentMeasures } from '../../lib/api/riskguide';
import { inLocale } from '../../lib/riskguide-labels';
import { useFormSubmit } from '../../lib/use-form-submit';
import { FocusAlert } from '../../components/feedback';
import { FormErrorSummary } from '../../components/form-errors';
import type { FieldTargets } from '../../components/form-fields';
import { SelectField } from '../../components/fields';
import { DateField } from '../../components/extra-fields';
import { MeasureStatusTag } from '../../components/measure-status-tag';
import { AppLink } from '../../components/links';
import { JumpSection } from '../../components/jump-section';

type Template = TemplateVersion['content'];

/** A security officer who can own a measure. */
export interface Person {
  readonly id: string;
  readonly name: string;
}

/** A measure being picked: who owns it and by when. */
interface MeasurePick {
  readonly owner: string;
  readonly dueDate: string;
}

const pickId = (measureId: string, part?: string): string =>
  part === undefined ? `pick-${measureId}` : `pick-${measureId}-${part}`;

/**
 * The measures of a finished assessment (issue 4 §4): those the matrix cell proposes, and any
 * other of the library, picked with an owner and a due date. They become tracked measures of the
 * matter, followed up on the matter's page.
 */
export function MeasuresSection({
  assessment,
  template,
  owners,
  onChange,
}: {
  readonly assessment: Assessment;
  readonly template: Template;
  readonly owners: readonly Person[];
  readonly onChange: (assessment: Assessment) => void;
}) {
  const { t, locale, date } = useI18n();
  const [picks, setPicks] = useState<Readonly<Record<string, MeasurePick>>>({});
  const [added, setAdded] = useState<{ readonly n: number; readonly attempt: number } | null>(null);

  const chosenIds = new Set(assessment.measures.chosen.map((entry) => entry.libraryMeasureId));
  const proposedIds = new Set(assessment.measures.proposed.map((measure) => measure.id));
  const proposed = template.measures.filter(
    (measure) => proposedIds.has(measure.id) && !chosenIds.has(measure.id),
  );
  const others = template.measures.filter(
    (measure) => !proposedIds.has(measure.id) && !chosenIds.has(measure.id),
  );
  const picked = template.measures.filter((measure) => picks[measure.id] !== undefined);
  const form = useFormSubmit(chooseMeasuresBodySchema, async (body) => {
    const updated = await chooseAssessmentMeasures(assessment.id, body);
    setPicks({});
    onChange(updated);
    setAdded((previous) => ({ n: picked.length, attempt: (previous?.attempt ?? 0) + 1 }));
  });
  const { errors } = form;

  const fields: FieldTargets = Object.fromEntries([
    [
      'measures',
      {
        id: proposed[0] ? pickId(proposed[0].id) : others[0] ? pickId(others[0].id) : 'measures-add',
        label: t('riskguide.measures.pickLegend'),
      },
    ],
    ...picked.flatMap((measure, index) => {
      const name = inLocale(measure.text, locale);
      return [
        [`measures.${index}.libraryMeasureId`, { id: pickId(measure.id), label: name }],
        [
          `measures.${index}.ownerUserId`,
          {
            id: pickId(measure.id, 'owner'),
            label: t('riskguide.measures.fieldOf', { field: t('riskguide.measures.owner'), measure: name }),
          },
        ],
        [
          `measures.${index}.dueDate`,
          {
            id: pickId(measure.id, 'due'),
            label: t('riskguide.measures.fieldOf', { field: t('riskguide.measures.dueDate'), measure: name }),
          },
        ],
      ] as const;
    }),
  ]);
  const errorAt = (measureId: string, field: string): string | undefined => {
    const index = picked.findIndex((measure) => measure.id === measureId);
    return index < 0 ? undefined : errors?.fields[`measures.${index}.${field}`];
  };

  function toggle(measureId: string, on: boolean) {
    setPicks((current) =>
      on
        ? { ...current, [measureId]: { owner: '', dueDate: '' } }
        : Object.fromEntries(Object.entries(current).filter(([id]) => id !== measureId)),
    );
  }

  function change(measureId: string, patch: Partial<MeasurePick>) {
    setPicks((current) => {
      const pick = current[measureId];
      return pick ? { ...current, [measureId]: { ...pick, ...patch } } : current;
    });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (form.busy) return;
    if (picked.length === 0)
      return form.fail({
        message: t('form.fixErrors'),
        fields: { measures: t('riskguide.measures.pickOne') },
      });
    void form.submit({
      measures: picked.map((measure) => {
        const pick = picks[measure.id];
        return {
          libraryMeasureId: measure.id,
          ownerUserId: pick?.owner ? pick.owner : null,
          dueDate: pick?.dueDate ? pick.dueDate : null,
        };
      }),
    });
  }

  const pickFields = (measures: Template['measures']) =>
    measures.map((measure) => {
      const pick = picks[measure.id];
      return (
        <div key={measure.id} className="measure-pick">
          <Checkbox
            id={pickId(measure.id)}
            label={inLocale(measure.text, locale)}
            checked={pick !== undefined}
            onChange={(event) => toggle(measure.id, event.target.checked)}
          />
          {pick && (
            // Named by the measure, so that "Ansvarig" and "Klart senast" say which measure they are for.
            <fieldset className="measure-pick__fields">
              <legend className="ds-sr-only">{inLocale(measure.text, locale)}</legend>
              <SelectField
                id={pickId(measure.id, 'owner')}
                label={t('riskguide.measures.owner')}
                value={pick.owner}
                onChange={(owner) => change(measure.id, { owner })}
                placeholder={t('riskguide.measures.noOwner')}
                options={owners.map((person) => ({ value: person.id, label: person.name }))}
                error={errorAt(measure.id, 'ownerUserId')}
              />
              <DateField
                id={pickId(measure.id, 'due')}
                label={t('riskguide.measures.dueDate')}
                value={pick.dueDate}
                onChange={(dueDate) => change(measure.id, { dueDate })}
                error={errorAt(measure.id, 'dueDate')}
              />
            </fieldset>
          )}
        </div>
      );
    });

  return (
    <JumpSection id="assessment-measures" title={t('riskguide.assessment.measuresHeading')}>
      {added && (
        <FocusAlert key={added.attempt} color="success">
          <Paragraph>
            {t(added.n === 1 ? 'riskguide.measures.addedOne' : 'riskguide.measures.addedMany', {
              n: added.n,
            })}
          </Paragraph>
        </FocusAlert>
      )}
      {assessment.measures.chosen.length === 0 ? (
        <Paragraph>{t('riskguide.measures.noneChosen')}</Paragraph>
      ) : (
        <>
          <ul className="chosen-measures" aria-label={t('riskguide.measures.chosenLabel')}>
            {assessment.measures.chosen.map(({ libraryMeasureId, measure }) => (
              <li key={libraryMeasureId} className="chosen-measure" data-overdue={measure.overdue}>
                <span className="chosen-measure__text">{measure.description}</span>
                <span className="chosen-measure__facts">
                  <MeasureStatusTag status={measure.status} />
                  {measure.overdue && (
                    <Tag data-color="danger" data-size="sm">
                      {t('riskguide.measures.overdue')}
                    </Tag>
                  )}
                  <span>
                    {t('riskguide.measures.ownerDue', {
                      owner: measure.owner?.name ?? t('riskguide.measures.noOwner'),
                      due: measure.dueDate ? date(measure.dueDate) : t('riskguide.measures.noDueDate'),
                    })}
                  </span>
                </span>
              </li>
            ))}
          </ul>
          <Paragraph>
            <AppLink to={`/riskguide/matters/${assessment.matter.id}`}>
              {t('riskguide.measures.followUp')}
            </AppLink>
          </Paragraph>
        </>
      )}
      {assessment.superseded ? (
        <Paragraph className="no-print">{t('riskguide.measures.superseded')}</Paragraph>
      ) : (
        (proposed.length > 0 || others.length > 0) && (
          <div className="subsection no-print">
            <Heading level={3} data-size="xs">
              {t('riskguide.measures.pickHeading')}
            </Heading>
            <Paragraph>
              {assessment.result?.step3
                ? t('riskguide.measures.pickIntroCell', { cell: assessment.result.step3.cell })
                : t('riskguide.measures.pickIntro')}
            </Paragraph>
            <FormErrorSummary errors={errors} fields={fields} attempt={form.attempt} />
            <form className="stack" noValidate onSubmit={onSubmit}>
              {proposed.length > 0 && (
                <fieldset className="measure-picks">
                  <legend className="measure-picks__legend">{t('riskguide.measures.pickLegend')}</legend>
                  {pickFields(proposed)}
                </fieldset>
              )}
              {others.length > 0 && (
                <Details>
                  <Details.Summary>{t('riskguide.measures.others', { n: others.length })}</Details.Summary>
                  <Details.Content>
                    <fieldset className="measure-picks">
                      <legend className="ds-sr-only">{t('riskguide.measures.othersLegend')}</legend>
                      {pickFields(others)}
                    </fieldset>
                  </Details.Content>
                </Details>
              )}
              {errors?.fields.measures && (
                <Paragraph className="field-error">{errors.fields.measures}</Paragraph>
              )}
              <div className="button-row">
                <Button type="submit" id="measures-add" loading={form.busy}>
                  {t('riskguide.measures.add')}
                </Button>
              </div>
            </form>
          </div>
        )
      )}
    </JumpSection>
  );
}
