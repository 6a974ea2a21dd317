import { Paragraph } from '@digdir/designsystemet-react';
import { proposeMeasures, type RiskguideTemplate } from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';
import { inLocale } from '../../lib/riskguide-labels';
import { JumpSection } from '../../components/jump-section';
import type { Step3Outcome } from './results';

/** The measures the template proposes for the matrix cell; they are chosen after finishing. */
export function ProposedMeasuresSection({
  outcome,
  template,
}: {
  readonly outcome: Step3Outcome | null;
  readonly template: RiskguideTemplate;
}) {
  const { t, locale } = useI18n();
  return (
    <JumpSection id="assessment-measures" title={t('riskguide.assessment.measuresHeading')}>
      {outcome ? (
        <>
          <Paragraph>{t('riskguide.assessment.proposedFor', { cell: outcome.cell })}</Paragraph>
          <ul>
            {proposeMeasures(outcome.cell, template).map((measure) => (
              <li key={measure.id}>{inLocale(measure.text, locale)}</li>
            ))}
          </ul>
        </>
      ) : (
        <Paragraph>{t('riskguide.assessment.proposedLater')}</Paragraph>
      )}
      <Paragraph>{t('riskguide.assessment.chooseAfterFinish')}</Paragraph>
    </JumpSection>
  );
}
