import { whatFinishWouldRefuse, type FinishRefusal, type RiskguideTemplate } from '@varn/domain';
import type { DraftAnswers } from './draft-answers';

/**
 * What the server would refuse at finish, by field path (`participants.0.function`,
 * `step2Answers.A1`, …), found before sending with the server's own rule (domain
 * `whatFinishWouldRefuse`) on the answers as they are on the screen. Empty when finishing may go on.
 */
export function finishRefusalsOf(
  { participants, step2, step3 }: DraftAnswers,
  template: RiskguideTemplate,
): Readonly<Record<string, FinishRefusal>> {
  return whatFinishWouldRefuse(
    {
      participants: participants.map((row) => ({ name: row.name, function: row.function })),
      step2: Object.fromEntries(Object.entries(step2).map(([id, entry]) => [id, entry.level])),
      step3: Object.fromEntries(Object.entries(step3).map(([id, entry]) => [id, entry.answer])),
    },
    template,
  );
}
