import { Paragraph } from '@digdir/designsystemet-react';
import { useI18n } from '../../lib/i18n/i18n';
import { JumpSection } from '../../components/jump-section';
import { ParticipantsFields, type ParticipantsProps } from './participants-fields';

/** Who takes part in the assessment (issue 4 §3). */
export function ParticipantsSection({ rows, onChange, nextKey, errors }: ParticipantsProps) {
  const { t } = useI18n();
  return (
    <JumpSection id="assessment-participants" title={t('riskguide.assessment.participantsHeading')}>
      <Paragraph>{t('riskguide.assessment.participantsIntro')}</Paragraph>
      {errors.participants && <Paragraph className="field-error">{errors.participants}</Paragraph>}
      <ParticipantsFields rows={rows} onChange={onChange} nextKey={nextKey} errors={errors} />
    </JumpSection>
  );
}
