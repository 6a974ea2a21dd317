/**
 * Measures (åtgärder): tracked actions with an owner, a due date and a status. Used by incidents
 * now and by Riskguide assessments and meetings later (the subject says which).
 */
export const MeasureType = {
  SupportTalk: 'support_talk',
  Advice: 'advice',
  PersonalAlarm: 'personal_alarm',
  HomeSecurityReview: 'home_security_review',
  ProtectedPersonalData: 'protected_personal_data',
  Escort: 'escort',
  PoliceLiaison: 'police_liaison',
  OccupationalHealth: 'occupational_health',
  Other: 'other',
} as const;
export type MeasureType = (typeof MeasureType)[keyof typeof MeasureType];
export const measureTypes: readonly MeasureType[] = Object.values(MeasureType);

export const MeasureStatus = {
  Planned: 'planned',
  InProgress: 'in_progress',
  Done: 'done',
  Cancelled: 'cancelled',
} as const;
export type MeasureStatus = (typeof MeasureStatus)[keyof typeof MeasureStatus];
export const measureStatuses: readonly MeasureStatus[] = Object.values(MeasureStatus);

/** What a measure belongs to. */
export const MeasureSubject = { Incident: 'incident', Matter: 'matter', Meeting: 'meeting' } as const;
export type MeasureSubject = (typeof MeasureSubject)[keyof typeof MeasureSubject];

/** The statuses of a measure still to be done (planned or in progress). */
export const openMeasureStatuses: readonly MeasureStatus[] = [
  MeasureStatus.Planned,
  MeasureStatus.InProgress,
];

/** Whether a measure is still to be done. */
export function isMeasureOpen(status: MeasureStatus): boolean {
  return openMeasureStatuses.includes(status);
}

/**
 * Whether a measure is overdue at `now`: open and its due date (a calendar date, YYYY-MM-DD,
 * due at the end of that day in Sweden) has passed.
 */
export function isMeasureOverdue(
  measure: { readonly status: MeasureStatus; readonly dueDate: string | null },
  today: string,
): boolean {
  return measure.dueDate !== null && isMeasureOpen(measure.status) && measure.dueDate < today;
}
