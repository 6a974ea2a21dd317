import { useCallback } from 'react';
import { useParams } from 'react-router';
import { Alert, Link, Paragraph } from '@digdir/designsystemet-react';
import type { IncidentSummary, UnitIncidentDetail } from '@varn/contracts';
import { useI18n, type MessageKey } from '../../lib/i18n/i18n';
import { getHandlers, getIncident, getIncidents } from '../../lib/api/incidents';
import { useTaxonomy } from '../../lib/taxonomy-labels';
import { useQuery } from '../../lib/use-query';
import { addMonths, startOfSwedishDate, todayInSweden } from '../../lib/stockholm-dates';
import { Page } from '../../components/page';
import { ErrorAlert, QueryView } from '../../components/feedback';
import { AppLink } from '../../components/links';
import { jumpTo } from '../../components/jump-section';
import { IncidentStatusTag, SeverityTag } from './tags';
import { ReportSection } from './report-section';
import { TriageSection } from './triage-section';
import { StatusSection } from './status-section';
import { TimelineSection } from './timeline-section';
import { MeasuresSection } from './measures-section';
import { PoliceReportSection } from './police-report-section';
import { WorkEnvironmentSection } from './work-environment-section';
import { EvidenceSection } from './evidence-section';
import type { CaseContext } from './case-context';
import './casework.css';

/** Cases of the last year, newest first: the choices for "part of a series" and the police report. */
async function loadRecentCases(signal: AbortSignal): Promise<readonly IncidentSummary[]> {
  const from = startOfSwedishDate(addMonths(todayInSweden(), -12));
  const { incidents } = await getIncidents({ from, limit: 200 }, signal);
  return [...incidents].sort((a, b) => b.reportedAt.localeCompare(a.reportedAt));
}

/** "Ärende VRN-2026-0042": the security unit's case file. */
export function CaseFilePage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const load = useCallback((signal: AbortSignal) => getIncident(id, signal), [id]);
  const incident = useQuery(load);
  const taxonomy = useTaxonomy();
  const handlers = useQuery(getHandlers);
  const recent = useQuery(loadRecentCases);

  const title =
    incident.status === 'success'
      ? t('casework.case.title', { reference: incident.data.reference })
      : t('casework.case.loadingTitle');

  return (
    <Page title={title}>
      <Paragraph>
        <AppLink to="/incidents">{t('casework.case.backToQueue')}</AppLink>
      </Paragraph>
      <QueryView query={incident} loadingLabel={t('casework.case.loading')}>
        {(data) =>
          data.view === 'unit' ? (
            <QueryView query={taxonomy} loadingLabel={t('casework.case.loading')}>
              {(lists) => (
                <>
                  {handlers.status === 'error' && (
                    <ErrorAlert error={handlers.error} onRetry={handlers.reload} />
                  )}
                  <CaseFile
                    context={{
                      incident: data,
                      taxonomy: lists.entries,
                      handlers: handlers.status === 'success' ? handlers.data.handlers : [],
                      recentCases: recent.status === 'success' ? recent.data : [],
                      onChange: incident.setData,
                      refresh: async () => {
                        try {
                          incident.setData(await getIncident(data.id));
                        } catch {
                          // The command itself succeeded; the page shows what it knew and a reload fixes the rest.
                        }
                      },
                    }}
                  />
                </>
              )}
            </QueryView>
          ) : (
            <Alert data-color="warning">
              <Paragraph>{t('casework.case.notUnitView')}</Paragraph>
            </Alert>
          )
        }
      </QueryView>
    </Page>
  );
}

const parts: readonly {
  readonly id: string;
  readonly label: MessageKey;
  readonly when?: (i: UnitIncidentDetail) => boolean;
}[] = [
  {
    id: 'case-work-environment',
    label: 'casework.workEnvironment.heading',
    when: (incident) => incident.workEnvironment.required,
  },
  { id: 'case-report', label: 'casework.report.heading' },
  { id: 'case-triage', label: 'casework.triage.heading' },
  { id: 'case-status', label: 'casework.status.heading' },
  { id: 'case-timeline', label: 'casework.timeline.heading' },
  { id: 'case-measures', label: 'casework.measures.heading' },
  { id: 'case-police', label: 'casework.police.heading' },
  { id: 'case-evidence', label: 'casework.evidence.heading' },
];

function CaseFile({ context }: { readonly context: CaseContext }) {
  const { t, dateTime } = useI18n();
  const { incident } = context;
  return (
    <>
      <CaseSummary incident={incident} />
      <nav aria-label={t('casework.case.partsLabel')} className="case-toc">
        <ul className="tag-list">
          {parts
            .filter((part) => part.when?.(incident) ?? true)
            .map((part) => (
              <li key={part.id}>
                <Link href={`#${part.id}`} onClick={jumpTo(part.id)}>
                  {t(part.label)}
                </Link>
              </li>
            ))}
        </ul>
      </nav>
      {incident.workEnvironment.required && <WorkEnvironmentSection {...context} />}
      <ReportSection {...context} />
      <TriageSection key={`triage-${incident.id}`} {...context} />
      <StatusSection {...context} />
      <TimelineSection {...context} />
      <MeasuresSection {...context} />
      <PoliceReportSection {...context} />
      <EvidenceSection {...context} />
      <Paragraph data-size="sm" className="muted">
        {t('casework.case.reportedFooter', { time: dateTime(incident.reportedAt) })}
      </Paragraph>
    </>
  );
}

/** The top of the case file: severity, status, handler, and what needs attention. */
function CaseSummary({ incident }: { readonly incident: UnitIncidentDetail }) {
  const { t, dateTime } = useI18n();
  const overdue = incident.measures.filter((measure) => measure.overdue).length;
  return (
    <div className="stack">
      <dl className="facts">
        <dt>{t('casework.case.severity')}</dt>
        <dd>
          <SeverityTag severity={incident.severity} />
        </dd>
        <dt>{t('casework.case.status')}</dt>
        <dd>
          <IncidentStatusTag status={incident.status} />
        </dd>
        <dt>{t('casework.case.handler')}</dt>
        <dd>{incident.handler ? incident.handler.name : t('casework.noHandler')}</dd>
        <dt>{t('casework.case.reported')}</dt>
        <dd>
          {t('casework.case.reportedBy', {
            time: dateTime(incident.reportedAt),
            name: incident.reportedBy.name,
          })}
        </dd>
        {incident.linkedIncidents.length > 0 && (
          <>
            <dt>{t('casework.case.series')}</dt>
            <dd>
              <ul className="plain-list">
                {incident.linkedIncidents.map((linked) => (
                  <li key={linked.id}>
                    <AppLink to={`/incidents/${linked.id}`}>{linked.reference}</AppLink>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {incident.signalId !== null && (
          <>
            <dt>{t('casework.case.origin')}</dt>
            <dd>
              <AppLink to="/signals">{t('casework.case.fromSignal')}</AppLink>
            </dd>
          </>
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
            <Link href="#case-measures" onClick={jumpTo('case-measures')}>
              {t('casework.case.toMeasures')}
            </Link>
          </Paragraph>
        </Alert>
      )}
    </div>
  );
}
