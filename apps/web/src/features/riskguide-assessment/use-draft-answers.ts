import { useMemo, useRef, useState } from 'react';
import type { Assessment } from '@varn/contracts';
import {
  draftAnswersOf,
  omittedOf,
  saveBodyOf,
  type DraftAnswers,
  type Step2Entry,
  type Step3Entry,
} from './draft-answers';
import type { ParticipantRow } from './participants-fields';
import { useAutosave } from './use-autosave';

/**
 * The answers of a draft assessment as the group gives them, saved as they change (`useAutosave`:
 * one request at a time with the revision last read; on a conflict saving stops until the user
 * chooses, ADR 010). What the screen holds is never replaced by the server's answer.
 */
export function useDraftAnswers(assessment: Assessment) {
  const [initial] = useState(() => draftAnswersOf(assessment));
  // Keys of participant rows: the first new row after the stored ones (or the empty first row).
  const keys = useRef(Math.max(assessment.participants.length, 1) + 1);
  const [participants, setParticipants] = useState<readonly ParticipantRow[]>(initial.participants);
  const [step2, setStep2] = useState(initial.step2);
  const [step3, setStep3] = useState(initial.step3);
  /** Step 3 chosen although step 2 does not recommend it. */
  const [step3Chosen, setStep3Chosen] = useState(Object.keys(assessment.step3Answers).length > 0);
  /** How often "keep my answers" saved them on top of someone else's: said each time. */
  const [kept, setKept] = useState(0);

  const answers: DraftAnswers = useMemo(() => ({ participants, step2, step3 }), [participants, step2, step3]);
  const body = useMemo(() => saveBodyOf(answers), [answers]);
  const autosave = useAutosave(assessment, body);

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

  /** Step 3 left out again: its answers go (and the draft is saved without them). */
  const dropStep3 = () => {
    setStep3({});
    setStep3Chosen(false);
  };

  /** After a conflict: the answers on the screen, saved on top of the newer revision. */
  const keepMine = async () => {
    if (await autosave.keepMine()) setKept((n) => n + 1);
  };

  return {
    answers,
    omitted: omittedOf(answers),
    setParticipants,
    nextParticipantKey: () => keys.current++,
    setStep2Entry,
    setStep3Entry,
    step3Chosen,
    chooseStep3: () => setStep3Chosen(true),
    dropStep3,
    autosave,
    kept,
    keepMine,
  };
}

/** The autosave as `useDraftAnswers` gives it. */
export type DraftAutosave = ReturnType<typeof useDraftAnswers>['autosave'];
