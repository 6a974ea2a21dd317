import { nameOf } from './rule-checks';
import type { ConditionMet, Step3TriggerMet } from './scoring';
import type { BilingualText } from '../shared/bilingual';

/**
 * The reasons of a Riskguide result as sentences (issue 4 §3 "the result level and why"), for the
 * print view and the PDF export: which condition of the template was met, with the value that met
 * it and the statements that drove it.
 */

const list = (ids: readonly string[]): string => ids.join(', ');

/**
 * One met condition as a sentence, e.g. "2 påståenden bedömda som hög eller högre (A1, C1); gränsen
 * är 2." / "The sum is 10 (threshold 9): A1, A2, B1, B2, C2."
 */
export function describeConditionMet(reason: ConditionMet<string, string>): BilingualText {
  const { condition, value, statementIds } = reason;
  const driven = statementIds.length > 0 ? `: ${list(statementIds)}` : '';
  switch (condition.kind) {
    case 'count_at_least':
      return {
        sv: `${value} påståenden bedömda som ${nameOf(condition.answer, 'sv')} (gräns ${condition.count})${driven}.`,
        en: `${value} statements answered ${nameOf(condition.answer, 'en')} (threshold ${condition.count})${driven}.`,
      };
    case 'sum_at_least':
      return {
        sv: `Summan är ${value} (gräns ${condition.sum})${driven}.`,
        en: `The sum is ${value} (threshold ${condition.sum})${driven}.`,
      };
    case 'any_of':
      return {
        sv: `Något av ${list(condition.statementIds)} är bedömt som ${nameOf(condition.answer, 'sv')}${driven}.`,
        en: `One of ${list(condition.statementIds)} is answered ${nameOf(condition.answer, 'en')}${driven}.`,
      };
  }
}

/** Why step 3 is recommended, as a sentence. */
export function describeStep3Trigger(met: Step3TriggerMet): BilingualText {
  const level = met.trigger.minLevel;
  const sv = `Nivån är ${nameOf(level, 'sv')} eller högre`;
  const en = `The level is ${nameOf(level, 'en')} or higher`;
  const condition = met.trigger.onlyIf;
  if (condition === null) return { sv: `${sv}.`, en: `${en}.` };
  if (condition.kind === 'sum_at_least')
    return {
      sv: `${sv}, och summan är minst ${condition.sum}.`,
      en: `${en}, and the sum is at least ${condition.sum}.`,
    };
  const statements = list(met.statementIds);
  return {
    sv: `${sv}, och ${statements} är bedömt som ${nameOf(condition.answer, 'sv')}.`,
    en: `${en}, and ${statements} is answered ${nameOf(condition.answer, 'en')}.`,
  };
}
