import type { MouseEvent } from 'react';
import { Alert, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { UnitIncidentDetail } from '@varn/contracts';
import { useI18n } from '../../lib/i18n/i18n';
import { measureTypeLabel, policeStatusLabel } from '../../lib/incident-labels';
import { useNow } from '../../lib/use-now';
import { AppLink } from '../../components/links';
import { caseDeadlines, CasePart, type CaseDeadline } from './case-parts';
import { IncidentStatusTag, SeverityTag } from './tags';

/**
 * The top of the case file (issue 9 §2): reference, status, severity, handler, police report and
 * the deadlines, in words (a colour only repeats what the text says), and what is acute.
 */
export function CaseSummary({
  incident,
  onJump,
}: {
  readonly incident: UnitIncidentDetail;
  /** Opens a part of the case file and moves focus to it. */
  readonly onJump: (part: CasePart) => (event: MouseEvent<HTMLAnchorElement>) => void;
}) {
  const { t, dateTime } = useI18n();
  const now = useNow();
  const overdue = incident.measures.filter((measure) => measure.overdue).length;
  const acute = incident.severity === 'acute' || (incident.ongoing && incident.status !== 'closed');
  const report = incident.policeReport;
  const deadlines = caseDeadlines(incident, now);

  return (
    <section className="case-summary" aria-labelledby="case-summary-heading">
      <h2 id="case-summary-heading" className="ds-sr-only">
        {t('casework.summary.heading')}
      </h2>
      {acute && (
        <Paragraph className="case-summary__acute">
          <Tag data-color="danger">{t('casework.summary.acute')}</Tag>{' '}
          {incident.ongoing && incident.status !== 'closed'
            ? t('casework.summary.acuteOngoing')
            : t('casework.summary.acuteSeverity')}
        </Paragraph>
      )}
      <dl className="case-summary__facts">
        <div>
          <dt>{t('casework.summary.reference')}</dt>
          <dd>{incident.reference}</dd>
        </div>
        <div>
          <dt>{t('casework.case.status')}</dt>
          <dd>
            <IncidentStatusTag status={incident.status} />
          </dd>
        </div>
        <div>
          <dt>{t('casework.case.severity')}</dt>
          <dd>
            <SeverityTag severity={incident.severity} />
          </dd>
        </div>
        <div>
          <dt>{t('casework.case.handler')}</dt>
          <dd>{incident.handler ? incident.handler.name : <strong>{t('casework.noHandler')}</strong>}</dd>
        </div>
        <div>
          <dt>{t('casework.summary.police')}</dt>
          <dd>
            {report
              ? t('casework.summary.policeReported', {
                  status: policeStatusLabel(report.status, t),
                  number: report.reportNumber ?? t('casework.summary.noNumber'),
                })
              : incident.policeReportRecommended
                ? t('casework.summary.policeRecommended')
                : t('casework.summary.policeNone')}
          </dd>
        </div>
        <div>
          <dt>{t('casework.case.reported')}</dt>
          <dd>
            {t('casework.case.reportedBy', {
              time: dateTime(incident.reportedAt),
              name: incident.reportedBy.name,
            })}
          </dd>
        </div>
        <div className="case-summary__deadlines">
          <dt>{t('casework.summary.deadlines')}</dt>
          <dd>
            {deadlines.length === 0 ? (
              t('casework.summary.noDeadlines')
            ) : (
              <ul className="plain-list">
                {deadlines.map((deadline) => (
                  <li key={deadline.kind}>
                    <DeadlineText deadline={deadline} />
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        {incident.signalId !== null && (
          <div>
            <dt>{t('casework.case.origin')}</dt>
            <dd>
              <AppLink to="/signals">{t('casework.case.fromSignal')}</AppLink>
            </dd>
          </div>
        )}
      </dl>
      {incident.ongoing && incident.status !== 'closed' && (
        <Alert data-color="danger">
          <Paragraph>{t('casework.case.ongoingAlert')}</Paragraph>
        </Alert>
      )}
      {overdue > 0 && (
        <Alert data-color="warning">
          <Paragraph>
            {t(overdue === 1 ? 'casework.case.overdueOne' : 'casework.case.overdueMany', { n: overdue })}{' '}
            <Link href={`#${CasePart.Measures}`} onClick={onJump(CasePart.Measures)}>
              {t('casework.case.toMeasures')}
            </Link>
          </Paragraph>
        </Alert>
      )}
    </section>
  );
}

/** One deadline in words; a passed one says so (not only by colour). */
function DeadlineText({ deadline }: { readonly deadline: CaseDeadline }) {
  const { t, date, dateTime } = useI18n();
  const passed = deadline.passed ? (
    <>
      <Tag data-color="danger" data-size="sm">
        {t('casework.summary.passed')}
      </Tag>{' '}
    </>
  ) : null;
  switch (deadline.kind) {
    case 'work_environment':
      return (
        <>
          {passed}
          {deadline.done
            ? t('casework.summary.workEnvironmentDone', { time: dateTime(deadline.at) })
            : t('casework.summary.workEnvironmentDue', { time: dateTime(deadline.at) })}
        </>
      );
    case 'measure':
      return (
        <>
          {passed}
          {t('casework.summary.measureDue', {
            type: measureTypeLabel(deadline.type, t),
            date: date(deadline.date),
          })}
        </>
      );
    case 'police':
      return (
        <>
          {passed}
          {t('casework.summary.policeDue', { date: date(deadline.at) })}
        </>
      );
  }
}
