import type { Measure, UnitIncidentDetail } from '@varn/contracts';
import { isMeasureOpen, type MeasureType } from '@varn/domain';
import type { MessageKey } from '../../lib/i18n/i18n';

/**
 * The parts of the case file, which of them need action now (they open by default and say why
 * beside their heading), and the deadlines the summary at the top shows.
 */

/** The parts of the case file, as their headings' ids. */
export const CasePart = {
  WorkEnvironment: 'case-work-environment',
  Report: 'case-report',
  Triage: 'case-triage',
  Status: 'case-status',
  Measures: 'case-measures',
  Police: 'case-police',
  Evidence: 'case-evidence',
  Related: 'case-related',
  Timeline: 'case-timeline',
} as const;

export type CasePart = (typeof CasePart)[keyof typeof CasePart];

/** Why a part needs action, in words (a message and its count, if any). */
export interface PartNote {
  readonly key: MessageKey;
  readonly n?: number;
}

type Case = Pick<
  UnitIncidentDetail,
  'status' | 'handler' | 'measures' | 'workEnvironment' | 'policeReport' | 'policeReportRecommended'
>;

/**
 * The parts that need action: a new case is read, triaged and checked for related cases; a case
 * without a handler is assigned; an overdue measure is followed up; a recommended police report
 * is made and a stalled one followed up; a due report to Arbetsmiljöverket is made. A closed case
 * needs nothing.
 */
export function partsNeedingAction(incident: Case): Partial<Record<CasePart, PartNote>> {
  if (incident.status === 'closed') return {};
  const notes: Partial<Record<CasePart, PartNote>> = {};
  if (incident.workEnvironment.required && incident.workEnvironment.reportedAt === null)
    notes[CasePart.WorkEnvironment] = { key: 'casework.parts.needs.workEnvironment' };
  if (incident.status === 'new') {
    notes[CasePart.Report] = { key: 'casework.parts.needs.read' };
    notes[CasePart.Triage] = { key: 'casework.parts.needs.triage' };
    notes[CasePart.Related] = { key: 'casework.parts.needs.related' };
  } else if (incident.status === 'reopened') {
    notes[CasePart.Triage] = { key: 'casework.parts.needs.reopened' };
  } else if (incident.handler === null) {
    notes[CasePart.Triage] = { key: 'casework.parts.needs.handler' };
  }
  const overdue = incident.measures.filter((measure) => measure.overdue).length;
  if (overdue > 0) notes[CasePart.Measures] = { key: 'casework.parts.needs.overdue', n: overdue };
  if (incident.policeReport === null && incident.policeReportRecommended)
    notes[CasePart.Police] = { key: 'casework.parts.needs.policeRecommended' };
  else if (incident.policeReport?.reminderDue)
    notes[CasePart.Police] = { key: 'casework.parts.needs.policeReminder' };
  return notes;
}

/** A deadline of the case, for the summary. */
export type CaseDeadline =
  | {
      readonly kind: 'work_environment';
      /** When the report to Arbetsmiljöverket is due (end of the day), or was made. */
      readonly at: string;
      readonly done: boolean;
      readonly passed: boolean;
    }
  | {
      readonly kind: 'measure';
      /** The due date (YYYY-MM-DD) of the open measure due first. */
      readonly date: string;
      readonly type: MeasureType;
      readonly passed: boolean;
    }
  | {
      readonly kind: 'police';
      /** When a status update from the police is next due. */
      readonly at: string;
      readonly passed: boolean;
    };

/** The open measure with the earliest due date (the first added, on a tie). */
function nextMeasure(measures: readonly Measure[]): Measure | null {
  let next: Measure | null = null;
  for (const measure of measures) {
    if (measure.dueDate === null || !isMeasureOpen(measure.status)) continue;
    if (!next?.dueDate || measure.dueDate < next.dueDate) next = measure;
  }
  return next;
}

/**
 * The deadlines of the case at `now`: the report to Arbetsmiljöverket (when it applies), the next
 * open measure's due date, and the next status update expected from the police.
 */
export function caseDeadlines(incident: Case, now: Date): CaseDeadline[] {
  const deadlines: CaseDeadline[] = [];
  const report = incident.workEnvironment;
  if (report.required && report.reportedAt !== null)
    deadlines.push({ kind: 'work_environment', at: report.reportedAt, done: true, passed: false });
  else if (report.required && report.deadline !== null)
    deadlines.push({
      kind: 'work_environment',
      at: report.deadline,
      done: false,
      passed: Date.parse(report.deadline) < now.getTime(),
    });
  const measure = nextMeasure(incident.measures);
  if (measure?.dueDate)
    deadlines.push({ kind: 'measure', date: measure.dueDate, type: measure.type, passed: measure.overdue });
  const police = incident.policeReport;
  if (police?.updateDueAt)
    deadlines.push({ kind: 'police', at: police.updateDueAt, passed: police.reminderDue });
  return deadlines;
}
