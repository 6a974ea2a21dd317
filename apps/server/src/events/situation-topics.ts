import { AuditAction } from '@varn/domain';
import type { SituationTopic } from '@varn/contracts';

/**
 * Which audited changes move the lägesbild (issue 12 §1), and under which topic: every write in
 * Värn is audited in its own transaction, so the audit trail is the one place every change passes.
 * At commit a trigger on the audit appends (migration 0015) sends `situation.changed` for these
 * actions — also for writes made in a single statement without a transaction of their own, such
 * as a new report (issue 9). The trigger's SQL function `situation_topic(action)` mirrors this
 * table; a test compares them for every action, so a new audited action must be placed here.
 * `null`: a read, or a change the lägesbild does not count.
 */
export const situationTopicOfAction: Readonly<Record<AuditAction, SituationTopic | null>> =
  Object.fromEntries(Object.values(AuditAction).map((action) => [action, topicOf(action)])) as Record<
    AuditAction,
    SituationTopic | null
  >;

function topicOf(action: AuditAction): SituationTopic | null {
  switch (action) {
    case AuditAction.IncidentReport:
    case AuditAction.IncidentTriage:
    case AuditAction.IncidentTransition:
    case AuditAction.IncidentLink:
    case AuditAction.IncidentUnlink:
    case AuditAction.IncidentWorkEnvironmentReport:
    case AuditAction.SignalConvert:
    case AuditAction.MeetingLogToIncident:
      return 'incident';
    case AuditAction.SignalCreate:
    case AuditAction.SignalStatusChange:
      return 'signal';
    case AuditAction.MeasureCreate:
    case AuditAction.MeasureUpdate:
    case AuditAction.AssessmentChooseMeasures:
      return 'measure';
    case AuditAction.PoliceReportUpdate:
    case AuditAction.PoliceReportLink:
      return 'police_report';
    case AuditAction.MeetingCreate:
    case AuditAction.MeetingUpdate:
    case AuditAction.MeetingStatusChange:
    case AuditAction.MeetingAgendaUpdate:
    case AuditAction.MeetingAgendaImport:
    case AuditAction.MeetingImport:
    case AuditAction.MeetingPlanCreate:
    case AuditAction.MeetingPlanUpdate:
    case AuditAction.MeetingScreeningDecision:
    case AuditAction.MeetingPlanApprove:
    case AuditAction.MeetingPlanReopen:
      return 'meeting';
    case AuditAction.MatterCreate:
    case AuditAction.MatterImport:
    case AuditAction.MatterUpdate:
    case AuditAction.ScreeningCreate:
    case AuditAction.AssessmentFinish:
      return 'matter';
    case AuditAction.SituationAssess:
      return 'assessment';
    case AuditAction.ThreatLevelRecord:
      return 'threat_level';
    case AuditAction.TrainingAttendanceRecord:
    case AuditAction.TrainingSessionChange:
    case AuditAction.CourseChange:
    case AuditAction.PersonCreate:
    case AuditAction.PersonRemove:
    case AuditAction.PersonAssignmentsChange:
    case AuditAction.RegisterImport:
      return 'training';
    case AuditAction.PartyCreate:
    case AuditAction.PartyUpdate:
    case AuditAction.PartyContactsAppoint:
    case AuditAction.PartyContactRecorded:
    case AuditAction.PartyEndorseGuidelines:
    case AuditAction.GuidelineVersionCreate:
    case AuditAction.PersonPartyChange:
      return 'party';
    default:
      return null;
  }
}

/** The body of the SQL function `situation_topic(action)` for this table (the migration's CASE). */
export function situationTopicCaseSql(): string {
  const byTopic = new Map<SituationTopic, string[]>();
  for (const [action, topic] of Object.entries(situationTopicOfAction))
    if (topic !== null) byTopic.set(topic, [...(byTopic.get(topic) ?? []), action]);
  return [...byTopic]
    .map(([topic, actions]) => `WHEN action IN (${actions.map((a) => `'${a}'`).join(', ')}) THEN '${topic}'`)
    .join('\n    ');
}
