import { Paragraph } from '@digdir/designsystemet-react';
import { useI18n } from '../../lib/i18n/i18n';
import { JumpSection } from '../../components/jump-section';
import { ParticipantsFields, type ParticipantRow } from './participants-fields';

/** Who takes part in the assessment (issue 4 §3). */
export function ParticipantsSection({
  rows,
  onChange,
  nextKey,
  errors,
}: {
  readonly rows: readonly ParticipantRow[];
  readonly onChange: (rows: readonly ParticipantRow[]) => void;
  readonly nextKey: () => number;
  readonly errors: Readonly<Record<string, string>>;
}) {
  const { t } = useI18n();
  return (
    <JumpSection id="assessment-participants" title={t('riskguide.assessment.participantsHeading')}>
      <Paragraph>{t('riskguide.assessment.participantsIntro')}</Paragraph>
      {errors.participants && <Paragraph className="field-error">{errors.participants}</Paragraph>}
      <ParticipantsFields rows={rows} onChange={onChange} nextKey={nextKey} errors={errors} />
    </JumpSection>
  );
}
