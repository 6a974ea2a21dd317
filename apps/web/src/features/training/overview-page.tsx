import { useState } from 'react';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import type { TrainingCoverage } from '@varn/contracts';
import { Action, formatCalendarDate } from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';
import { useCan } from '../../lib/session/access';
import { getCoverage } from '../../lib/api/training';
import { useQuery } from '../../lib/use-query';
import { Page, Section } from '../../components/page';
import { QueryView } from '../../components/feedback';
import { AppLink } from '../../components/links';
import { ResponsiveTable } from '../../components/responsive-table';
import { suppressedCount, trainedShare } from './labels';
import { StatusTag } from './status-tag';
import './training.css';

const load = (signal: AbortSignal): Promise<TrainingCoverage> => getCoverage(signal);

/** Who needs training: the first rows shown (the most urgent), the rest on request. */
const dueShownFirst = 10;

/**
 * "Utbildning": coverage per course, body and party (parties as suppressed totals), and — for the
 * unit and the admin — who needs training. Viewers see the figures only.
 */
export function TrainingOverviewPage() {
  const { t, locale } = useI18n();
  const can = useCan();
  const coverage = useQuery(load);
  const manage = can(Action.TrainingManage);
  const [showAllDue, setShowAllDue] = useState(false);
  return (
    <Page title={t('training.overview.title')}>
      {manage && (
        <nav aria-label={t('training.overview.links')}>
          <ul className="training-links">
            <li>
              <AppLink to="/training/sessions">{t('training.overview.sessions')}</AppLink>
            </li>
            <li>
              <AppLink to="/training/courses">{t('training.overview.courses')}</AppLink>
            </li>
            {can(Action.TrainingCampaign) && (
              <li>
                <AppLink to="/training/campaign">{t('training.overview.campaign')}</AppLink>
              </li>
            )}
          </ul>
        </nav>
      )}
      <QueryView query={coverage} loadingLabel={t('training.loading')}>
        {(data) => (
          <>
            <Paragraph>
              {t('training.overview.intro', { day: formatCalendarDate(data.day, locale) })}
            </Paragraph>
            <Section title={t('training.overview.byCourse')} id="by-course">
              {data.courses.length === 0 ? (
                <Paragraph>{t('training.overview.noCourses')}</Paragraph>
              ) : (
                <ResponsiveTable
                  label={t('training.overview.byCourse')}
                  rows={data.courses}
                  rowKey={(row) => row.kind}
                  columns={[
                    { label: t('training.col.course'), render: (row) => t(`training.kind.${row.kind}`) },
                    { label: t('training.col.share'), render: (row) => trainedShare(row, t) },
                    { label: t('training.col.trained'), render: (row) => `${row.trained} / ${row.total}` },
                    { label: t('training.col.dueSoon'), render: (row) => row.dueSoon },
                    { label: t('training.col.overdue'), render: (row) => row.overdue },
                    { label: t('training.col.never'), render: (row) => row.never },
                  ]}
                />
              )}
            </Section>
            <Section title={t('training.overview.byBody')} id="by-body">
              {data.bodies.length === 0 ? (
                <Paragraph>{t('training.overview.noBodies')}</Paragraph>
              ) : (
                <ResponsiveTable
                  label={t('training.overview.byBody')}
                  rows={data.bodies}
                  rowKey={(row) => row.body.id}
                  columns={[
                    { label: t('training.col.body'), render: (row) => row.body.name },
                    { label: t('training.col.share'), render: (row) => trainedShare(row, t) },
                    { label: t('training.col.trained'), render: (row) => `${row.trained} / ${row.total}` },
                    { label: t('training.col.overdue'), render: (row) => row.overdue },
                    { label: t('training.col.never'), render: (row) => row.never },
                  ]}
                />
              )}
            </Section>
            <Section
              title={t('training.overview.byParty')}
              id="by-party"
              description={<Paragraph>{t('training.overview.byPartyNote')}</Paragraph>}
            >
              <ResponsiveTable
                label={t('training.overview.byParty')}
                rows={[
                  ...data.parties.parties.map((row) => ({
                    key: row.party.id,
                    name: `${row.party.name} (${row.party.abbreviation})`,
                    trained: row.trained,
                    notTrained: row.notTrained,
                  })),
                  {
                    key: 'total',
                    name: t('training.overview.partyTotal'),
                    trained: data.parties.trained,
                    notTrained: data.parties.notTrained,
                  },
                ]}
                rowKey={(row) => row.key}
                columns={[
                  { label: t('training.col.person'), render: (row) => row.name },
                  { label: t('training.col.trained'), render: (row) => suppressedCount(row.trained, t) },
                  {
                    label: t('training.col.notTrained'),
                    render: (row) => suppressedCount(row.notTrained, t),
                  },
                ]}
              />
            </Section>
            {data.due !== null && (
              <Section title={t('training.overview.due')} id="due">
                {data.due.length === 0 ? (
                  <Paragraph>{t('training.overview.dueNone')}</Paragraph>
                ) : (
                  <>
                    <ResponsiveTable
                      label={t('training.overview.due')}
                      rows={showAllDue ? data.due : data.due.slice(0, dueShownFirst)}
                      rowKey={(row) => `${row.person.id}:${row.kind}`}
                      columns={[
                        { label: t('training.col.person'), render: (row) => row.person.name },
                        { label: t('training.col.course'), render: (row) => t(`training.kind.${row.kind}`) },
                        {
                          label: t('training.col.status'),
                          render: (row) => <StatusTag status={row.status} />,
                        },
                        {
                          label: t('training.col.expires'),
                          render: (row) =>
                            row.expiresOn ? formatCalendarDate(row.expiresOn, locale) : t('training.none'),
                        },
                      ]}
                    />
                    {!showAllDue && data.due.length > dueShownFirst && (
                      <Button variant="secondary" onClick={() => setShowAllDue(true)}>
                        {t('training.overview.dueShowAll', { total: data.due.length })}
                      </Button>
                    )}
                  </>
                )}
              </Section>
            )}
          </>
        )}
      </QueryView>
    </Page>
  );
}
