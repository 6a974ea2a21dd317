import { useEffect, useState, type MouseEvent } from 'react';
import { flushSync } from 'react-dom';
import { Alert, Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import type { Assessment, TemplateVersion } from '@varn/contracts';
import type { TemplateStatement } from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';
import { useMe } from '../../lib/session/session';
import { assessmentPdfUrl, downloadAssessmentPdf } from '../../lib/api/riskguide';
import { errorText } from '../../lib/errors';
import {
  inLocale,
  participantFunctionLabel,
  riskLevelLabel,
  step3AnswerLabel,
} from '../../lib/riskguide-labels';
import { TableRegion } from '../../components/table-region';
import { FocusAlert } from '../../components/feedback';
import { JumpSection } from '../../components/jump-section';
import { saveFile } from '../../lib/save-file';
import { ResultOverview } from './results';
import { MeasuresSection, type Person } from './measures-section';

type Template = TemplateVersion['content'];

/**
 * A finished assessment: locked and signed (who, when), read-only. The result first — risk level,
 * cell, their reasons and the matrix — then everything the group decided (participants, answers)
 * and the measures, which are chosen now. Printable (the print stylesheet leaves out the controls) and downloadable as PDF.
 */
export function FinishedAssessment({
  assessment,
  template,
  owners,
  onChange,
}: {
  readonly assessment: Assessment;
  readonly template: Template;
  readonly owners: readonly Person[];
  readonly onChange: (assessment: Assessment) => void;
}) {
  const i18n = useI18n();
  const { t, dateTime, locale } = i18n;
  const me = useMe();
  const { result } = assessment;
  const conflictStatements = template.step3.conflict.statements;
  const complexityStatements = template.step3.complexity.statements;
  const printedAt = usePrintTime();
  const [pdf, setPdf] = useState<{
    readonly busy: boolean;
    readonly error: unknown;
    readonly attempt: number;
  }>({ busy: false, error: null, attempt: 0 });

  // Fetched first, so that a failure (logged out, gone) is shown here instead of saved as the PDF.
  async function onPdfClick(event: MouseEvent<HTMLAnchorElement>) {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    if (pdf.busy) return;
    setPdf((previous) => ({ ...previous, busy: true, error: null }));
    try {
      const file = await downloadAssessmentPdf(assessment.id);
      saveFile(file.blob, file.fileName ?? t('riskguide.finished.pdfFileName'));
      setPdf((previous) => ({ ...previous, busy: false }));
    } catch (error) {
      setPdf((previous) => ({ busy: false, error, attempt: previous.attempt + 1 }));
    }
  }

  return (
    <>
      <Paragraph data-size="sm" className="print-only">
        {t('riskguide.finished.printedBy', {
          organisation: me.organisation.name,
          name: me.name,
          time: dateTime(printedAt),
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
          <a
            href={assessmentPdfUrl(assessment.id)}
            download
            onClick={(event) => void onPdfClick(event)}
            aria-busy={pdf.busy || undefined}
          >
            {t('riskguide.finished.pdf')}
          </a>
        </Button>
      </div>
      {pdf.error !== null && (
        <FocusAlert key={pdf.attempt} color="danger">
          <Paragraph>{t('riskguide.finished.pdfFailed', { reason: errorText(pdf.error, i18n) })}</Paragraph>
        </FocusAlert>
      )}

      {result && (
        <JumpSection id="assessment-result" title={t('riskguide.finished.resultHeading')}>
          <ResultOverview result={result} matrix={template.matrix} />
        </JumpSection>
      )}

      <JumpSection id="assessment-participants" title={t('riskguide.assessment.participantsHeading')}>
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
      </JumpSection>

      <JumpSection id="assessment-step2" title={t('riskguide.finished.step2Answers')}>
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
      </JumpSection>

      <JumpSection id="assessment-step3" title={t('riskguide.assessment.step3Heading')}>
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
            <Paragraph data-size="sm">{t('riskguide.finished.step3ResultAbove')}</Paragraph>
          </>
        ) : (
          <Paragraph>{t('riskguide.finished.noStep3')}</Paragraph>
        )}
      </JumpSection>

      <MeasuresSection assessment={assessment} template={template} owners={owners} onChange={onChange} />
    </>
  );
}

/** The time the page is printed (set just before printing), for "Utskriven av … {time}". */
function usePrintTime(): string {
  const [printedAt, setPrintedAt] = useState(() => new Date().toISOString());
  useEffect(() => {
    // At once, so that the printout shows the new time rather than the one of the last render.
    const onBeforePrint = () => flushSync(() => setPrintedAt(new Date().toISOString()));
    window.addEventListener('beforeprint', onBeforePrint);
    return () => window.removeEventListener('beforeprint', onBeforePrint);
  }, []);
  return printedAt;
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
