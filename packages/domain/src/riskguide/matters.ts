/**
 * Matters (ärenden) and the records of the Riskguide steps around them (DOMAIN.md §4, issue 4
 * §1–3, §6): the limits of their texts, the functions of an assessment's participants and the
 * states of an assessment. Scoring is in `scoring.ts`, the template in `template.ts`.
 */

/** Longest texts of a matter, in characters (a title fits on an agenda line; a diary number such as "KS 2026/0456"). */
export const matterTextLimits = {
  title: 300,
  diaryNumber: 60,
  /** The body that decides: fullmäktige, kommunstyrelsen, a nämnd. */
  body: 120,
  description: 4000,
  /** The responsible official (ansvarig tjänsteperson), as a name. */
  responsibleOfficial: 120,
} as const;

/** Longest texts of the Riskguide steps, in characters. */
export const riskguideTextLimits = {
  /** The short reason of a step-1 row. */
  screeningReason: 500,
  /** A screening batch's own name, e.g. "KS 2026-12-03". */
  screeningTitle: 120,
  /** The optional comment on a step-2 or step-3 answer. */
  answerComment: 2000,
  participantName: 120,
} as const;

/** Most rows of one CSV import of matters (issue 4 §1). */
export const maxMatterImportRows = 1000;

/** Most rows of one step-1 screening (a whole agenda fits). */
export const maxScreeningRows = 200;

/**
 * Most statements of one step of a template, and so most answers of one step of an assessment
 * (step 3: conflict and complexity together, as their answers are kept in one map by id).
 */
export const maxStatementsPerStep = 100;

/** Most participants of one assessment. */
export const maxAssessmentParticipants = 30;

/** The function of a participant of a step-2/3 assessment (issue 4 §3): säkerhet, kommunikation, nämnden, annan. */
export const ParticipantFunction = {
  Security: 'security',
  Communications: 'communications',
  Committee: 'committee',
  Other: 'other',
} as const;
export type ParticipantFunction = (typeof ParticipantFunction)[keyof typeof ParticipantFunction];
export const participantFunctions: readonly ParticipantFunction[] = Object.values(ParticipantFunction);

/**
 * The state of an assessment (issue 4 §6): a draft is saved and resumed by anyone allowed; a
 * finished one is locked and signed (who, when) and never changes again — a reassessment is a
 * new assessment of the same matter.
 */
export const AssessmentStatus = { Draft: 'draft', Finished: 'finished' } as const;
export type AssessmentStatus = (typeof AssessmentStatus)[keyof typeof AssessmentStatus];
export const assessmentStatuses: readonly AssessmentStatus[] = Object.values(AssessmentStatus);

/** Whether a text is a calendar date written YYYY-MM-DD that exists (2026-02-29 does not). */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
