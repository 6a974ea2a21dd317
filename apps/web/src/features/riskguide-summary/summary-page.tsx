import { useCallback, useState } from 'react';
import { Paragraph, Table } from '@digdir/designsystemet-react';
import type { RiskguideSummaryView } from '@varn/contracts';
import { riskLevels, type RiskLevel } from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';
import { getRiskguideSummary } from '../../lib/api/riskguide';
import { useQuery } from '../../lib/use-query';
import { formatHours } from '../../lib/durations';
import { riskLevelLabel } from '../../lib/riskguide-labels';
import { Page, Section } from '../../components/page';
import { QueryView } from '../../components/feedback';
import { lastTwelveMonths, PeriodForm, periodQuery, type Period } from '../../components/period-form';
import { CellWords, cellIntensity, MatrixGrid } from '../../components/riskguide-matrix';
import { TableRegion } from '../../components/table-region';
import './summary.css';

/**
 * "Riskguide i siffror" (issue 4 §7): what the management (viewers) reads of Riskguide, and the
 * security unit's overview — how many matters stand at which level now, what the period's
 * assessments came to and in which cells, how long they took, how the measures are going. Counts
 * only: no title, answer or name reaches this page.
 */
export function RiskguideSummaryPage() {
  const { t } = useI18n();
  const [period, setPeriod] = useState<Period>(lastTwelveMonths);
  const load = useCallback(
    (signal: AbortSignal) => getRiskguideSummary(periodQuery(period), signal),
    [period],
  );
  const summary = useQuery(load);

  return (
    <Page title={t('riskguide.summary.title')}>
      <Paragraph>{t('riskguide.summary.intro')}</Paragraph>
      <Section title={t('riskguide.summary.nowHeading')} id="summary-now-heading">
        <QueryView query={summary} loadingLabel={t('riskguide.summary.loading')}>
          {(data) => <Now data={data} />}
        </QueryView>
      </Section>
      <Section title={t('riskguide.summary.periodHeading')} id="summary-period-heading">
        <PeriodForm
          idPrefix="summary"
          period={period}
          onChange={setPeriod}
          fromLabel={t('riskguide.summary.from')}
          toLabel={t('riskguide.summary.to')}
        />
        <QueryView query={summary} loadingLabel={t('riskguide.summary.loading')}>
          {(data) => <InPeriod data={data} period={period} />}
        </QueryView>
      </Section>
    </Page>
  );
}

function Now({ data }: { readonly data: RiskguideSummaryView }) {
  const { t } = useI18n();
  const { now } = data;
  return (
    <div className="stack">
      <LevelTable
        caption={t('riskguide.summary.nowCaption')}
        counts={now.byLevel}
        extraRows={[
          [t('riskguide.summary.levelNone'), now.byLevel.none],
          [t('riskguide.summary.total'), now.matters],
        ]}
      />
      <Paragraph data-size="sm">{t('riskguide.summary.aboutLevel')}</Paragraph>
      <dl className="facts">
        <dt>{t('riskguide.summary.waiting')}</dt>
        <dd>{now.waitingForAssessment}</dd>
        <dt>{t('riskguide.summary.measuresOpen')}</dt>
        <dd>{now.measures.open}</dd>
        <dt>{t('riskguide.summary.measuresOverdue')}</dt>
        <dd>{now.measures.overdue}</dd>
        <dt>{t('riskguide.summary.measuresDone')}</dt>
        <dd>{now.measures.done}</dd>
      </dl>
    </div>
  );
}

function InPeriod({ data, period }: { readonly data: RiskguideSummaryView; readonly period: Period }) {
  const { t, date, locale } = useI18n();
  const range = { from: date(period.from), to: date(period.to) };
  const { period: figures } = data;
  const days = (value: number | null) =>
    value === null ? (
      <>
        <span aria-hidden="true">–</span>
        <span className="ds-sr-only">{t('riskguide.summary.noValue')}</span>
      </>
    ) : (
      formatHours(value * 24, locale)
    );
  return (
    <div className="stack">
      <Paragraph>{t('riskguide.summary.periodIntro', range)}</Paragraph>
      <dl className="facts">
        <dt>{t('riskguide.summary.screened')}</dt>
        <dd>{figures.screened}</dd>
        <dt>{t('riskguide.summary.assessed')}</dt>
        <dd>{figures.assessed}</dd>
        <dt>{t('riskguide.summary.medianDays')}</dt>
        <dd>{days(figures.daysToFinish.median)}</dd>
        <dt>{t('riskguide.summary.longestDays')}</dt>
        <dd>{days(figures.daysToFinish.longest)}</dd>
      </dl>
      {figures.assessed === 0 ? (
        <Paragraph>{t('riskguide.summary.empty')}</Paragraph>
      ) : (
        <>
          <LevelTable caption={t('riskguide.summary.byLevelCaption', range)} counts={figures.byRiskLevel} />
          <MatrixGrid
            matrix={data.matrix}
            caption={t('riskguide.summary.matrixCaption', range)}
            className="summary-matrix"
            renderCell={(cell, row, column) => {
              const count = figures.byCell[cell];
              return (
                <td
                  key={column}
                  className="matrix__cell"
                  data-empty={count === 0}
                  data-intensity={cellIntensity(row, column)}
                >
                  {t('riskguide.summary.cellCount', { cell, count })}
                  <CellWords complexity={row} conflict={column} />
                </td>
              );
            }}
          />
          <Paragraph data-size="sm">{t('riskguide.summary.aboutMatrix')}</Paragraph>
        </>
      )}
    </div>
  );
}

/**
 * Counts by risk level, high first, with a row header each; `extraRows` (e.g. "not assessed" and
 * the total, which is set in bold) follow.
 */
function LevelTable({
  caption,
  counts,
  extraRows = [],
}: {
  readonly caption: string;
  readonly counts: Readonly<Record<RiskLevel, number>>;
  readonly extraRows?: readonly (readonly [string, number])[];
}) {
  const { t } = useI18n();
  const rows: (readonly [string, number])[] = [
    ...[...riskLevels].reverse().map((level) => [riskLevelLabel(level, t), counts[level]] as const),
    ...extraRows,
  ];
  return (
    <TableRegion label={caption}>
      <Table data-size="sm" className="summary-table">
        <caption>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('riskguide.summary.level')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('riskguide.summary.count')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map(([name, count], index) => (
            <Table.Row
              key={name}
              className={
                extraRows.length > 0 && index === rows.length - 1 ? 'summary-table__total' : undefined
              }
            >
              <Table.HeaderCell scope="row">{name}</Table.HeaderCell>
              <Table.Cell className="summary-table__number">{count}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableRegion>
  );
}
