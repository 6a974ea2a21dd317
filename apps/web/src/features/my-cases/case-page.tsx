import { useCallback } from 'react';
import { useParams } from 'react-router';
import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { TaxonomyKind } from '@varn/domain';
import type { IncidentDetail, TaxonomyEntryView } from '@varn/contracts';
import { useI18n } from '../../lib/i18n/i18n';
import { useMe } from '../../lib/session/session';
import { getIncident } from '../../lib/api/incidents';
import { useQuery } from '../../lib/use-query';
import { taxonomyLabel, useTaxonomy } from '../../lib/taxonomy-labels';
import {
  consequenceLabel,
  motiveLabel,
  plainStatusHelp,
  targetKindLabel,
  targetRoleLabel,
} from '../../lib/incident-labels';
import { Page, Section } from '../../components/page';
import { QueryView } from '../../components/feedback';
import { AppLink } from '../../components/links';
import { PlainStatusTag } from './plain-status-tag';
import { CaseEvidence } from './case-evidence';
import { CaseConsent } from './case-consent';
import { CaseHandling } from './case-handling';
import './my-cases.css';

/**
 * One of "Mina ärenden": the status and the next step in plain language, who handles the case,
 * the police report and the support measures meant for the person (issue 9 §1), the report as it
 * was sent ("Inte angivet" for skipped questions), the evidence (download, add), and the targeted
 * person's consent to their party's security contact seeing the case. A security officer is
 * pointed to the unit's case file.
 */
export function CasePage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const load = useCallback((signal: AbortSignal) => getIncident(id, signal), [id]);
  const incident = useQuery(load);
  const title =
    incident.status === 'success'
      ? t('case.title', { reference: incident.data.reference })
      : t('case.titleLoading');
  return (
    <Page title={title}>
      <Paragraph>
        <AppLink to="/cases">{t('case.backToList')}</AppLink>
      </Paragraph>
      <QueryView query={incident} loadingLabel={t('case.loading')}>
        {(data) => <CaseDetails incident={data} onChange={incident.setData} />}
      </QueryView>
    </Page>
  );
}

function CaseDetails({
  incident,
  onChange,
}: {
  readonly incident: IncidentDetail;
  readonly onChange: (incident: IncidentDetail) => void;
}) {
  const { t, date } = useI18n();
  const me = useMe();
  const taxonomy = useTaxonomy();
  const entries = taxonomy.status === 'success' ? taxonomy.data.entries : [];
  return (
    <>
      {incident.view === 'unit' && (
        <Alert data-color="info">
          <Paragraph>{t('case.unitView')}</Paragraph>
          <Paragraph>
            <AppLink to={`/incidents/${incident.id}`}>{t('case.toUnitView')}</AppLink>
          </Paragraph>
        </Alert>
      )}
      {incident.view === 'reporter' ? (
        <CaseHandling incident={incident} />
      ) : (
        <Section title={t('case.statusHeading')} id="case-status-heading">
          <div>
            <PlainStatusTag status={incident.plainStatus} />
          </div>
          <Paragraph>{plainStatusHelp(incident.plainStatus, t)}</Paragraph>
          {incident.closedAt && (
            <Paragraph>{t('case.closedAt', { date: date(incident.closedAt) })}</Paragraph>
          )}
        </Section>
      )}
      {/* Only the targeted person decides, and only when they have a party whose contact could see it. */}
      {incident.canChangeConsent && me.party !== null && (
        <CaseConsent incident={incident} onChange={onChange} />
      )}
      <ReportFacts incident={incident} entries={entries} />
      <CaseEvidence incident={incident} />
    </>
  );
}

function ReportFacts({
  incident,
  entries,
}: {
  readonly incident: IncidentDetail;
  readonly entries: readonly TaxonomyEntryView[];
}) {
  const { t, locale, dateTime } = useI18n();
  const label = (kind: TaxonomyKind, code: string) => taxonomyLabel(code, kind, locale, entries);
  const notGiven = <span className="muted">{t('case.notGiven')}</span>;
  const from = incident.occurredFrom ? dateTime(incident.occurredFrom) : null;
  const to = incident.occurredTo ? dateTime(incident.occurredTo) : null;
  let occurred: string | null = null;
  if (from && to) occurred = t('case.occurredRange', { from, to });
  else if (from) occurred = t('case.occurredFromOnly', { from });
  else if (to) occurred = t('case.occurredToOnly', { to });
  const target =
    incident.targetName === null
      ? targetKindLabel(incident.targetKind, t)
      : `${incident.targetName} (${targetKindLabel(incident.targetKind, t)})`;
  return (
    <Section title={t('case.reportHeading')} id="case-report-heading">
      <dl className="facts">
        <dt>{t('case.description')}</dt>
        <dd className="stack">
          {incident.description
            .split(/\n+/u)
            .filter((line) => line.trim() !== '')
            .map((line, index) => (
              <Paragraph key={index}>{line}</Paragraph>
            ))}
        </dd>
        <dt>{t('case.reportedAt')}</dt>
        <dd>{dateTime(incident.reportedAt)}</dd>
        <dt>{t('case.reportedBy')}</dt>
        <dd>{incident.reportedBy.name}</dd>
        <dt>{t('case.ongoing')}</dt>
        <dd>{incident.ongoing ? t('common.yes') : t('common.no')}</dd>
        <dt>{t('case.occurred')}</dt>
        <dd>{occurred ?? notGiven}</dd>
        <dt>{t('case.target')}</dt>
        <dd>{target}</dd>
        <dt>{t('case.targetRole')}</dt>
        <dd>{incident.targetRole ? targetRoleLabel(incident.targetRole, t) : notGiven}</dd>
        <dt>{t('case.categories')}</dt>
        <dd>{incident.categories.map((code) => label(TaxonomyKind.Category, code)).join(', ')}</dd>
        <dt>{t('case.channel')}</dt>
        <dd>{incident.channel ? label(TaxonomyKind.Channel, incident.channel) : notGiven}</dd>
        <dt>{t('case.perpetrator')}</dt>
        <dd>
          {incident.perpetratorType
            ? label(TaxonomyKind.PerpetratorType, incident.perpetratorType)
            : notGiven}
        </dd>
        <dt>{t('case.motive')}</dt>
        <dd>{incident.motive ? motiveLabel(incident.motive, t) : notGiven}</dd>
        <dt>{t('case.matter')}</dt>
        <dd>{incident.matterReference ?? notGiven}</dd>
        <dt>{t('case.policeContacted')}</dt>
        <dd>
          {incident.policeContacted === null
            ? notGiven
            : incident.policeContacted
              ? t('common.yes')
              : t('common.no')}
        </dd>
        <dt>{t('case.consequences')}</dt>
        <dd>
          {incident.consequences.length > 0
            ? incident.consequences.map((code) => consequenceLabel(code, t)).join(', ')
            : notGiven}
        </dd>
      </dl>
    </Section>
  );
}
