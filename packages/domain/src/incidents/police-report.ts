/**
 * The police report's lifecycle (issue 3 §3): reported → under investigation → closed without
 * action (nedlagd) | prosecuted → judgment. A reminder is due when the status has not been
 * updated for a number of days.
 */
export const PoliceReportStatus = {
  Reported: 'reported',
  UnderInvestigation: 'under_investigation',
  /** Nedlagd: the preliminary investigation was closed. */
  Closed: 'closed',
  /** Åtal väckt. */
  Prosecuted: 'prosecuted',
  /** Dom. */
  Judgment: 'judgment',
} as const;
export type PoliceReportStatus = (typeof PoliceReportStatus)[keyof typeof PoliceReportStatus];
export const policeReportStatuses: readonly PoliceReportStatus[] = Object.values(PoliceReportStatus);

const P = PoliceReportStatus;

/** The statuses each status may move to. A closed investigation can be resumed by the police. */
export const policeReportTransitions: Readonly<Record<PoliceReportStatus, readonly PoliceReportStatus[]>> = {
  [P.Reported]: [P.UnderInvestigation, P.Closed],
  [P.UnderInvestigation]: [P.Closed, P.Prosecuted],
  [P.Closed]: [P.UnderInvestigation],
  [P.Prosecuted]: [P.Judgment],
  [P.Judgment]: [],
};

/** Whether the status may change from `from` to `to` (staying the same is not a change). */
export function canMovePoliceReport(from: PoliceReportStatus, to: PoliceReportStatus): boolean {
  return policeReportTransitions[from].includes(to);
}

/** Days without a status update before a reminder, unless the organisation sets another number. */
export const defaultPoliceReminderDays = 30;

/**
 * The numbers of days an organisation may choose: at least a week (the police need time to act),
 * at most half a year (a report left longer is forgotten).
 */
export const policeReminderDayBounds = { min: 7, max: 180 } as const;

/**
 * Whether a police report's status needs a follow-up at `now`: still with the police (reported,
 * under investigation, prosecuted) and unchanged for `days`. A closed investigation (nedlagd) or
 * a judgment needs no reminder; new incidents reopen the matter through a new link.
 */
export function policeReminderDue(
  report: {
    readonly status: PoliceReportStatus;
    readonly statusChangedAt: Date;
    readonly lastReminderAt: Date | null;
  },
  days: number,
  now: Date,
): boolean {
  const dueAt = policeUpdateDueAt(report, days);
  return dueAt !== null && now.getTime() >= dueAt.getTime();
}

/**
 * When the police report's status is next due a follow-up: {@link policeReminderDue}'s `days`
 * after the later of the last status change and the last reminder; null when nothing is awaited
 * from the police (a closed investigation or a judgment).
 */
export function policeUpdateDueAt(
  report: {
    readonly status: PoliceReportStatus;
    readonly statusChangedAt: Date;
    readonly lastReminderAt: Date | null;
  },
  days: number,
): Date | null {
  if (report.status === P.Judgment || report.status === P.Closed) return null;
  const since = Math.max(report.statusChangedAt.getTime(), report.lastReminderAt?.getTime() ?? 0);
  return new Date(since + days * 86_400_000);
}
