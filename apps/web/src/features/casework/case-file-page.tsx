import { useCallback, useState } from 'react';
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
import { CollapsibleSections, jumpTo, type CollapsibleParts } from '../../components/jump-section';
import { ReportSection } from './report-section';
import { TriageSection } from './triage-section';
import { StatusSection } from './status-section';
import { TimelineSection } from './timeline-section';
import { MeasuresSection } from './measures-section';
import { PoliceReportSection } from './police-report-section';
import { WorkEnvironmentSection } from './work-environment-section';
import { EvidenceSection } from './evidence-section';
import { RelatedCasesSection } from './related-cases-section';
import { CaseSummary } from './case-summary';
import { CasePart, partsNeedingAction } from './case-parts';
import type { CaseContext } from './case-context';
import './casework.css';

/** Cases of the last year, newest first: the choices for joining the police report. */
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

/** The parts, in the order of the page's list of parts. */
const parts: readonly {
  readonly id: CasePart;
  readonly label: MessageKey;
  readonly when?: (i: UnitIncidentDetail) => boolean;
}[] = [
  {
    id: CasePart.WorkEnvironment,
    label: 'casework.workEnvironment.heading',
    when: (incident) => incident.workEnvironment.required,
  },
  { id: CasePart.Report, label: 'casework.report.heading' },
  { id: CasePart.Triage, label: 'casework.triage.heading' },
  { id: CasePart.Status, label: 'casework.status.heading' },
  { id: CasePart.Measures, label: 'casework.measures.heading' },
  { id: CasePart.Police, label: 'casework.police.heading' },
  { id: CasePart.Evidence, label: 'casework.evidence.heading' },
  { id: CasePart.Related, label: 'casework.related.heading' },
  { id: CasePart.Timeline, label: 'casework.timeline.heading' },
];

/**
 * The case file (issue 9 §2): the summary on top, then the parts, each opening on demand (those
 * that need action open at first, and say why); on a wide screen the related cases and the
 * timeline stand in a column beside the rest.
 */
function CaseFile({ context }: { readonly context: CaseContext }) {
  const { t, dateTime } = useI18n();
  const { incident } = context;
  const notes = partsNeedingAction(incident);
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set(Object.keys(notes)));
  const collapsible: CollapsibleParts = {
    isOpen: (id) => open.has(id),
    setOpen: (id, value) =>
      setOpen((previous) => {
        const next = new Set(previous);
        if (value) next.add(id);
        else next.delete(id);
        return next;
      }),
    noteOf: (id) => {
      const note = notes[id as CasePart];
      return note ? t(note.key, note.n === undefined ? {} : { n: note.n }) : null;
    },
  };
  const openPart = (id: string) => collapsible.setOpen(id, true);
  const shown = parts.filter((part) => part.when?.(incident) ?? true);
  return (
    <CollapsibleSections parts={collapsible}>
      <CaseSummary incident={incident} onJump={(part) => jumpTo(part, openPart)} />
      <nav aria-label={t('casework.case.partsLabel')} className="case-toc">
        <ul className="tag-list">
          {shown.map((part) => (
            <li key={part.id}>
              <Link href={`#${part.id}`} onClick={jumpTo(part.id, openPart)}>
                {t(part.label)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="case-layout">
        <div className="case-layout__main">
          {incident.workEnvironment.required && <WorkEnvironmentSection {...context} />}
          <ReportSection {...context} />
          <TriageSection key={`triage-${incident.id}`} {...context} />
          <StatusSection {...context} />
          <MeasuresSection {...context} />
          <PoliceReportSection {...context} />
          <EvidenceSection {...context} />
        </div>
        <div className="case-layout__side">
          <RelatedCasesSection key={`related-${incident.id}`} {...context} />
          <TimelineSection {...context} />
        </div>
      </div>
      <Paragraph data-size="sm" className="muted">
        {t('casework.case.reportedFooter', { time: dateTime(incident.reportedAt) })}
      </Paragraph>
    </CollapsibleSections>
  );
}
