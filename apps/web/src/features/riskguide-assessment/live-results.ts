import {
  describeConditionMet,
  describeStep3Trigger,
  glaslBand,
  matrixCell,
  scoreComplexity,
  scoreConflict,
  scoreStep2,
  type RiskguideTemplate,
  type TemplateStatement,
} from '@varn/domain';
import type { Entries, Step2Entry, Step3Entry } from './draft-answers';
import type { Step2Outcome, Step3Outcome } from './results';

/** The results of a draft as it is answered now: `null` for a step not yet complete. */
export interface LiveResults {
  readonly step2: Step2Outcome | null;
  readonly step3: Step3Outcome | null;
}

/**
 * Live results with the domain's scoring, shown while the group answers; the server scores again
 * when the assessment is finished.
 */
export function liveResults(
  step2: Entries<Step2Entry>,
  step3: Entries<Step3Entry>,
  template: RiskguideTemplate,
): LiveResults {
  const step2Score = scoreStep2(
    Object.fromEntries(Object.entries(step2).map(([id, entry]) => [id, entry.level])),
    template,
  );
  const answers3 = (statements: readonly TemplateStatement[]) =>
    Object.fromEntries(statements.map((statement) => [statement.id, step3[statement.id]?.answer ?? null]));
  const conflict = scoreConflict(answers3(template.step3.conflict.statements), template);
  const complexity = scoreComplexity(answers3(template.step3.complexity.statements), template);
  return {
    step2: step2Score.ok
      ? {
          level: step2Score.level,
          sum: step2Score.sum,
          highCount: step2Score.highCount,
          reasons: step2Score.reasons.map((reason) => ({ text: describeConditionMet(reason) })),
          recommendStep3: step2Score.recommendStep3,
          step3Reasons: step2Score.step3Reasons.map((met) => ({ text: describeStep3Trigger(met) })),
        }
      : null,
    step3:
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
        : null,
  };
}
