import type { Assessment, SaveAssessmentBody } from '@varn/contracts';
import type { RiskLevel, Step3Answer } from '@varn/domain';
import type { ParticipantRow } from './participants-fields';

/**
 * The answers of a draft assessment as they are on the screen, and what of them is saved: pure
 * functions, shared by the autosave (`useDraftAnswers`) and the check before finishing.
 */

/** A step-2 statement as answered: a level (or none yet) and a comment. */
export interface Step2Entry {
  readonly level: RiskLevel | null;
  readonly comment: string;
}

/** A step-3 statement as answered. */
export interface Step3Entry {
  readonly answer: Step3Answer | null;
  readonly comment: string;
}

/** Entries by statement id. */
export type Entries<E> = Readonly<Record<string, E>>;

/** Everything answered on the screen. */
export interface DraftAnswers {
  readonly participants: readonly ParticipantRow[];
  readonly step2: Entries<Step2Entry>;
  readonly step3: Entries<Step3Entry>;
}

/** The screen of a stored draft: its participants (or one empty row) and its answers. */
export function draftAnswersOf(assessment: Assessment): DraftAnswers {
  return {
    participants:
      assessment.participants.length > 0
        ? assessment.participants.map((participant, index) => ({ key: index + 1, ...participant }))
        : [{ key: 1, name: '', function: '' }],
    step2: Object.fromEntries(
      Object.entries(assessment.step2Answers).map(([id, answer]) => [
        id,
        { level: answer.level, comment: answer.comment ?? '' },
      ]),
    ),
    step3: Object.fromEntries(
      Object.entries(assessment.step3Answers).map(([id, answer]) => [
        id,
        { answer: answer.answer, comment: answer.comment ?? '' },
      ]),
    ),
  };
}

const trimmed = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/** The save body: complete participants, answered statements (a comment alone waits for its answer). */
export function saveBodyOf({
  participants,
  step2,
  step3,
}: DraftAnswers): Omit<SaveAssessmentBody, 'revision'> {
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

/** What the save body leaves out for now, so that the status line can say so. */
export interface Omitted {
  /** A comment to a statement that has no answer yet. */
  readonly comments: boolean;
  /** A participant with a name but no function, or a function but no name. */
  readonly participants: boolean;
}

export function omittedOf({ participants, step2, step3 }: DraftAnswers): Omitted {
  return {
    comments:
      Object.values(step2).some((entry) => entry.level === null && entry.comment.trim() !== '') ||
      Object.values(step3).some((entry) => entry.answer === null && entry.comment.trim() !== ''),
    participants: participants.some((row) => (row.name.trim() !== '') !== (row.function !== '')),
  };
}

/** Whether any step-3 statement has an answer (step 3 is then shown, and must be completed). */
export const step3Begun = (step3: Entries<Step3Entry>): boolean =>
  Object.values(step3).some((entry) => entry.answer !== null);
