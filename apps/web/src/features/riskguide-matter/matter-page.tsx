import { useCallback, useState } from 'react';
import { useLocation, useParams } from 'react-router';
import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import type { AssessmentHistory, MatterDetail } from '@varn/contracts';
import { Action } from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';
import { useCan } from '../../lib/session/access';
import { getMatter, getMatterHistory } from '../../lib/api/riskguide';
import { getMeasureOwners } from '../../lib/api/measures';
import { useQuery } from '../../lib/use-query';
import { errorText } from '../../lib/errors';
import { Page, Section } from '../../components/page';
import { ErrorAlert, FocusAlert, QueryView } from '../../components/feedback';
import { AppLink } from '../../components/links';
import { TitleWarnings } from '../../components/title-warnings';
import { ResultSection } from './result-section';
import { MatterMeasuresSection } from './matter-measures-section';
import { HistorySection } from './history-section';
import { EditMatterForm } from './edit-matter-form';
import './matter.css';

const wasCreated = (state: unknown): boolean =>
  typeof state === 'object' && state !== null && 'created' in state && state.created === true;

const noHistory = (): Promise<AssessmentHistory | null> => Promise.resolve(null);
const noOwners = (): ReturnType<typeof getMeasureOwners> => Promise.resolve({ owners: [] });

/**
 * One matter (ärende): its facts, its result level and cell, its measures with their status, and
 * — for the security unit — the history of its assessments with what changed, and "Ny bedömning".
 * Each role sees what the policy allows: secretaries the result level, officials and party
 * contacts also the measures, never the answers (OSL 18 kap. 8 §).
 */
export function MatterPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const can = useCan();
  const { id = '' } = useParams();
  const location = useLocation();
  const readsHistory = can(Action.AssessmentRead);
  const handlesMeasures = can(Action.MatterHandleMeasures);
  const loadMatter = useCallback((signal: AbortSignal) => getMatter(id, signal), [id]);
  const loadHistory = useCallback(
    (signal: AbortSignal) => (readsHistory ? getMatterHistory(id, signal) : noHistory()),
    [id, readsHistory],
  );
  const matter = useQuery(loadMatter);
  const history = useQuery(loadHistory);
  const owners = useQuery(handlesMeasures ? getMeasureOwners : noOwners);
  const [refreshError, setRefreshError] = useState<unknown>(null);

  // Quietly, so the form and its "saved" message stay where they are; a failure is said, not swallowed.
  const refresh = (matterId: string) => {
    setRefreshError(null);
    getMatter(matterId).then(matter.setData, (error: unknown) => setRefreshError(error ?? new Error()));
  };

  const title = matter.status === 'success' ? matter.data.title : t('riskguide.matter.loadingTitle');
  return (
    <Page title={title}>
      <Paragraph>
        <AppLink to="/riskguide">{t('riskguide.backToMatters')}</AppLink>
      </Paragraph>
      {wasCreated(location.state) && (
        <FocusAlert color="success">
          <Paragraph>{t('riskguide.matter.created')}</Paragraph>
        </FocusAlert>
      )}
      <QueryView query={matter} loadingLabel={t('riskguide.matter.loading')}>
        {(data) => (
          <>
            <MatterFacts matter={data} />
            {data.titleWarnings.length > 0 && can(Action.MatterUpdate) && (
              <TitleWarnings warnings={data.titleWarnings} />
            )}
            {can(Action.MatterUpdate) && (
              <EditMatterForm key={data.id} matter={data} onSaved={matter.setData} />
            )}
            <ResultSection
              matter={data}
              history={history.status === 'success' ? history.data : null}
              mayAssess={can(Action.AssessmentHandle)}
            />
            {data.measures !== null && (
              <>
                {owners.status === 'error' && <ErrorAlert error={owners.error} onRetry={owners.reload} />}
                {refreshError !== null && (
                  <Alert data-color="warning" role="alert">
                    <Paragraph>
                      {t('riskguide.matter.refreshFailed', { reason: errorText(refreshError, i18n) })}
                    </Paragraph>
                    <Button
                      variant="secondary"
                      data-size="sm"
                      className="alert-action"
                      onClick={() => refresh(data.id)}
                    >
                      {t('common.retry')}
                    </Button>
                  </Alert>
                )}
                <MatterMeasuresSection
                  matterId={data.id}
                  measures={data.measures}
                  owners={owners.status === 'success' ? owners.data.owners : []}
                  mayHandle={handlesMeasures}
                  onChanged={() => refresh(data.id)}
                />
              </>
            )}
            {readsHistory && (
              <Section title={t('riskguide.history.heading')} id="matter-history-heading">
                <QueryView query={history} loadingLabel={t('riskguide.history.loading')}>
                  {(data) => (data ? <HistorySection history={data} /> : null)}
                </QueryView>
              </Section>
            )}
          </>
        )}
      </QueryView>
    </Page>
  );
}

function MatterFacts({ matter }: { readonly matter: MatterDetail }) {
  const { t, date, dateTime } = useI18n();
  return (
    <div className="stack">
      <dl className="facts">
        <dt>{t('riskguide.matter.field.diaryNumber')}</dt>
        <dd>{matter.diaryNumber ?? '–'}</dd>
        <dt>{t('riskguide.matter.field.body')}</dt>
        <dd>{matter.body ?? '–'}</dd>
        <dt>{t('riskguide.matter.field.decisionDate')}</dt>
        <dd>{matter.decisionDate ? date(matter.decisionDate) : '–'}</dd>
        <dt>{t('riskguide.matter.field.official')}</dt>
        <dd>{matter.responsibleOfficial ?? '–'}</dd>
        <dt>{t('riskguide.matter.registered')}</dt>
        <dd>
          {t('riskguide.matter.registeredText', {
            time: dateTime(matter.createdAt),
            name: matter.createdBy?.name ?? t('riskguide.unknownPerson'),
          })}
        </dd>
      </dl>
      {matter.description && <p className="matter-description">{matter.description}</p>}
    </div>
  );
}
