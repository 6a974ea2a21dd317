import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { riskLevels, type RiskguideTemplate } from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';
import { inLocale, riskLevelLabel } from '../../lib/riskguide-labels';
import { JumpSection } from '../../components/jump-section';
import type { Entries, Step2Entry } from './draft-answers';
import { StatementField } from './statement-field';

/** Step 2 (issue 4 §3): the statements by theme, each answered low, moderate or high. */
export function Step2Section({
  template,
  entries,
  onEntry,
  errors,
}: {
  readonly template: RiskguideTemplate;
  readonly entries: Entries<Step2Entry>;
  readonly onEntry: (statementId: string, patch: Partial<Step2Entry>) => void;
  readonly errors: Readonly<Record<string, string>>;
}) {
  const { t, locale } = useI18n();
  const choices = riskLevels.map((level) => ({ value: level, label: riskLevelLabel(level, t) }));
  return (
    <JumpSection id="assessment-step2" title={t('riskguide.assessment.step2Heading')}>
      <Paragraph>{t('riskguide.assessment.step2Intro')}</Paragraph>
      <Alert data-color="info">
        <Paragraph>{t('riskguide.assessment.unsure')}</Paragraph>
      </Alert>
      {template.step2.themes.map((theme) => (
        <div key={theme.id} className="stack theme">
          <Heading level={3} data-size="xs">
            {inLocale(theme.title, locale)}
          </Heading>
          {theme.statements.map((statement) => (
            <StatementField
              key={statement.id}
              idPrefix="s2"
              statementId={statement.id}
              text={inLocale(statement.text, locale)}
              choices={choices}
              answer={entries[statement.id]?.level ?? null}
              comment={entries[statement.id]?.comment ?? ''}
              onAnswer={(level) => onEntry(statement.id, { level })}
              onComment={(comment) => onEntry(statement.id, { comment })}
              error={errors[`step2Answers.${statement.id}`]}
            />
          ))}
        </div>
      ))}
    </JumpSection>
  );
}
