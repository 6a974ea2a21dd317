import { useCallback, useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { Button, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import type { AssessmentList, MatterList, MatterSummary } from '@varn/contracts';
import { Action } from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';
import { useCan } from '../../lib/session/access';
import { getAssessments, getMatters } from '../../lib/api/riskguide';
import { useQuery } from '../../lib/use-query';
import { Page, Section } from '../../components/page';
import { QueryView } from '../../components/feedback';
import { TextField } from '../../components/fields';
import { DataTable } from '../../components/table-region';
import { focusResults, pageOf, PageOfResults, ResultsSection } from '../../components/pager';
import { AppLink, ButtonLink } from '../../components/links';
import { CellTag, RiskLevelTag } from '../../components/risk-level-tag';
import './riskguide-matters.css';

const pageSize = 50;

function searchOf(q: string, page: number): string {
  const params = new URLSearchParams();
  if (q.trim() !== '') params.set('q', q.trim());
  if (page > 1) params.set('page', String(page));
  const search = params.toString();
  return search ? `?${search}` : '';
}

/**
 * "Riskguide": the organisation's matters (ärenden) with their result level — from step 1, or
 * the latest finished assessment's level and cell. The security unit also sees the assessments
 * waiting for step 2; screeners add matters one by one or from CSV.
 */
export function MattersPage() {
  const { t } = useI18n();
  const can = useCan();
  const [params] = useSearchParams();
  const search = params.toString();
  const q = params.get('q')?.trim() ?? '';
  const page = pageOf(params);

  const load = useCallback(
    (signal: AbortSignal) => {
      const current = new URLSearchParams(search);
      const query = current.get('q')?.trim() ?? '';
      return getMatters(
        {
          ...(query === '' ? {} : { q: query }),
          limit: pageSize,
          offset: (pageOf(current) - 1) * pageSize,
        },
        signal,
      );
    },
    [search],
  );
  const list = useQuery(load);

  return (
    <Page title={t('riskguide.matters.title')}>
      <Paragraph>{t('riskguide.matters.intro')}</Paragraph>
      {can(Action.MatterCreate) && (
        <div className="button-row">
          <ButtonLink to="/riskguide/matters/new">{t('riskguide.matters.new')}</ButtonLink>
          <ButtonLink to="/riskguide/import" variant="secondary">
            {t('riskguide.matters.import')}
          </ButtonLink>
          {can(Action.ScreeningCreate) && (
            <ButtonLink to="/screening" variant="secondary">
              {t('riskguide.matters.toScreening')}
            </ButtonLink>
          )}
        </div>
      )}
      {can(Action.RiskguideSummary) && (
        <Paragraph>
          <AppLink to="/riskguide/summary">{t('riskguide.summary.link')}</AppLink>
        </Paragraph>
      )}
      {can(Action.AssessmentRead) && <WaitingAssessments />}
      <SearchForm key={search} q={q} />
      <ResultsSection id="matters-results-heading" title={t('riskguide.matters.resultsHeading')}>
        <QueryView query={list} loadingLabel={t('riskguide.matters.loading')}>
          {(data) => <Results data={data} q={q} page={page} />}
        </QueryView>
      </ResultsSection>
    </Page>
  );
}

const loadDrafts = (signal: AbortSignal): Promise<AssessmentList> =>
  getAssessments({ status: 'draft', limit: 100 }, signal);

/** The security unit's work: drafts opened by a screening or by someone in the unit. */
function WaitingAssessments() {
  const { t, date } = useI18n();
  const drafts = useQuery(loadDrafts);
  return (
    <Section title={t('riskguide.matters.waitingHeading')} id="matters-waiting-heading">
      <Paragraph>{t('riskguide.matters.waitingIntro')}</Paragraph>
      <QueryView query={drafts} loadingLabel={t('riskguide.matters.waitingLoading')}>
        {({ assessments }) =>
          assessments.length === 0 ? (
            <Paragraph>{t('riskguide.matters.waitingEmpty')}</Paragraph>
          ) : (
            <DataTable label={t('riskguide.matters.waitingTable')}>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t('riskguide.matters.col.matter')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('riskguide.matters.col.diaryNumber')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('riskguide.matters.col.decisionDate')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('riskguide.matters.col.started')}</Table.HeaderCell>
                  <Table.HeaderCell>{t('riskguide.matters.col.changed')}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {assessments.map((assessment) => (
                  <Table.Row key={assessment.id}>
                    <Table.Cell>
                      <AppLink to={`/riskguide/assessments/${assessment.id}`}>
                        {assessment.matter.title}
                      </AppLink>
                    </Table.Cell>
                    <Table.Cell className="nowrap">{assessment.matter.diaryNumber ?? '–'}</Table.Cell>
                    <Table.Cell className="nowrap">
                      {assessment.matter.decisionDate ? date(assessment.matter.decisionDate) : '–'}
                    </Table.Cell>
                    <Table.Cell className="nowrap">{date(assessment.createdAt)}</Table.Cell>
                    <Table.Cell className="nowrap">{date(assessment.updatedAt)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </DataTable>
          )
        }
      </QueryView>
    </Section>
  );
}

function SearchForm({ q }: { readonly q: string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [value, setValue] = useState(q);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void navigate({ pathname: '/riskguide', search: searchOf(value, 1) }, { state: focusResults });
  }

  return (
    <Section title={t('riskguide.matters.searchHeading')} id="matters-search-heading">
      <form className="form" role="search" noValidate onSubmit={onSubmit}>
        <TextField
          id="matters-q"
          label={t('riskguide.matters.searchLabel')}
          description={t('riskguide.matters.searchHelp')}
          type="search"
          value={value}
          onChange={setValue}
          maxLength={100}
        />
        <div className="button-row">
          <Button type="submit">{t('riskguide.matters.search')}</Button>
          {q !== '' && (
            <Button
              variant="secondary"
              onClick={() => void navigate({ pathname: '/riskguide', search: '' }, { state: focusResults })}
            >
              {t('riskguide.matters.clearSearch')}
            </Button>
          )}
        </div>
      </form>
    </Section>
  );
}

function Results({
  data,
  q,
  page,
}: {
  readonly data: MatterList;
  readonly q: string;
  readonly page: number;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  if (data.total === 0)
    return (
      <Paragraph>{q === '' ? t('riskguide.matters.empty') : t('riskguide.matters.emptySearch')}</Paragraph>
    );
  return (
    <PageOfResults
      page={page}
      pageSize={pageSize}
      total={data.total}
      rows={data.matters.length}
      showing={(range) => t('riskguide.matters.showing', range)}
      emptyPage={t('riskguide.matters.pageEmpty')}
      pagingLabel={t('riskguide.matters.pagingLabel')}
      onPage={(target) =>
        void navigate({ pathname: '/riskguide', search: searchOf(q, target) }, { state: focusResults })
      }
    >
      <MattersTable matters={data.matters} />
    </PageOfResults>
  );
}

function MattersTable({ matters }: { readonly matters: readonly MatterSummary[] }) {
  const { t, date } = useI18n();
  // Only those who can change a title are asked to check it.
  const mayEdit = useCan()(Action.MatterUpdate);
  return (
    <>
      <Paragraph data-size="sm">{t('riskguide.matters.cellLegend')}</Paragraph>
      <DataTable label={t('riskguide.matters.tableLabel')} wide>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('riskguide.matters.col.matter')}</Table.HeaderCell>
            <Table.HeaderCell>{t('riskguide.matters.col.diaryNumber')}</Table.HeaderCell>
            <Table.HeaderCell>{t('riskguide.matters.col.body')}</Table.HeaderCell>
            <Table.HeaderCell>{t('riskguide.matters.col.decisionDate')}</Table.HeaderCell>
            <Table.HeaderCell>{t('riskguide.matters.col.screening')}</Table.HeaderCell>
            <Table.HeaderCell>{t('riskguide.matters.col.assessment')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {matters.map((matter) => (
            <Table.Row key={matter.id}>
              <Table.Cell className="matters-title">
                <AppLink to={`/riskguide/matters/${matter.id}`}>{matter.title}</AppLink>
                {mayEdit && matter.titleWarnings.length > 0 && (
                  <>
                    <br />
                    <Tag data-color="warning" data-size="sm">
                      {t('riskguide.matters.checkTitle')}
                    </Tag>
                  </>
                )}
              </Table.Cell>
              <Table.Cell className="nowrap">{matter.diaryNumber ?? '–'}</Table.Cell>
              <Table.Cell>{matter.body ?? '–'}</Table.Cell>
              <Table.Cell className="nowrap">
                {matter.decisionDate ? date(matter.decisionDate) : '–'}
              </Table.Cell>
              <Table.Cell>
                {matter.result.screeningLevel === null ? (
                  <span className="muted">{t('riskguide.matters.notScreened')}</span>
                ) : (
                  <RiskLevelTag level={matter.result.screeningLevel} />
                )}
              </Table.Cell>
              <Table.Cell>
                <span className="tag-row">
                  {matter.result.riskLevel === null ? (
                    <span className="muted">{t('riskguide.matters.notAssessed')}</span>
                  ) : (
                    <RiskLevelTag level={matter.result.riskLevel} />
                  )}
                  {matter.result.cell !== null && (
                    <CellTag
                      cell={matter.result.cell}
                      conflict={matter.result.conflictLevel}
                      complexity={matter.result.complexityLevel}
                    />
                  )}
                  {matter.result.assessmentInProgress && (
                    <Tag data-color="info" data-size="sm">
                      {t('riskguide.matters.inProgress')}
                    </Tag>
                  )}
                </span>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </DataTable>
    </>
  );
}
