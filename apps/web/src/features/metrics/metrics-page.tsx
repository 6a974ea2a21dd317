import { useCallback, useState } from 'react';
import { Paragraph, Table } from '@digdir/designsystemet-react';
import type { Metrics } from '@varn/contracts';
import { TaxonomyKind } from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';
import { getMetrics } from '../../lib/api/incidents';
import { useQuery } from '../../lib/use-query';
import { formatHours } from '../../lib/durations';
import { taxonomyLabel, useTaxonomy } from '../../lib/taxonomy-labels';
import { Page, Section } from '../../components/page';
import { QueryView } from '../../components/feedback';
import { lastTwelveMonths, PeriodForm, periodQuery, type Period } from '../../components/period-form';
import { TableRegion } from '../../components/table-region';
import './metrics.css';

type Stats = Metrics['overall'];
type Duration = Stats['toFirstContact'];

/**
 * "Handläggningstider": from report to first contact, to assessment done and to closing — count,
 * median and 90th percentile — for all cases and per category (DOMAIN.md §3, issue 3 §7).
 */
export function MetricsPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const [period, setPeriod] = useState<Period>(lastTwelveMonths);

  const load = useCallback((signal: AbortSignal) => getMetrics(periodQuery(period), signal), [period]);
  const metrics = useQuery(load);
  const taxonomy = useTaxonomy();

  return (
    <Page title={t('casework.metrics.title')}>
      <Paragraph>{t('casework.metrics.intro')}</Paragraph>
      <Section title={t('casework.metrics.periodHeading')} id="metrics-period-heading">
        <PeriodForm
          idPrefix="metrics"
          period={period}
          onChange={setPeriod}
          fromLabel={t('casework.metrics.from')}
          toLabel={t('casework.metrics.to')}
        />
      </Section>
      <Section title={t('casework.metrics.resultsHeading')} id="metrics-results-heading">
        <QueryView query={metrics} loadingLabel={t('casework.metrics.loading')}>
          {(data) => (
            <MetricsTable
              data={data}
              period={period}
              categoryName={(code) =>
                taxonomy.status === 'success'
                  ? taxonomyLabel(code, TaxonomyKind.Category, i18n.locale, taxonomy.data.entries)
                  : code
              }
            />
          )}
        </QueryView>
      </Section>
      <Section title={t('casework.metrics.aboutHeading')} id="metrics-about-heading">
        <dl className="facts">
          <dt>{t('casework.metrics.toFirstContact')}</dt>
          <dd>{t('casework.metrics.aboutFirstContact')}</dd>
          <dt>{t('casework.metrics.toAssessed')}</dt>
          <dd>{t('casework.metrics.aboutAssessed')}</dd>
          <dt>{t('casework.metrics.toClosed')}</dt>
          <dd>{t('casework.metrics.aboutClosed')}</dd>
          <dt>{t('casework.metrics.count')}</dt>
          <dd>{t('casework.metrics.aboutCount')}</dd>
          <dt>{t('casework.metrics.median')}</dt>
          <dd>{t('casework.metrics.aboutMedian')}</dd>
          <dt>{t('casework.metrics.p90')}</dt>
          <dd>{t('casework.metrics.aboutP90')}</dd>
        </dl>
        <Paragraph data-size="sm">{t('casework.metrics.aboutCategories')}</Paragraph>
      </Section>
    </Page>
  );
}

function MetricsTable({
  data,
  period,
  categoryName,
}: {
  readonly data: Metrics;
  readonly period: Period;
  readonly categoryName: (code: string) => string;
}) {
  const { t, date, locale } = useI18n();
  if (data.overall.reported === 0)
    return (
      <Paragraph>{t('casework.metrics.empty', { from: date(period.from), to: date(period.to) })}</Paragraph>
    );
  const rows = [...data.byCategory]
    .map((row) => ({ ...row, name: categoryName(row.category) }))
    .sort((a, b) => b.reported - a.reported || a.name.localeCompare(b.name, locale));
  const caption = t('casework.metrics.caption', { from: date(period.from), to: date(period.to) });

  const hours = (value: number | null) =>
    value === null ? (
      <>
        <span aria-hidden="true">–</span>
        <span className="ds-sr-only">{t('casework.metrics.noValue')}</span>
      </>
    ) : (
      formatHours(value, locale)
    );
  const cells = (stats: Duration) => (
    <>
      <Table.Cell className="metrics__number">{stats.count}</Table.Cell>
      <Table.Cell className="nowrap">{hours(stats.medianHours)}</Table.Cell>
      <Table.Cell className="nowrap">{hours(stats.p90Hours)}</Table.Cell>
    </>
  );
  const row = (key: string, name: string, stats: Stats, total = false) => (
    <Table.Row key={key} className={total ? 'metrics__total' : undefined}>
      <Table.HeaderCell scope="row">{name}</Table.HeaderCell>
      <Table.Cell className="metrics__number">{stats.reported}</Table.Cell>
      {cells(stats.toFirstContact)}
      {cells(stats.toAssessed)}
      {cells(stats.toClosed)}
    </Table.Row>
  );

  return (
    <TableRegion label={caption} wide>
      <Table data-size="sm" className="metrics">
        <caption>{caption}</caption>
        <colgroup>
          <col />
          <col />
        </colgroup>
        <colgroup span={3} />
        <colgroup span={3} />
        <colgroup span={3} />
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell rowSpan={2} scope="col">
              {t('casework.metrics.category')}
            </Table.HeaderCell>
            <Table.HeaderCell rowSpan={2} scope="col">
              {t('casework.metrics.reported')}
            </Table.HeaderCell>
            <Table.HeaderCell colSpan={3} scope="colgroup">
              {t('casework.metrics.toFirstContact')}
            </Table.HeaderCell>
            <Table.HeaderCell colSpan={3} scope="colgroup">
              {t('casework.metrics.toAssessed')}
            </Table.HeaderCell>
            <Table.HeaderCell colSpan={3} scope="colgroup">
              {t('casework.metrics.toClosed')}
            </Table.HeaderCell>
          </Table.Row>
          <Table.Row>
            {[0, 1, 2].map((group) => (
              <SubHeaders key={group} />
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {row('overall', t('casework.metrics.overall'), data.overall, true)}
          {rows.map((category) => row(category.category, category.name, category))}
        </Table.Body>
      </Table>
    </TableRegion>
  );
}

function SubHeaders() {
  const { t } = useI18n();
  return (
    <>
      <Table.HeaderCell scope="col">{t('casework.metrics.count')}</Table.HeaderCell>
      <Table.HeaderCell scope="col">{t('casework.metrics.median')}</Table.HeaderCell>
      <Table.HeaderCell scope="col">{t('casework.metrics.p90')}</Table.HeaderCell>
    </>
  );
}
