import { useState } from 'react';
import { flushSync } from 'react-dom';
import { Button, Link, Paragraph } from '@digdir/designsystemet-react';
import type { Assessment, TemplateVersion } from '@varn/contracts';
import { step2Statements, type RiskguideTemplate } from '@varn/domain';
import { useI18n, type I18n } from '../../lib/i18n/i18n';
import { riskLevelLabel } from '../../lib/riskguide-labels';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { FocusAlert } from '../../components/feedback';
import { FormErrorSummary } from '../../components/form-errors';
import type { FieldTargets } from '../../components/form-fields';
import { JumpSection, jumpTo } from '../../components/jump-section';
import { step3Begun } from './draft-answers';
import { liveResults, type LiveResults } from './live-results';
import { participantFunctionId, participantNameId, type ParticipantRow } from './participants-fields';
import { ParticipantsSection } from './participants-section';
import { ProposedMeasuresSection } from './proposed-measures-section';
import { SaveProblems, SaveStatusLine } from './save-status';
import { Step2ResultSection } from './step2-result-section';
import { Step2Section } from './step2-section';
import { Step3Section } from './step3-section';
import { useDraftAnswers } from './use-draft-answers';
import { useFinish } from './use-finish';

type Template = TemplateVersion['content'];

/** Every field of the draft by its body path, with its element id and its label for the error summary. */
function draftFieldTargets(
  participants: readonly ParticipantRow[],
  template: RiskguideTemplate,
  t: I18n['t'],
): FieldTargets {
  const statementIdOf = (prefix: string, id: string) => `${prefix}-${id}`;
  return Object.fromEntries([
    [
      'participants',
      {
        id: participants[0] ? participantNameId(participants[0]) : 'participant-add',
        label: t('riskguide.assessment.participantsHeading'),
      },
    ],
    ...participants.flatMap((row, index) => [
      [
        `participants.${index}.name`,
        {
          id: participantNameId(row),
          label: t('riskguide.assessment.participantField', {
            n: index + 1,
            field: t('riskguide.assessment.participantName'),
          }),
        },
      ],
      [
        `participants.${index}.function`,
        {
          id: participantFunctionId(row),
          label: t('riskguide.assessment.participantField', {
            n: index + 1,
            field: t('riskguide.assessment.participantFunction'),
          }),
        },
      ],
    ]),
    ...step2Statements(template).map((statement) => [
      `step2Answers.${statement.id}`,
      { id: statementIdOf('s2', statement.id), label: statement.id },
    ]),
    ...[...template.step3.conflict.statements, ...template.step3.complexity.statements].map((statement) => [
      `step3Answers.${statement.id}`,
      { id: statementIdOf('s3', statement.id), label: statement.id },
    ]),
  ]);
}

/**
 * A change of the step-2 level or of the matrix cell, worded once for a live region; the result
 * lines themselves change with every answer and are not announced.
 */
function useResultAnnouncement({ step2, step3 }: LiveResults): string {
  const { t } = useI18n();
  const step2Key = step2 ? `${step2.level}-${step2.recommendStep3}` : null;
  const step3Key = step3?.cell ?? null;
  const [announced, setAnnounced] = useState({ step2: step2Key, step3: step3Key, text: '' });
  if (announced.step2 !== step2Key || announced.step3 !== step3Key) {
    const messages: string[] = [];
    if (announced.step2 !== step2Key && step2)
      messages.push(
        t(step2.recommendStep3 ? 'riskguide.live.changedStep2Step3' : 'riskguide.live.changedStep2', {
          level: riskLevelLabel(step2.level, t).toLocaleLowerCase(),
        }),
      );
    if (announced.step3 !== step3Key && step3)
      messages.push(t('riskguide.live.changedStep3', { cell: step3.cell }));
    setAnnounced({
      step2: step2Key,
      step3: step3Key,
      text: messages.length > 0 ? messages.join(' ') : announced.text,
    });
  }
  return announced.text;
}

/**
 * A draft assessment, steps 2 and 3 (issue 4 §3, §4), answered in a group: participants, the
 * step-2 statements by theme, the result and why (computed here with the domain's scoring, the
 * server decides again at finish), step 3 when recommended or chosen, the matrix and the proposed
 * measures. Every change is saved shortly after (`useDraftAnswers`); finishing locks and signs it
 * (`useFinish`).
 */
export function DraftAssessment({
  assessment,
  template,
  onFinished,
  onReload,
  onShowSaved,
}: {
  readonly assessment: Assessment;
  readonly template: Template;
  readonly onFinished: (assessment: Assessment) => void;
  readonly onReload: () => void;
  /** After a conflict: show what the server has instead of what is on the screen. */
  readonly onShowSaved: (latest: Assessment) => void;
}) {
  const { t } = useI18n();
  const draft = useDraftAnswers(assessment);
  const { answers, autosave } = draft;
  const finish = useFinish({ assessment, template, answers, autosave, onFinished });
  const [confirmingSkip, setConfirmingSkip] = useState(false);

  const results = liveResults(answers.step2, answers.step3, template);
  const announcement = useResultAnnouncement(results);
  const statements2 = step2Statements(template);
  const recommended = results.step2?.recommendStep3 ?? false;
  const showStep3 = recommended || draft.step3Chosen || step3Begun(answers.step3);
  const answered2 = statements2.filter(
    (statement) => (answers.step2[statement.id]?.level ?? null) !== null,
  ).length;

  const fieldErrors = finish.errors?.fields ?? {};
  const fields = draftFieldTargets(answers.participants, template, t);

  const parts = [
    { id: 'assessment-participants', label: t('riskguide.assessment.participantsHeading') },
    { id: 'assessment-step2', label: t('riskguide.assessment.step2Heading') },
    { id: 'assessment-step2-result', label: t('riskguide.assessment.step2ResultHeading') },
    ...(showStep3 ? [{ id: 'assessment-step3', label: t('riskguide.assessment.step3Heading') }] : []),
    { id: 'assessment-measures', label: t('riskguide.assessment.measuresHeading') },
    { id: 'assessment-finish', label: t('riskguide.assessment.finishHeading') },
  ];

  function onDoStep3() {
    // Rendered at once, so that focus can move to the new part instead of falling to the page.
    flushSync(() => draft.chooseStep3());
    document.getElementById('assessment-step3')?.focus();
  }

  function skipStep3() {
    draft.dropStep3();
    setConfirmingSkip(false);
    // After the dialog has closed and given focus back to the (now removed) button.
    window.setTimeout(() => document.getElementById('assessment-step2-result')?.focus(), 0);
  }

  function onSkipStep3Click() {
    const hasInput = Object.values(answers.step3).some(
      (entry) => entry.answer !== null || entry.comment.trim() !== '',
    );
    if (hasInput) setConfirmingSkip(true);
    else skipStep3();
  }

  return (
    <>
      <SaveProblems
        status={autosave.status}
        onRetry={() => void autosave.retry()}
        onReload={onReload}
        onKeepMine={() => void draft.keepMine()}
        onShowSaved={onShowSaved}
        onFetchAgain={(error) => autosave.reportStale(error)}
      />
      {draft.kept > 0 && autosave.status.state === 'saved' && (
        <FocusAlert key={draft.kept} color="success">
          <Paragraph>{t('riskguide.autosave.kept')}</Paragraph>
        </FocusAlert>
      )}
      {/* While the assessment is being finished nothing here can change. */}
      <div className="stack" inert={finish.finishing}>
        <SaveStatusLine status={autosave.status} omitted={draft.omitted} />
        <nav aria-label={t('riskguide.assessment.partsLabel')} className="no-print">
          <ul className="tag-row plain-list">
            {parts.map((part) => (
              <li key={part.id}>
                <Link href={`#${part.id}`} onClick={jumpTo(part.id)}>
                  {part.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <FormErrorSummary errors={finish.errors} fields={fields} attempt={finish.attempt} />

        <ParticipantsSection
          rows={answers.participants}
          onChange={draft.setParticipants}
          nextKey={draft.nextParticipantKey}
          errors={fieldErrors}
        />
        <Step2Section
          template={template}
          entries={answers.step2}
          onEntry={draft.setStep2Entry}
          errors={fieldErrors}
        />
        <Step2ResultSection
          outcome={results.step2}
          answered={answered2}
          total={statements2.length}
          showStep3={showStep3}
          onDoStep3={onDoStep3}
        />
        {showStep3 && (
          <Step3Section
            template={template}
            entries={answers.step3}
            onEntry={draft.setStep3Entry}
            errors={fieldErrors}
            recommended={recommended}
            outcome={results.step3}
            onSkip={onSkipStep3Click}
          />
        )}
        <ProposedMeasuresSection outcome={results.step3} template={template} />

        <JumpSection id="assessment-finish" title={t('riskguide.assessment.finishHeading')}>
          <Paragraph>{t('riskguide.assessment.finishIntro')}</Paragraph>
          <SaveStatusLine status={autosave.status} omitted={draft.omitted} />
          <div className="button-row">
            <Button onClick={finish.start} disabled={autosave.status.state === 'conflict'}>
              {t('riskguide.assessment.finish')}
            </Button>
          </div>
        </JumpSection>
      </div>

      {/* A change of the level or the cell, said once (the result lines above change with every answer). */}
      <div className="ds-sr-only" aria-live="polite">
        {announcement}
      </div>

      <ConfirmDialog
        open={finish.confirming}
        title={t('riskguide.assessment.confirmTitle')}
        confirmLabel={t('riskguide.assessment.confirm')}
        onConfirm={finish.confirm}
        onCancel={finish.cancel}
        busy={finish.finishing}
        error={finish.finishError}
        danger={false}
      >
        <Paragraph>{t('riskguide.assessment.confirmText')}</Paragraph>
        {results.step2 && (
          <Paragraph>
            {results.step3
              ? t('riskguide.assessment.confirmResultCell', {
                  level: riskLevelLabel(results.step2.level, t).toLocaleLowerCase(),
                  cell: results.step3.cell,
                })
              : t('riskguide.assessment.confirmResult', {
                  level: riskLevelLabel(results.step2.level, t).toLocaleLowerCase(),
                })}
          </Paragraph>
        )}
      </ConfirmDialog>

      <ConfirmDialog
        open={confirmingSkip}
        title={t('riskguide.assessment.skipStep3Title')}
        confirmLabel={t('riskguide.assessment.skipStep3Confirm')}
        onConfirm={skipStep3}
        onCancel={() => setConfirmingSkip(false)}
        busy={false}
        error={null}
      >
        <Paragraph>{t('riskguide.assessment.skipStep3Text')}</Paragraph>
      </ConfirmDialog>
    </>
  );
}
