import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Button, Checkbox, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { AssessmentHistory, MatterDetail } from '@varn/contracts';
import { useI18n } from '../../lib/i18n/i18n';
import { createAssessment } from '../../lib/api/riskguide';
import { Section } from '../../components/page';
import { ErrorAlert } from '../../components/feedback';
import { ButtonLink } from '../../components/links';
import { CellTag, ComplexityTag, RiskLevelTag } from '../../components/risk-level-tag';

/**
 * What the matter came to: the level of step 1, and the latest finished assessment's level,
 * conflict level, complexity and cell. The security unit starts (or resumes) an assessment here.
 */
export function ResultSection({
  matter,
  history,
  mayAssess,
}: {
  readonly matter: MatterDetail;
  readonly history: AssessmentHistory | null;
  readonly mayAssess: boolean;
}) {
  const { t, date } = useI18n();
  const { result } = matter;
  return (
    <Section title={t('riskguide.matter.resultHeading')} id="matter-result-heading">
      <dl className="facts">
        <dt>{t('riskguide.matter.screening')}</dt>
        <dd>
          {result.screeningLevel === null ? (
            t('riskguide.matters.notScreened')
          ) : (
            <span className="tag-row">
              <RiskLevelTag level={result.screeningLevel} />
              {result.screenedAt && (
                <span className="muted">{t('riskguide.matter.on', { date: date(result.screenedAt) })}</span>
              )}
            </span>
          )}
        </dd>
        <dt>{t('riskguide.matter.riskLevel')}</dt>
        <dd>
          {result.riskLevel === null ? (
            t('riskguide.matters.notAssessed')
          ) : (
            <span className="tag-row">
              <RiskLevelTag level={result.riskLevel} />
              {result.assessedAt && (
                <span className="muted">{t('riskguide.matter.on', { date: date(result.assessedAt) })}</span>
              )}
            </span>
          )}
        </dd>
        {result.conflictLevel !== null && (
          <>
            <dt>{t('riskguide.result.conflict')}</dt>
            <dd>
              <RiskLevelTag level={result.conflictLevel} />
            </dd>
          </>
        )}
        {result.complexityLevel !== null && (
          <>
            <dt>{t('riskguide.result.complexity')}</dt>
            <dd>
              <ComplexityTag level={result.complexityLevel} />
            </dd>
          </>
        )}
        {result.cell !== null && (
          <>
            <dt>{t('riskguide.result.cellLabel')}</dt>
            <dd>
              <CellTag
                cell={result.cell}
                conflict={result.conflictLevel}
                complexity={result.complexityLevel}
              />
            </dd>
          </>
        )}
        {result.templateVersion !== null && (
          <>
            <dt>{t('riskguide.assessment.template')}</dt>
            <dd>{t('riskguide.templateVersion', { version: result.templateVersion })}</dd>
          </>
        )}
      </dl>
      {result.assessmentInProgress && (
        <Paragraph>
          <Tag data-color="info">{t('riskguide.matters.inProgress')}</Tag>{' '}
          {t('riskguide.matter.inProgressText')}
        </Paragraph>
      )}
      {mayAssess && history && <StartAssessment history={history} matterId={matter.id} />}
    </Section>
  );
}

function StartAssessment({
  history,
  matterId,
}: {
  readonly history: AssessmentHistory;
  readonly matterId: string;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const draft = history.assessments.find((assessment) => assessment.status === 'draft');
  const hasFinished = history.assessments.some((assessment) => assessment.status === 'finished');
  const [copyPrevious, setCopyPrevious] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  if (draft)
    return (
      <div className="button-row">
        <ButtonLink to={`/riskguide/assessments/${draft.id}`}>{t('riskguide.matter.resume')}</ButtonLink>
      </div>
    );

  async function onStart() {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const assessment = await createAssessment({ matterId, copyPrevious: hasFinished && copyPrevious });
      void navigate(`/riskguide/assessments/${assessment.id}`);
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  }

  return (
    <div className="stack">
      {error !== null && <ErrorAlert error={error} />}
      {hasFinished && (
        <Checkbox
          id="matter-copy-previous"
          label={t('riskguide.matter.copyPrevious')}
          description={t('riskguide.matter.copyPreviousHelp')}
          checked={copyPrevious}
          onChange={(event) => setCopyPrevious(event.target.checked)}
        />
      )}
      <div className="button-row">
        <Button onClick={() => void onStart()} loading={busy}>
          {t('riskguide.matter.newAssessment')}
        </Button>
      </div>
    </div>
  );
}
