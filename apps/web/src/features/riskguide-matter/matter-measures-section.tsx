import { Details, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { Measure } from '@varn/contracts';
import { useI18n } from '../../lib/i18n/i18n';
import { updateMatterMeasure } from '../../lib/api/riskguide';
import { Section } from '../../components/page';
import { MeasureStatusTag } from '../../components/measure-status-tag';
import { MeasureEditForm } from '../../components/measure-edit-form';

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
  owners,
  mayHandle,
  onChanged,
}: {
  readonly matterId: string;
  readonly measures: readonly Measure[];
  readonly owners: readonly Person[];
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
                    <MeasureEditForm
                      idPrefix={`matter-measure-${measure.id}`}
                      measure={measure}
                      legend={t('riskguide.matter.measureLegend', { description: measure.description })}
                      owners={owners}
                      save={(body) => updateMatterMeasure(matterId, measure.id, body)}
                      onSaved={onChanged}
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
