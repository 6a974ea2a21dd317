import { Paragraph, Table } from '@digdir/designsystemet-react';
import type { ScreeningList } from '@varn/contracts';
import { useI18n } from '../../lib/i18n/i18n';
import { getCurrentTemplate, getMatters, getScreenings } from '../../lib/api/riskguide';
import { useQuery } from '../../lib/use-query';
import { Page, Section } from '../../components/page';
import { ErrorAlert, QueryView } from '../../components/feedback';
import { DataTable } from '../../components/table-region';
import { AppLink } from '../../components/links';
import { ScreeningForm } from './screening-form';
import './screening.css';

/** Existing matters to choose in a row: the newest 500 are plenty for an agenda. */
const loadMatters = (signal: AbortSignal) => getMatters({ limit: 500 }, signal);

/**
 * "Screening", step 1 of Riskguide (issue 4 §2): many matters at once — an agenda — each with a
 * level, a short reason and the template's prompts. Earlier screenings are listed below.
 */
export function ScreeningPage() {
  const { t } = useI18n();
  const template = useQuery(getCurrentTemplate);
  const matters = useQuery(loadMatters);
  const screenings = useQuery(getScreenings);
  return (
    <Page title={t('riskguide.screening.title')}>
      <Paragraph>{t('riskguide.screening.intro')}</Paragraph>
      <Section title={t('riskguide.screening.newHeading')} id="screening-new-heading">
        {matters.status === 'error' && <ErrorAlert error={matters.error} onRetry={matters.reload} />}
        <QueryView query={template} loadingLabel={t('riskguide.screening.loading')}>
          {(version) => (
            <ScreeningForm
              template={version.content}
              matters={matters.status === 'success' ? matters.data.matters : []}
            />
          )}
        </QueryView>
      </Section>
      <Section title={t('riskguide.screening.earlierHeading')} id="screening-earlier-heading">
        <QueryView query={screenings} loadingLabel={t('riskguide.screening.earlierLoading')}>
          {(data) => <EarlierScreenings list={data} />}
        </QueryView>
      </Section>
    </Page>
  );
}

function EarlierScreenings({ list }: { readonly list: ScreeningList }) {
  const { t, dateTime } = useI18n();
  if (list.screenings.length === 0) return <Paragraph>{t('riskguide.screening.earlierEmpty')}</Paragraph>;
  return (
    <DataTable label={t('riskguide.screening.earlierTable')}>
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell>{t('riskguide.screening.col.screening')}</Table.HeaderCell>
          <Table.HeaderCell>{t('riskguide.screening.col.by')}</Table.HeaderCell>
          <Table.HeaderCell>{t('riskguide.screening.col.rows')}</Table.HeaderCell>
          <Table.HeaderCell>{t('riskguide.screening.col.needsStep2')}</Table.HeaderCell>
          <Table.HeaderCell>{t('riskguide.screening.col.queued')}</Table.HeaderCell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {list.screenings.map((screening) => (
          <Table.Row key={screening.id}>
            <Table.Cell>
              <AppLink to={`/screening/${screening.id}`}>
                {screening.title ??
                  t('riskguide.screening.untitled', { time: dateTime(screening.screenedAt) })}
              </AppLink>
              <br />
              <span className="muted">{dateTime(screening.screenedAt)}</span>
            </Table.Cell>
            <Table.Cell>{screening.screenedBy?.name ?? '–'}</Table.Cell>
            <Table.Cell>{screening.rows}</Table.Cell>
            <Table.Cell>{screening.needsStep2}</Table.Cell>
            <Table.Cell>{screening.queued}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </DataTable>
  );
}
