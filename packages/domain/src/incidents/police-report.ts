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
 * The statuses in which a report is still with the police (reported, under investigation,
 * prosecuted): only these can go without an update. A closed investigation (nedlagd) or a judgment
 * needs no follow-up; new incidents reopen the matter through a new link.
 */
export const policeStatusesAwaitingUpdate: readonly PoliceReportStatus[] = [
  P.Reported,
  P.UnderInvestigation,
  P.Prosecuted,
];

/**
 * The moment a report's last status change must be at or before to count as "no status update"
 * at `now`, with the organisation's number of days.
 */
export function policeUpdateCutoff(days: number, now: Date): Date {
  return new Date(now.getTime() - days * 86_400_000);
}

/**
 * Whether a police report has had no status update for `days` at `now`: still with the police and
 * its status unchanged since the cutoff. The security unit's inbox and the queue's filter list
 * these cases; a reminder mail does not count as an update.
 */
export function policeUpdateOverdue(
  report: { readonly status: PoliceReportStatus; readonly statusChangedAt: Date },
  days: number,
  now: Date,
): boolean {
  return (
    policeStatusesAwaitingUpdate.includes(report.status) &&
    report.statusChangedAt.getTime() <= policeUpdateCutoff(days, now).getTime()
  );
}

/**
 * Whether a police report's status needs a reminder at `now`: no status update for `days`
 * ({@link policeUpdateOverdue}), and none reminded of within the same number of days.
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
  if (!policeUpdateOverdue(report, days, now)) return false;
  return report.lastReminderAt === null || report.lastReminderAt <= policeUpdateCutoff(days, now);
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
  if (!policeStatusesAwaitingUpdate.includes(report.status)) return null;
  const since = Math.max(report.statusChangedAt.getTime(), report.lastReminderAt?.getTime() ?? 0);
  return new Date(since + days * 86_400_000);
}
