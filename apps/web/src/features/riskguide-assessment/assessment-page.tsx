import { useCallback, useState } from 'react';
import { useParams } from 'react-router';
import { Paragraph, Tag } from '@digdir/designsystemet-react';
import type { Assessment, TemplateVersion } from '@varn/contracts';
import { useI18n } from '../../lib/i18n/i18n';
import { getAssessment, getTemplateVersion } from '../../lib/api/riskguide';
import { getMeasureOwners } from '../../lib/api/measures';
import { useQuery } from '../../lib/use-query';
import { inLocale } from '../../lib/riskguide-labels';
import { Page } from '../../components/page';
import { ErrorAlert, FocusAlert, QueryView } from '../../components/feedback';
import { AppLink } from '../../components/links';
import { DraftAssessment } from './draft-assessment';
import { FinishedAssessment } from './finished-assessment';
import './assessment.css';

interface Loaded {
  readonly assessment: Assessment;
  /** The version the assessment uses: an old assessment keeps showing its own. */
  readonly template: TemplateVersion;
}

/** "Bedömning: Nedläggning av Norrby skola": steps 2 and 3 of one matter (security unit). */
export function AssessmentPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const load = useCallback(
    async (signal: AbortSignal): Promise<Loaded> => {
      const assessment = await getAssessment(id, signal);
      const template = await getTemplateVersion(assessment.template.id, signal);
      return { assessment, template };
    },
    [id],
  );
  const query = useQuery(load);
  const owners = useQuery(getMeasureOwners);
  const [finished, setFinished] = useState(0);
  const [showingSaved, setShowingSaved] = useState(0);

  const title =
    query.status === 'success'
      ? t('riskguide.assessment.title', { title: query.data.assessment.matter.title })
      : t('riskguide.assessment.loadingTitle');

  return (
    <Page title={title}>
      <QueryView query={query} loadingLabel={t('riskguide.assessment.loading')}>
        {({ assessment, template }) => (
          <div className="assessment stack">
            <Paragraph className="no-print">
              <AppLink to={`/riskguide/matters/${assessment.matter.id}`}>
                {t('riskguide.assessment.toMatter')}
              </AppLink>
            </Paragraph>
            {finished > 0 && (
              <FocusAlert key={finished} color="success">
                <Paragraph>{t('riskguide.assessment.finished')}</Paragraph>
              </FocusAlert>
            )}
            {showingSaved > 0 && finished === 0 && (
              <FocusAlert key={`saved-${showingSaved}`} color="info">
                <Paragraph>{t('riskguide.autosave.showingSaved')}</Paragraph>
              </FocusAlert>
            )}
            <dl className="facts">
              <dt>{t('riskguide.assessment.status')}</dt>
              <dd>
                {assessment.status === 'finished' ? (
                  <Tag data-color="success">{t('riskguide.status.finished')}</Tag>
                ) : (
                  <Tag data-color="info">{t('riskguide.status.draft')}</Tag>
                )}
              </dd>
              {assessment.matter.diaryNumber && (
                <>
                  <dt>{t('riskguide.matter.field.diaryNumber')}</dt>
                  <dd>{assessment.matter.diaryNumber}</dd>
                </>
              )}
              {assessment.matter.body && (
                <>
                  <dt>{t('riskguide.matter.field.body')}</dt>
                  <dd>{assessment.matter.body}</dd>
                </>
              )}
              {assessment.matter.decisionDate && (
                <>
                  <dt>{t('riskguide.matter.field.decisionDate')}</dt>
                  <dd>
                    <DateText iso={assessment.matter.decisionDate} />
                  </dd>
                </>
              )}
              <dt>{t('riskguide.assessment.template')}</dt>
              <dd>
                <TemplateName name={template.content.name} version={assessment.template.version} />
              </dd>
              <dt>{t('riskguide.assessment.started')}</dt>
              <dd>
                <StartedText assessment={assessment} />
              </dd>
            </dl>
            {assessment.status === 'finished' ? (
              <>
                {owners.status === 'error' && <ErrorAlert error={owners.error} onRetry={owners.reload} />}
                <FinishedAssessment
                  assessment={assessment}
                  template={template.content}
                  owners={owners.status === 'success' ? owners.data.owners : []}
                  onChange={(changed) => query.setData({ assessment: changed, template })}
                />
              </>
            ) : (
              <DraftAssessment
                key={`${assessment.id}-${assessment.revision}`}
                assessment={assessment}
                template={template.content}
                onFinished={(changed) => {
                  query.setData({ assessment: changed, template });
                  setFinished((n) => n + 1);
                }}
                onReload={query.reload}
                onShowSaved={(latest) => {
                  query.setData({ assessment: latest, template });
                  setShowingSaved((n) => n + 1);
                }}
              />
            )}
          </div>
        )}
      </QueryView>
    </Page>
  );
}

function DateText({ iso }: { readonly iso: string }) {
  const { date } = useI18n();
  return <>{date(iso)}</>;
}

function TemplateName({
  name,
  version,
}: {
  readonly name: { sv: string; en: string };
  readonly version: number;
}) {
  const { t, locale } = useI18n();
  return <>{t('riskguide.templateNameVersion', { name: inLocale(name, locale), version })}</>;
}

function StartedText({ assessment }: { readonly assessment: Assessment }) {
  const { t, dateTime } = useI18n();
  return (
    <>
      {t('riskguide.assessment.startedText', {
        name: assessment.createdBy?.name ?? t('riskguide.unknownPerson'),
        time: dateTime(assessment.createdAt),
      })}
    </>
  );
}
