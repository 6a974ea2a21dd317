import { Paragraph, Table } from '@digdir/designsystemet-react';
import { Role, TaxonomyKind } from '@varn/domain';
import type { IncidentList, IncidentSummary } from '@varn/contracts';
import { useI18n } from '../../lib/i18n/i18n';
import { useMe } from '../../lib/session/session';
import { getIncidents } from '../../lib/api/incidents';
import { useQuery } from '../../lib/use-query';
import { taxonomyLabel, useTaxonomy } from '../../lib/taxonomy-labels';
import { Page } from '../../components/page';
import { QueryView } from '../../components/feedback';
import { AppLink, ButtonLink } from '../../components/links';
import { DataTable } from '../../components/table-region';
import { PlainStatusTag } from './plain-status-tag';

/** As many as the API gives at once: a reporter's own cases are seldom more. */
const loadCases = (signal: AbortSignal): Promise<IncidentList> => getIncidents({ limit: 200 }, signal);

/** "Mina ärenden": the cases that concern the user, newest first, with a plain-language status. */
export function CasesPage() {
  const { t, date, locale } = useI18n();
  const me = useMe();
  const query = useQuery(loadCases);
  const taxonomy = useTaxonomy();
  // Labels come from the organisation's lists; until they are here, the default labels serve.
  const entries = taxonomy.status === 'success' ? taxonomy.data.entries : [];
  return (
    <Page title={t('cases.title')}>
      <Paragraph>{t(me.role === Role.PartyContact ? 'cases.introPartyContact' : 'cases.intro')}</Paragraph>
      <div className="button-row">
        <ButtonLink to="/report" variant="secondary">
          {t('report.homeLink')}
        </ButtonLink>
      </div>
      <QueryView query={query} loadingLabel={t('cases.loading')}>
        {({ incidents, total }) => {
          if (incidents.length === 0) return <Paragraph>{t('cases.empty')}</Paragraph>;
          const sorted = [...incidents].sort((a: IncidentSummary, b: IncidentSummary) =>
            b.reportedAt.localeCompare(a.reportedAt),
          );
          return (
            <>
              <DataTable label={t('cases.tableLabel')}>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell>{t('cases.reference')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('cases.reportedAt')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('cases.categories')}</Table.HeaderCell>
                    <Table.HeaderCell>{t('cases.status')}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {sorted.map((incident) => (
                    <Table.Row key={incident.id}>
                      <Table.Cell>
                        <AppLink to={`/cases/${incident.id}`}>{incident.reference}</AppLink>
                      </Table.Cell>
                      <Table.Cell className="nowrap">{date(incident.reportedAt)}</Table.Cell>
                      <Table.Cell>
                        {incident.categories
                          .map((code) => taxonomyLabel(code, TaxonomyKind.Category, locale, entries))
                          .join(', ')}
                      </Table.Cell>
                      <Table.Cell>
                        <PlainStatusTag status={incident.plainStatus} />
                      </Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </DataTable>
              {total > incidents.length && (
                <Paragraph data-size="sm">{t('cases.partial', { n: incidents.length, total })}</Paragraph>
              )}
            </>
          );
        }}
      </QueryView>
    </Page>
  );
}
