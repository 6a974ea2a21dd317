import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useI18n } from '../../lib/i18n/i18n';
import { riskLevelLabel } from '../../lib/riskguide-labels';
import { JumpSection } from '../../components/jump-section';
import { Step2ResultView, type Step2Outcome } from './results';

/** The result of step 2 and why, as answered so far; step 3 offered when it is not shown yet. */
export function Step2ResultSection({
  outcome,
  answered,
  total,
  showStep3,
  onDoStep3,
}: {
  readonly outcome: Step2Outcome | null;
  readonly answered: number;
  readonly total: number;
  readonly showStep3: boolean;
  readonly onDoStep3: () => void;
}) {
  const { t } = useI18n();
  return (
    <JumpSection id="assessment-step2-result" title={t('riskguide.assessment.step2ResultHeading')}>
      <Paragraph className="result__summary">
        {outcome
          ? t(outcome.recommendStep3 ? 'riskguide.live.step2Step3' : 'riskguide.live.step2', {
              level: riskLevelLabel(outcome.level, t).toLocaleLowerCase(),
            })
          : t('riskguide.live.step2Incomplete', { answered, total })}
      </Paragraph>
      {outcome && <Step2ResultView outcome={outcome} />}
      {!showStep3 && (
        <div className="stack">
          <Paragraph>
            {outcome ? t('riskguide.assessment.step3Optional') : t('riskguide.assessment.step3Later')}
          </Paragraph>
          <div className="button-row">
            <Button variant="secondary" onClick={onDoStep3}>
              {t('riskguide.assessment.doStep3')}
            </Button>
          </div>
        </div>
      )}
    </JumpSection>
  );
}
