import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { step3Answers, type RiskguideTemplate, type TemplateStatement } from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';
import { inLocale, step3AnswerLabel } from '../../lib/riskguide-labels';
import { JumpSection } from '../../components/jump-section';
import type { Entries, Step3Entry } from './draft-answers';
import { Step3ResultView, type Step3Outcome } from './results';
import { StatementField } from './statement-field';

/**
 * Step 3 (issue 4 §4), when recommended or chosen: the conflict and complexity statements and the
 * cell of the matrix they lead to. When it was only chosen, it can be left out again.
 */
export function Step3Section({
  template,
  entries,
  onEntry,
  errors,
  recommended,
  outcome,
  onSkip,
}: {
  readonly template: RiskguideTemplate;
  readonly entries: Entries<Step3Entry>;
  readonly onEntry: (statementId: string, patch: Partial<Step3Entry>) => void;
  readonly errors: Readonly<Record<string, string>>;
  readonly recommended: boolean;
  readonly outcome: Step3Outcome | null;
  readonly onSkip: () => void;
}) {
  const { t, locale } = useI18n();
  const conflictStatements = template.step3.conflict.statements;
  const complexityStatements = template.step3.complexity.statements;
  const choices = step3Answers.map((answer) => ({ value: answer, label: step3AnswerLabel(answer, t) }));
  const answered = [...conflictStatements, ...complexityStatements].filter(
    (statement) => (entries[statement.id]?.answer ?? null) !== null,
  ).length;

  const fields = (statements: readonly TemplateStatement[]) =>
    statements.map((statement) => (
      <StatementField
        key={statement.id}
        idPrefix="s3"
        statementId={statement.id}
        text={inLocale(statement.text, locale)}
        choices={choices}
        answer={entries[statement.id]?.answer ?? null}
        comment={entries[statement.id]?.comment ?? ''}
        onAnswer={(answer) => onEntry(statement.id, { answer })}
        onComment={(comment) => onEntry(statement.id, { comment })}
        error={errors[`step3Answers.${statement.id}`]}
      />
    ));

  return (
    <JumpSection id="assessment-step3" title={t('riskguide.assessment.step3Heading')}>
      <Paragraph>
        {recommended ? t('riskguide.assessment.step3IntroRecommended') : t('riskguide.assessment.step3Intro')}
      </Paragraph>
      {!recommended && (
        <div className="button-row">
          <Button variant="tertiary" onClick={onSkip}>
            {t('riskguide.assessment.skipStep3')}
          </Button>
        </div>
      )}
      <div className="stack theme">
        <Heading level={3} data-size="xs">
          {t('riskguide.assessment.conflictHeading')}
        </Heading>
        {fields(conflictStatements)}
      </div>
      <div className="stack theme">
        <Heading level={3} data-size="xs">
          {t('riskguide.assessment.complexityHeading')}
        </Heading>
        {fields(complexityStatements)}
      </div>
      <div className="stack">
        <Heading level={3} data-size="xs">
          {t('riskguide.assessment.step3ResultHeading')}
        </Heading>
        <Paragraph className="result__summary">
          {outcome
            ? t('riskguide.live.step3', { cell: outcome.cell })
            : t('riskguide.live.step3Incomplete', {
                answered,
                total: conflictStatements.length + complexityStatements.length,
              })}
        </Paragraph>
        {outcome && <Step3ResultView outcome={outcome} matrix={template.matrix} />}
      </div>
    </JumpSection>
  );
}
