import { useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { Alert, Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import type { Assessment, SaveAssessmentBody, TemplateVersion } from '@varn/contracts';
import {
  describeConditionMet,
  describeStep3Trigger,
  glaslBand,
  matrixCell,
  proposeMeasures,
  riskLevels,
  scoreComplexity,
  scoreConflict,
  scoreStep2,
  step2Statements,
  step3Answers,
  type RiskLevel,
  type Step3Answer,
  type TemplateStatement,
} from '@varn/domain';
import { useI18n } from '../../lib/i18n/i18n';
import { finishAssessment } from '../../lib/api/riskguide';
import type { ApiError } from '../../lib/api/client';
import { errorText, formErrorsFrom, type FormErrors } from '../../lib/errors';
import { inLocale, riskLevelLabel, step3AnswerLabel } from '../../lib/riskguide-labels';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { FocusAlert } from '../../components/feedback';
import { FormErrorSummary, type FieldTargets } from '../../components/form-errors';
import { isStale, useAutosave, type SaveStatus } from './use-autosave';
import { StatementField } from './statement-field';
import {
  participantFunctionId,
  participantNameId,
  ParticipantsFields,
  type ParticipantRow,
} from './participants-fields';
import { Step2ResultView, Step3ResultView, type Step2Outcome, type Step3Outcome } from './results';
import { JumpSection, jumpTo } from '../../components/jump-section';

type Template = TemplateVersion['content'];

interface Step2Entry {
  readonly level: RiskLevel | null;
  readonly comment: string;
}

interface Step3Entry {
  readonly answer: Step3Answer | null;
  readonly comment: string;
}

type Entries<E> = Readonly<Record<string, E>>;

const trimmed = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/** What the save body leaves out for now, so that the status line can say so. */
interface Omitted {
  /** A comment to a statement that has no answer yet. */
  readonly comments: boolean;
  /** A participant with a name but no function, or a function but no name. */
  readonly participants: boolean;
}

function omittedOf(
  participants: readonly ParticipantRow[],
  step2: Entries<Step2Entry>,
  step3: Entries<Step3Entry>,
): Omitted {
  return {
    comments:
      Object.values(step2).some((entry) => entry.level === null && entry.comment.trim() !== '') ||
      Object.values(step3).some((entry) => entry.answer === null && entry.comment.trim() !== ''),
    participants: participants.some((row) => (row.name.trim() !== '') !== (row.function !== '')),
  };
}

/** The save body: complete participants, answered statements (a comment alone waits for its answer). */
function bodyOf(
  participants: readonly ParticipantRow[],
  step2: Entries<Step2Entry>,
  step3: Entries<Step3Entry>,
): Omit<SaveAssessmentBody, 'revision'> {
  return {
    participants: participants.flatMap((row) =>
      row.name.trim() !== '' && row.function !== ''
        ? [{ name: row.name.trim(), function: row.function }]
        : [],
    ),
    step2Answers: Object.fromEntries(
      Object.entries(step2).flatMap(([id, entry]) =>
        entry.level === null ? [] : [[id, { level: entry.level, comment: trimmed(entry.comment) }]],
      ),
    ),
    step3Answers: Object.fromEntries(
      Object.entries(step3).flatMap(([id, entry]) =>
        entry.answer === null ? [] : [[id, { answer: entry.answer, comment: trimmed(entry.comment) }]],
      ),
    ),
  };
}

/**
 * A draft assessment, steps 2 and 3 (issue 4 §3, §4), answered in a group: participants, the
 * step-2 statements by theme, the result and why (computed here with the domain's scoring, the
 * server decides again at finish), step 3 when recommended or chosen, the matrix and the proposed
 * measures. Every change is saved shortly after (`useAutosave`); finishing locks and signs it.
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
  const i18n = useI18n();
  const { t, locale } = i18n;
  // Keys of participant rows: the first new row after the stored ones (or the empty first row).
  const keys = useRef(Math.max(assessment.participants.length, 1) + 1);
  const [participants, setParticipants] = useState<readonly ParticipantRow[]>(() =>
    assessment.participants.length > 0
      ? assessment.participants.map((participant, index) => ({ key: index + 1, ...participant }))
      : [{ key: 1, name: '', function: '' }],
  );
  const [step2, setStep2] = useState<Entries<Step2Entry>>(() =>
    Object.fromEntries(
      Object.entries(assessment.step2Answers).map(([id, answer]) => [
        id,
        { level: answer.level, comment: answer.comment ?? '' },
      ]),
    ),
  );
  const [step3, setStep3] = useState<Entries<Step3Entry>>(() =>
    Object.fromEntries(
      Object.entries(assessment.step3Answers).map(([id, answer]) => [
        id,
        { answer: answer.answer, comment: answer.comment ?? '' },
      ]),
    ),
  );
  const [step3Chosen, setStep3Chosen] = useState(Object.keys(assessment.step3Answers).length > 0);
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const [finishing, setFinishing] = useState(false);
  const [finishError, setFinishError] = useState<unknown>(null);
  const [confirmingSkip, setConfirmingSkip] = useState(false);
  const [kept, setKept] = useState(0);

  const body = useMemo(() => bodyOf(participants, step2, step3), [participants, step2, step3]);
  const omitted = omittedOf(participants, step2, step3);
  const autosave = useAutosave(assessment, body);

  const statements2 = step2Statements(template);
  const conflictStatements = template.step3.conflict.statements;
  const complexityStatements = template.step3.complexity.statements;

  // Live results with the domain's functions; the server scores again when the assessment is finished.
  const step2Score = scoreStep2(
    Object.fromEntries(Object.entries(step2).map(([id, entry]) => [id, entry.level])),
    template,
  );
  const answers3 = (statements: readonly TemplateStatement[]) =>
    Object.fromEntries(statements.map((statement) => [statement.id, step3[statement.id]?.answer ?? null]));
  const conflict = scoreConflict(answers3(conflictStatements), template);
  const complexity = scoreComplexity(answers3(complexityStatements), template);
  const step2Outcome: Step2Outcome | null = step2Score.ok
    ? {
        level: step2Score.level,
        sum: step2Score.sum,
        highCount: step2Score.highCount,
        reasons: step2Score.reasons.map((reason) => ({ text: describeConditionMet(reason) })),
        recommendStep3: step2Score.recommendStep3,
        step3Reasons: step2Score.step3Reasons.map((met) => ({ text: describeStep3Trigger(met) })),
      }
    : null;
  const step3Outcome: Step3Outcome | null =
    conflict.ok && complexity.ok
      ? {
          conflict: {
            level: conflict.level,
            sum: conflict.sum,
            reasons: conflict.reasons.map((reason) => ({ text: describeConditionMet(reason) })),
          },
          complexity: {
            level: complexity.level,
            sum: complexity.sum,
            reasons: complexity.reasons.map((reason) => ({ text: describeConditionMet(reason) })),
          },
          cell: matrixCell(conflict.level, complexity.level, template),
          glaslBand: glaslBand(conflict.level, template),
        }
      : null;
  const recommended = step2Outcome?.recommendStep3 ?? false;
  const step3Begun = Object.values(step3).some((entry) => entry.answer !== null);
  const showStep3 = recommended || step3Chosen || step3Begun;
  const answered2 = statements2.filter((statement) => (step2[statement.id]?.level ?? null) !== null).length;
  const answered3 = [...conflictStatements, ...complexityStatements].filter(
    (statement) => (step3[statement.id]?.answer ?? null) !== null,
  ).length;

  // Announced only when the level or the cell changes, not with every answer (the lines below count them).
  const step2Key = step2Outcome ? `${step2Outcome.level}-${step2Outcome.recommendStep3}` : null;
  const step3Key = step3Outcome?.cell ?? null;
  const [announced, setAnnounced] = useState({ step2: step2Key, step3: step3Key, text: '' });
  if (announced.step2 !== step2Key || announced.step3 !== step3Key) {
    const messages: string[] = [];
    if (announced.step2 !== step2Key && step2Outcome)
      messages.push(
        t(step2Outcome.recommendStep3 ? 'riskguide.live.changedStep2Step3' : 'riskguide.live.changedStep2', {
          level: riskLevelLabel(step2Outcome.level, t).toLocaleLowerCase(),
        }),
      );
    if (announced.step3 !== step3Key && step3Outcome)
      messages.push(t('riskguide.live.changedStep3', { cell: step3Outcome.cell }));
    setAnnounced({
      step2: step2Key,
      step3: step3Key,
      text: messages.length > 0 ? messages.join(' ') : announced.text,
    });
  }

  const fieldErrors = errors?.fields ?? {};
  const statementIdOf = (prefix: string, id: string) => `${prefix}-${id}`;
  const fields: FieldTargets = Object.fromEntries([
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
    ...statements2.map((statement) => [
      `step2Answers.${statement.id}`,
      { id: statementIdOf('s2', statement.id), label: statement.id },
    ]),
    ...[...conflictStatements, ...complexityStatements].map((statement) => [
      `step3Answers.${statement.id}`,
      { id: statementIdOf('s3', statement.id), label: statement.id },
    ]),
  ]);

  /** What the server would refuse at finish, found here first with the same rules. */
  function checkBeforeFinish(): Record<string, string> {
    const found: Record<string, string> = {};
    participants.forEach((row, index) => {
      if (row.name.trim() !== '' && row.function === '')
        found[`participants.${index}.function`] = t('riskguide.assessment.functionRequired');
      if (row.name.trim() === '' && row.function !== '')
        found[`participants.${index}.name`] = t('riskguide.assessment.nameRequired');
    });
    if (body.participants.length === 0 && Object.keys(found).length === 0)
      found.participants = t('riskguide.assessment.participantsRequired');
    for (const statement of statements2)
      if ((step2[statement.id]?.level ?? null) === null)
        found[`step2Answers.${statement.id}`] = t('riskguide.assessment.answerRequired');
    if (step3Begun)
      for (const statement of [...conflictStatements, ...complexityStatements])
        if ((step3[statement.id]?.answer ?? null) === null)
          found[`step3Answers.${statement.id}`] = t('riskguide.assessment.step3Incomplete');
    return found;
  }

  function onFinishClick() {
    const found = checkBeforeFinish();
    if (Object.keys(found).length > 0) {
      setErrors({ message: t('riskguide.assessment.finishFix'), fields: found });
      setAttempt((n) => n + 1);
      return;
    }
    setErrors(null);
    setFinishError(null);
    setConfirming(true);
  }

  async function onConfirmFinish() {
    if (finishing) return;
    setFinishing(true);
    setFinishError(null);
    let stage: 'save' | 'finish' = 'save';
    try {
      // Everything on the screen is saved first; nothing more is saved while finishing runs.
      const revision = await autosave.flush();
      stage = 'finish';
      onFinished(await finishAssessment(assessment.id, revision));
    } catch (error) {
      // Finishing failed: the draft is saved again as it changes (a failed save says so itself).
      if (stage === 'finish') autosave.release();
      if (isStale(error)) {
        setConfirming(false);
        // A conflict while saving is already reported by the autosave.
        if (stage === 'finish') autosave.reportStale(error);
      } else {
        const formErrors = formErrorsFrom(error, i18n);
        if (Object.keys(formErrors.fields).length > 0) {
          setConfirming(false);
          setErrors(formErrors);
          setAttempt((n) => n + 1);
        } else setFinishError(error);
      }
    } finally {
      setFinishing(false);
    }
  }

  const riskChoices = riskLevels.map((level) => ({ value: level, label: riskLevelLabel(level, t) }));
  const step3Choices = step3Answers.map((answer) => ({ value: answer, label: step3AnswerLabel(answer, t) }));

  const setStep2Entry = (id: string, patch: Partial<Step2Entry>) =>
    setStep2((current) => ({
      ...current,
      [id]: { level: current[id]?.level ?? null, comment: current[id]?.comment ?? '', ...patch },
    }));
  const setStep3Entry = (id: string, patch: Partial<Step3Entry>) =>
    setStep3((current) => ({
      ...current,
      [id]: { answer: current[id]?.answer ?? null, comment: current[id]?.comment ?? '', ...patch },
    }));

  const step3Fields = (statements: readonly TemplateStatement[]) =>
    statements.map((statement) => (
      <StatementField
        key={statement.id}
        idPrefix="s3"
        statementId={statement.id}
        text={inLocale(statement.text, locale)}
        choices={step3Choices}
        answer={step3[statement.id]?.answer ?? null}
        comment={step3[statement.id]?.comment ?? ''}
        onAnswer={(answer) => setStep3Entry(statement.id, { answer })}
        onComment={(comment) => setStep3Entry(statement.id, { comment })}
        error={fieldErrors[`step3Answers.${statement.id}`]}
      />
    ));

  const parts = [
    { id: 'assessment-participants', label: t('riskguide.assessment.participantsHeading') },
    { id: 'assessment-step2', label: t('riskguide.assessment.step2Heading') },
    { id: 'assessment-step2-result', label: t('riskguide.assessment.step2ResultHeading') },
    ...(showStep3 ? [{ id: 'assessment-step3', label: t('riskguide.assessment.step3Heading') }] : []),
    { id: 'assessment-measures', label: t('riskguide.assessment.measuresHeading') },
    { id: 'assessment-finish', label: t('riskguide.assessment.finishHeading') },
  ];

  async function onKeepMine() {
    if (await autosave.keepMine()) setKept((n) => n + 1);
  }

  function onDoStep3() {
    // Rendered at once, so that focus can move to the new part instead of falling to the page.
    flushSync(() => setStep3Chosen(true));
    document.getElementById('assessment-step3')?.focus();
  }

  function skipStep3() {
    setStep3({});
    setStep3Chosen(false);
    setConfirmingSkip(false);
    // After the dialog has closed and given focus back to the (now removed) button.
    window.setTimeout(() => document.getElementById('assessment-step2-result')?.focus(), 0);
  }

  function onSkipStep3Click() {
    const hasInput = Object.values(step3).some(
      (entry) => entry.answer !== null || entry.comment.trim() !== '',
    );
    if (hasInput) setConfirmingSkip(true);
    else skipStep3();
  }

  const inConflict = autosave.status.state === 'conflict';

  return (
    <>
      <SaveProblems
        status={autosave.status}
        onRetry={() => void autosave.retry()}
        onReload={onReload}
        onKeepMine={() => void onKeepMine()}
        onShowSaved={onShowSaved}
        onFetchAgain={(error) => autosave.reportStale(error)}
      />
      {kept > 0 && autosave.status.state === 'saved' && (
        <FocusAlert key={kept} color="success">
          <Paragraph>{t('riskguide.autosave.kept')}</Paragraph>
        </FocusAlert>
      )}
      {/* While the assessment is being finished nothing here can change. */}
      <div className="stack" inert={finishing}>
        <SaveStatusLine status={autosave.status} omitted={omitted} />
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
        <FormErrorSummary errors={errors} fields={fields} attempt={attempt} />

        <JumpSection id="assessment-participants" title={t('riskguide.assessment.participantsHeading')}>
          <Paragraph>{t('riskguide.assessment.participantsIntro')}</Paragraph>
          {fieldErrors.participants && (
            <Paragraph className="field-error">{fieldErrors.participants}</Paragraph>
          )}
          <ParticipantsFields
            rows={participants}
            onChange={setParticipants}
            nextKey={() => keys.current++}
            errors={fieldErrors}
          />
        </JumpSection>

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
                  choices={riskChoices}
                  answer={step2[statement.id]?.level ?? null}
                  comment={step2[statement.id]?.comment ?? ''}
                  onAnswer={(level) => setStep2Entry(statement.id, { level })}
                  onComment={(comment) => setStep2Entry(statement.id, { comment })}
                  error={fieldErrors[`step2Answers.${statement.id}`]}
                />
              ))}
            </div>
          ))}
        </JumpSection>

        <JumpSection id="assessment-step2-result" title={t('riskguide.assessment.step2ResultHeading')}>
          <Paragraph className="result__summary">
            {step2Outcome
              ? t(step2Outcome.recommendStep3 ? 'riskguide.live.step2Step3' : 'riskguide.live.step2', {
                  level: riskLevelLabel(step2Outcome.level, t).toLocaleLowerCase(),
                })
              : t('riskguide.live.step2Incomplete', { answered: answered2, total: statements2.length })}
          </Paragraph>
          {step2Outcome && <Step2ResultView outcome={step2Outcome} />}
          {!showStep3 && (
            <div className="stack">
              <Paragraph>
                {step2Outcome
                  ? t('riskguide.assessment.step3Optional')
                  : t('riskguide.assessment.step3Later')}
              </Paragraph>
              <div className="button-row">
                <Button variant="secondary" onClick={onDoStep3}>
                  {t('riskguide.assessment.doStep3')}
                </Button>
              </div>
            </div>
          )}
        </JumpSection>

        {showStep3 && (
          <JumpSection id="assessment-step3" title={t('riskguide.assessment.step3Heading')}>
            <Paragraph>
              {recommended
                ? t('riskguide.assessment.step3IntroRecommended')
                : t('riskguide.assessment.step3Intro')}
            </Paragraph>
            {!recommended && (
              <div className="button-row">
                <Button variant="tertiary" onClick={onSkipStep3Click}>
                  {t('riskguide.assessment.skipStep3')}
                </Button>
              </div>
            )}
            <div className="stack theme">
              <Heading level={3} data-size="xs">
                {t('riskguide.assessment.conflictHeading')}
              </Heading>
              {step3Fields(conflictStatements)}
            </div>
            <div className="stack theme">
              <Heading level={3} data-size="xs">
                {t('riskguide.assessment.complexityHeading')}
              </Heading>
              {step3Fields(complexityStatements)}
            </div>
            <div className="stack">
              <Heading level={3} data-size="xs">
                {t('riskguide.assessment.step3ResultHeading')}
              </Heading>
              <Paragraph className="result__summary">
                {step3Outcome
                  ? t('riskguide.live.step3', { cell: step3Outcome.cell })
                  : t('riskguide.live.step3Incomplete', {
                      answered: answered3,
                      total: conflictStatements.length + complexityStatements.length,
                    })}
              </Paragraph>
              {step3Outcome && <Step3ResultView outcome={step3Outcome} matrix={template.matrix} />}
            </div>
          </JumpSection>
        )}

        <JumpSection id="assessment-measures" title={t('riskguide.assessment.measuresHeading')}>
          {step3Outcome ? (
            <>
              <Paragraph>{t('riskguide.assessment.proposedFor', { cell: step3Outcome.cell })}</Paragraph>
              <ul>
                {proposeMeasures(step3Outcome.cell, template).map((measure) => (
                  <li key={measure.id}>{inLocale(measure.text, locale)}</li>
                ))}
              </ul>
            </>
          ) : (
            <Paragraph>{t('riskguide.assessment.proposedLater')}</Paragraph>
          )}
          <Paragraph>{t('riskguide.assessment.chooseAfterFinish')}</Paragraph>
        </JumpSection>

        <JumpSection id="assessment-finish" title={t('riskguide.assessment.finishHeading')}>
          <Paragraph>{t('riskguide.assessment.finishIntro')}</Paragraph>
          <SaveStatusLine status={autosave.status} omitted={omitted} />
          <div className="button-row">
            <Button onClick={onFinishClick} disabled={inConflict}>
              {t('riskguide.assessment.finish')}
            </Button>
          </div>
        </JumpSection>
      </div>

      {/* A change of the level or the cell, said once (the result lines above change with every answer). */}
      <div className="ds-sr-only" aria-live="polite">
        {announced.text}
      </div>

      <ConfirmDialog
        open={confirming}
        title={t('riskguide.assessment.confirmTitle')}
        confirmLabel={t('riskguide.assessment.confirm')}
        onConfirm={() => void onConfirmFinish()}
        onCancel={() => setConfirming(false)}
        busy={finishing}
        error={finishError}
        danger={false}
      >
        <Paragraph>{t('riskguide.assessment.confirmText')}</Paragraph>
        {step2Outcome && (
          <Paragraph>
            {step3Outcome
              ? t('riskguide.assessment.confirmResultCell', {
                  level: riskLevelLabel(step2Outcome.level, t).toLocaleLowerCase(),
                  cell: step3Outcome.cell,
                })
              : t('riskguide.assessment.confirmResult', {
                  level: riskLevelLabel(step2Outcome.level, t).toLocaleLowerCase(),
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

/**
 * "Utkastet är sparat (14:05)" — shown, not announced: it changes with every answer. Says so when
 * part of what is on the screen cannot be saved yet (a comment without an answer, half a participant).
 */
function SaveStatusLine({ status, omitted }: { readonly status: SaveStatus; readonly omitted: Omitted }) {
  const { t, dateTime } = useI18n();
  const savedKey =
    omitted.comments && omitted.participants
      ? 'riskguide.autosave.savedExceptBoth'
      : omitted.comments
        ? 'riskguide.autosave.savedExceptComments'
        : omitted.participants
          ? 'riskguide.autosave.savedExceptParticipants'
          : 'riskguide.autosave.saved';
  const text =
    status.state === 'saved'
      ? t(savedKey, { time: dateTime(status.at) })
      : status.state === 'pending'
        ? t('riskguide.autosave.pending')
        : status.state === 'saving'
          ? t('riskguide.autosave.saving')
          : t('riskguide.autosave.notSaved');
  return (
    <Paragraph
      data-size="sm"
      className="save-status no-print"
      data-state={status.state}
      data-partial={status.state === 'saved' && savedKey !== 'riskguide.autosave.saved'}
    >
      {text}
    </Paragraph>
  );
}

/**
 * A failed save, announced at once: try again; or, when someone else saved meanwhile, keep the
 * answers on the screen (saved on top) or show the saved ones; or (finished meanwhile) reload.
 */
function SaveProblems({
  status,
  onRetry,
  onReload,
  onKeepMine,
  onShowSaved,
  onFetchAgain,
}: {
  readonly status: SaveStatus;
  readonly onRetry: () => void;
  readonly onReload: () => void;
  readonly onKeepMine: () => void;
  readonly onShowSaved: (latest: Assessment) => void;
  readonly onFetchAgain: (error: ApiError) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  if (status.state === 'conflict') {
    const { latest, error } = status;
    const finished =
      error.code === 'assessment_locked' || (typeof latest === 'object' && latest.status === 'finished');
    if (finished)
      return (
        <Alert data-color="warning" role="alert">
          <Paragraph>{t('riskguide.autosave.locked')}</Paragraph>
          <Button
            variant="secondary"
            data-size="sm"
            className="alert-action"
            onClick={typeof latest === 'object' ? () => onShowSaved(latest) : onReload}
          >
            {t('riskguide.autosave.reload')}
          </Button>
        </Alert>
      );
    return (
      <Alert data-color="warning" role="alert">
        <Paragraph>{t('riskguide.autosave.conflictKeep')}</Paragraph>
        {latest === 'loading' && <Paragraph>{t('riskguide.autosave.conflictLoading')}</Paragraph>}
        {latest === 'failed' && (
          <>
            <Paragraph>{t('riskguide.autosave.conflictLoadFailed')}</Paragraph>
            <Button
              variant="secondary"
              data-size="sm"
              className="alert-action"
              onClick={() => onFetchAgain(error)}
            >
              {t('common.retry')}
            </Button>
          </>
        )}
        {typeof latest === 'object' && (
          <div className="button-row alert-action">
            <Button variant="primary" data-size="sm" onClick={onKeepMine}>
              {t('riskguide.autosave.keepMine')}
            </Button>
            <Button variant="secondary" data-size="sm" onClick={() => onShowSaved(latest)}>
              {t('riskguide.autosave.showSaved')}
            </Button>
          </div>
        )}
      </Alert>
    );
  }
  if (status.state === 'error')
    return (
      <Alert data-color="danger" role="alert">
        <Paragraph>{t('riskguide.autosave.failed', { reason: errorText(status.error, i18n) })}</Paragraph>
        <Button variant="secondary" data-size="sm" className="alert-action" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      </Alert>
    );
  return null;
}
