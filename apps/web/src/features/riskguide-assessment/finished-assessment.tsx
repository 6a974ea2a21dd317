import { Alert, Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import type { Assessment, TemplateVersion } from '@varn/contracts';
import type { TemplateStatement } from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';
import { useMe } from '../../lib/session/session';
import { assessmentPdfUrl } from '../../lib/api/riskguide';
import {
  inLocale,
  participantFunctionLabel,
  riskLevelLabel,
  step3AnswerLabel,
} from '../../lib/riskguide-labels';
import { TableRegion } from '../../components/table-region';
import { AssessmentSection } from './assessment-section';
import { Step2ResultView, Step3ResultView } from './results';
import { MeasuresSection, type Person } from './measures-section';

type Template = TemplateVersion['content'];

/**
 * A finished assessment: locked and signed (who, when), read-only. Everything the group decided
 * — participants, answers, the result with its reasons, the matrix — and the measures, which are
 * chosen now. Printable (the print stylesheet leaves out the controls) and downloadable as PDF.
 */
export function FinishedAssessment({
  assessment,
  template,
  handlers,
  onChange,
}: {
  readonly assessment: Assessment;
  readonly template: Template;
  readonly handlers: readonly Person[];
  readonly onChange: (assessment: Assessment) => void;
}) {
  const { t, dateTime, locale } = useI18n();
  const me = useMe();
  const { result } = assessment;
  const conflictStatements = template.step3.conflict.statements;
  const complexityStatements = template.step3.complexity.statements;
  return (
    <>
      <Paragraph data-size="sm" className="print-only">
        {t('riskguide.finished.printedBy', {
          organisation: me.organisation.name,
          name: me.name,
          time: dateTime(new Date().toISOString()),
        })}
      </Paragraph>
      <Alert data-color="success">
        <Paragraph>
          {t('riskguide.finished.signed', {
            name: assessment.finishedBy?.name ?? t('riskguide.unknownPerson'),
            time: assessment.finishedAt ? dateTime(assessment.finishedAt) : '–',
          })}
        </Paragraph>
      </Alert>
      <div className="button-row no-print">
        <Button variant="secondary" onClick={() => window.print()}>
          {t('riskguide.finished.print')}
        </Button>
        <Button asChild variant="secondary">
          <a href={assessmentPdfUrl(assessment.id)} download>
            {t('riskguide.finished.pdf')}
          </a>
        </Button>
      </div>

      <AssessmentSection id="assessment-participants" title={t('riskguide.assessment.participantsHeading')}>
        <ul>
          {assessment.participants.map((participant, index) => (
            <li key={index}>
              {t('riskguide.finished.participant', {
                name: participant.name,
                function: participantFunctionLabel(participant.function, t),
              })}
            </li>
          ))}
        </ul>
      </AssessmentSection>

      <AssessmentSection id="assessment-step2" title={t('riskguide.finished.step2Answers')}>
        {template.step2.themes.map((theme) => (
          <div key={theme.id} className="stack">
            <Heading level={3} data-size="xs">
              {inLocale(theme.title, locale)}
            </Heading>
            <AnswersTable
              label={inLocale(theme.title, locale)}
              statements={theme.statements}
              answerOf={(id) => {
                const answer = assessment.step2Answers[id];
                return answer ? { text: riskLevelLabel(answer.level, t), comment: answer.comment } : null;
              }}
            />
          </div>
        ))}
      </AssessmentSection>

      {result && (
        <AssessmentSection id="assessment-step2-result" title={t('riskguide.assessment.step2ResultHeading')}>
          <Step2ResultView outcome={result.step2} />
        </AssessmentSection>
      )}

      <AssessmentSection id="assessment-step3" title={t('riskguide.assessment.step3Heading')}>
        {result?.step3 ? (
          <>
            {(
              [
                ['riskguide.assessment.conflictHeading', conflictStatements],
                ['riskguide.assessment.complexityHeading', complexityStatements],
              ] as const
            ).map(([heading, statements]) => (
              <div key={heading} className="stack">
                <Heading level={3} data-size="xs">
                  {t(heading)}
                </Heading>
                <AnswersTable
                  label={t(heading)}
                  statements={statements}
                  answerOf={(id) => {
                    const answer = assessment.step3Answers[id];
                    return answer
                      ? { text: step3AnswerLabel(answer.answer, t), comment: answer.comment }
                      : null;
                  }}
                />
              </div>
            ))}
            <Heading level={3} data-size="xs">
              {t('riskguide.assessment.step3ResultHeading')}
            </Heading>
            <Step3ResultView outcome={result.step3} matrix={template.matrix} />
          </>
        ) : (
          <Paragraph>{t('riskguide.finished.noStep3')}</Paragraph>
        )}
      </AssessmentSection>

      <MeasuresSection assessment={assessment} template={template} handlers={handlers} onChange={onChange} />
    </>
  );
}

function AnswersTable({
  label,
  statements,
  answerOf,
}: {
  readonly label: string;
  readonly statements: readonly TemplateStatement[];
  readonly answerOf: (id: string) => { readonly text: string; readonly comment: string | null } | null;
}) {
  const { t, locale } = useI18n();
  return (
    <TableRegion label={label}>
      <Table data-size="sm" className="answers">
        <caption className="ds-sr-only">{label}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('riskguide.finished.col.statement')}</Table.HeaderCell>
            <Table.HeaderCell>{t('riskguide.finished.col.answer')}</Table.HeaderCell>
            <Table.HeaderCell>{t('riskguide.finished.col.comment')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {statements.map((statement) => {
            const answer = answerOf(statement.id);
            return (
              <Table.Row key={statement.id}>
                <Table.Cell>
                  <span className="statement__id">{statement.id}</span> {inLocale(statement.text, locale)}
                </Table.Cell>
                <Table.Cell className="nowrap">{answer?.text ?? t('riskguide.answer.none')}</Table.Cell>
                <Table.Cell>{answer?.comment ?? '–'}</Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </TableRegion>
  );
}
