import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ReporterIncidentDetail } from '@varn/contracts';
import { useI18n } from '../../lib/i18n/i18n';
import { measureTypeLabel, policeStatusLabel } from '../../lib/incident-labels';
import { Section } from '../../components/page';
import { MeasureStatusTag } from '../../components/measure-status-tag';
import { PlainStatusTag } from './plain-status-tag';

/**
 * What the person a case concerns needs to feel taken care of (issue 9 §1): the status and the
 * next step in plain language, who handles the case, whether it is reported to the police (and its
 * number when they made or consented to the report), and the support measures meant for them.
 */
export function CaseHandling({ incident }: { readonly incident: ReporterIncidentDetail }) {
  const { t, date } = useI18n();
  const { handler, policeReport, measures } = incident;
  return (
    <>
      <Section title={t('case.statusHeading')} id="case-status-heading">
        <div>
          <PlainStatusTag status={incident.plainStatus} />
        </div>
        <Paragraph>{t(`case.nextStep.${incident.nextStep}`)}</Paragraph>
        {incident.closedAt && <Paragraph>{t('case.closedAt', { date: date(incident.closedAt) })}</Paragraph>}
        <dl className="facts">
          <dt>{t('case.handler')}</dt>
          <dd>{handler ? handler.name : <span className="muted">{t('case.noHandler')}</span>}</dd>
          <dt>{t('case.police')}</dt>
          <dd>
            {policeReport ? (
              <>
                {t('case.policeReported', { status: policeStatusLabel(policeReport.status, t) })}
                {policeReport.reportNumber !== null && (
                  <>
                    <br />
                    {t('case.policeNumber', { number: policeReport.reportNumber })}
                  </>
                )}
              </>
            ) : (
              t('case.policeNotReported')
            )}
          </dd>
        </dl>
      </Section>
      <Section title={t('case.measuresHeading')} id="case-measures-heading">
        {measures.length === 0 ? (
          <Paragraph>{t('case.measuresEmpty')}</Paragraph>
        ) : (
          <ul className="plain-list stack" aria-labelledby="case-measures-heading">
            {measures.map((measure) => (
              <li key={measure.id} className="case-card">
                <Heading level={3} data-size="2xs">
                  {measureTypeLabel(measure.type, t)}
                </Heading>
                <div className="case-card__meta">
                  <MeasureStatusTag status={measure.status} />
                  {measure.dueDate && <span>{t('case.measureDue', { date: date(measure.dueDate) })}</span>}
                </div>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}
