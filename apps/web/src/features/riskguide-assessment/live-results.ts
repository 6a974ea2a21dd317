import {
  assessAnswers,
  describeConditionMet,
  describeStep3Trigger,
  type RiskguideTemplate,
} from '@varn/domain';
import type { Entries, Step2Entry, Step3Entry } from './draft-answers';
import type { Step2Outcome, Step3Outcome } from './results';

/** The results of a draft as it is answered now: `null` for a step not yet complete. */
export interface LiveResults {
  readonly step2: Step2Outcome | null;
  readonly step3: Step3Outcome | null;
}

/**
 * Live results with the domain's scoring (`assessAnswers`, the function the server stores the
 * result with at finish), shown while the group answers.
 */
export function liveResults(
  step2: Entries<Step2Entry>,
  step3: Entries<Step3Entry>,
  template: RiskguideTemplate,
): LiveResults {
  const scored = assessAnswers(
    {
      step2: Object.fromEntries(Object.entries(step2).map(([id, entry]) => [id, entry.level])),
      step3: Object.fromEntries(Object.entries(step3).map(([id, entry]) => [id, entry.answer])),
    },
    template,
  );
  const reasonsOf = (reasons: Parameters<typeof describeConditionMet>[0][]) =>
    reasons.map((reason) => ({ text: describeConditionMet(reason) }));
  return {
    step2: scored.step2
      ? {
          level: scored.step2.level,
          sum: scored.step2.sum,
          highCount: scored.step2.highCount,
          reasons: reasonsOf([...scored.step2.reasons]),
          recommendStep3: scored.step2.recommendStep3,
          step3Reasons: scored.step2.step3Reasons.map((met) => ({ text: describeStep3Trigger(met) })),
        }
      : null,
    step3: scored.step3
      ? {
          conflict: {
            level: scored.step3.conflict.level,
            sum: scored.step3.conflict.sum,
            reasons: reasonsOf([...scored.step3.conflict.reasons]),
          },
          complexity: {
            level: scored.step3.complexity.level,
            sum: scored.step3.complexity.sum,
            reasons: reasonsOf([...scored.step3.complexity.reasons]),
          },
          cell: scored.step3.cell,
          glaslBand: scored.step3.glaslBand,
        }
      : null,
  };
}
