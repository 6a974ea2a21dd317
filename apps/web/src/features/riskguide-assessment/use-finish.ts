import { useState } from 'react';
import type { Assessment } from '@varn/contracts';
import type { FinishRefusal, RiskguideTemplate } from '@varn/domain';
import { useI18n, type MessageKey } from '../../lib/i18n/i18n';
import { finishAssessment } from '../../lib/api/riskguide';
import { useSubmit } from '../../lib/use-form-submit';
import type { DraftAnswers } from './draft-answers';
import { finishRefusalsOf } from './finish-check';
import type { DraftAutosave } from './use-draft-answers';
import { isStale } from './use-autosave';

/** What each refusal asks of the group, in words fitted to the draft's fields. */
const problemKeys: Readonly<Record<FinishRefusal, MessageKey>> = {
  participant_function_required: 'riskguide.assessment.functionRequired',
  participant_name_required: 'riskguide.assessment.nameRequired',
  participants_required: 'riskguide.assessment.participantsRequired',
  answer_required: 'riskguide.assessment.answerRequired',
  step3_incomplete: 'riskguide.assessment.step3Incomplete',
  unknown_statement: 'riskguide.assessment.unknownStatement',
};

/**
 * Finishing (signing) a draft in two steps: `start` checks what the server would refuse and shows
 * it at the fields, or asks for confirmation; `confirm` saves what is pending, holds the
 * autosave, and finishes on that revision. A refusal of fields closes the dialog and shows them;
 * any other failure stays in the dialog; a conflict is reported by the autosave.
 */
export function useFinish({
  assessment,
  template,
  answers,
  autosave,
  onFinished,
}: {
  readonly assessment: Assessment;
  readonly template: RiskguideTemplate;
  readonly answers: DraftAnswers;
  readonly autosave: DraftAutosave;
  readonly onFinished: (assessment: Assessment) => void;
}) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [finishError, setFinishError] = useState<unknown>(null);
  const form = useSubmit({
    onError: (error, errors) => {
      if (isStale(error)) {
        setConfirming(false);
        return null;
      }
      if (Object.keys(errors.fields).length > 0) {
        setConfirming(false);
        return errors;
      }
      setFinishError(error);
      return null;
    },
  });

  function start() {
    const found = finishRefusalsOf(answers, template);
    if (Object.keys(found).length > 0) {
      form.fail({
        message: t('riskguide.assessment.finishFix'),
        fields: Object.fromEntries(
          Object.entries(found).map(([path, problem]) => [path, t(problemKeys[problem])]),
        ),
      });
      return;
    }
    form.clear();
    setFinishError(null);
    setConfirming(true);
  }

  function confirm() {
    if (form.busy) return;
    setFinishError(null);
    void form.run(async () => {
      let stage: 'save' | 'finish' = 'save';
      try {
        // Everything on the screen is saved first; nothing more is saved while finishing runs.
        const revision = await autosave.flush();
        stage = 'finish';
        onFinished(await finishAssessment(assessment.id, revision));
      } catch (error) {
        if (stage === 'finish') {
          // Finishing failed: the draft is saved again as it changes (a failed save says so itself).
          autosave.release();
          // A conflict while saving is already reported by the autosave.
          if (isStale(error)) autosave.reportStale(error);
        }
        throw error;
      }
    });
  }

  return {
    /** What finishing found wrong, at the fields and in the error summary. */
    errors: form.errors,
    attempt: form.attempt,
    finishing: form.busy,
    confirming,
    finishError,
    start,
    confirm,
    cancel: () => setConfirming(false),
  };
}
