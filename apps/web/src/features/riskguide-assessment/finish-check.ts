import { step2Statements, type RiskguideTemplate } from '@varn/domain';
import { step3Begun, type DraftAnswers } from './draft-answers';

/** Why finishing would be refused, for one field. */
export type FinishProblem =
  'functionRequired' | 'nameRequired' | 'participantsRequired' | 'answerRequired' | 'step3Incomplete';

/**
 * What the server would refuse at finish, found here first with the same rules, by field path
 * (`participants.0.function`, `step2Answers.A1`, …): every participant complete and at least one,
 * every step-2 statement answered, and step 3 complete once begun. Empty when finishing may go on.
 *
 * The server decides again at finish. This is the one place the client knows these rules; when
 * the domain has them, this function is replaced by the domain's.
 */
export function whatFinishWouldRefuse(
  { participants, step2, step3 }: DraftAnswers,
  template: RiskguideTemplate,
): Record<string, FinishProblem> {
  const found: Record<string, FinishProblem> = {};
  participants.forEach((row, index) => {
    if (row.name.trim() !== '' && row.function === '')
      found[`participants.${index}.function`] = 'functionRequired';
    if (row.name.trim() === '' && row.function !== '') found[`participants.${index}.name`] = 'nameRequired';
  });
  const complete = participants.some((row) => row.name.trim() !== '' && row.function !== '');
  if (!complete && Object.keys(found).length === 0) found.participants = 'participantsRequired';
  for (const statement of step2Statements(template))
    if ((step2[statement.id]?.level ?? null) === null)
      found[`step2Answers.${statement.id}`] = 'answerRequired';
  if (step3Begun(step3))
    for (const statement of [...template.step3.conflict.statements, ...template.step3.complexity.statements])
      if ((step3[statement.id]?.answer ?? null) === null)
        found[`step3Answers.${statement.id}`] = 'step3Incomplete';
  return found;
}
