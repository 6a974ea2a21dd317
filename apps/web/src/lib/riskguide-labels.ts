import {
  complexityLevels,
  riskLevels,
  step3Answers,
  type BilingualText,
  type ComplexityLevel,
  type ParticipantFunction,
  type RiskLevel,
  type Step3Answer,
  type TitleWarningKind,
} from '@varn/domain';
import type { Locale } from '@varn/contracts';
import type { I18n } from './i18n/i18n';

/**
 * Names of the Riskguide codes in the UI language (levels, answers, functions, title warnings),
 * and the template's own texts, which come in both languages.
 */

type T = I18n['t'];

/** A template text (statement, prompt, measure) in the UI language. */
export const inLocale = (text: BilingualText, locale: Locale): string => text[locale];

/** "Hög" for `high` (risk level of step 1 and 2, conflict level, and a step-2 answer). */
export const riskLevelLabel = (level: RiskLevel, t: T): string => t(`riskguide.level.${level}`);

/** "Komplex" for `complex`. */
export const complexityLabel = (level: ComplexityLevel, t: T): string => t(`riskguide.complexity.${level}`);

/** "Gäller delvis" for `partly`. */
export const step3AnswerLabel = (answer: Step3Answer, t: T): string => t(`riskguide.answer.${answer}`);

/** "Kommunikation" for `communications`. */
export const participantFunctionLabel = (value: ParticipantFunction, t: T): string =>
  t(`riskguide.function.${value}`);

/** "ett personnummer" for `personal_identity_number`, as it is named in a warning. */
export const titleWarningKindLabel = (kind: TitleWarningKind, t: T): string =>
  t(`riskguide.titleWarning.${kind}`);

const isRiskLevel = (value: string): value is RiskLevel => (riskLevels as readonly string[]).includes(value);
const isStep3Answer = (value: string): value is Step3Answer =>
  (step3Answers as readonly string[]).includes(value);
const isComplexity = (value: string): value is ComplexityLevel =>
  (complexityLevels as readonly string[]).includes(value);

/** An answer of either step (as the history reports it), or "Inte besvarat". */
export function anyAnswerLabel(value: string | null, t: T): string {
  if (value === null) return t('riskguide.answer.none');
  if (isRiskLevel(value)) return riskLevelLabel(value, t);
  if (isStep3Answer(value)) return step3AnswerLabel(value, t);
  if (isComplexity(value)) return complexityLabel(value, t);
  return value;
}
