/**
 * Incidents (hot- och hatärenden, issue 3): intake, the security unit's casework, measures of a
 * case, the police report, the work-environment report, evidence and handling times.
 */
export { incidentsRoutes } from './incidents.routes';
export {
  openIncidentFromMeetingLog,
  openIncidentFromSignal,
  type MeetingLogEntryForIncident,
  type SignalForIncident,
} from './intake.service';
export { getIncidentDetailInTx } from './incident-records';
export { incidentsJobs, describeIncidentForReminder } from './incidents.jobs';
// For the lägesbild (issue 12): counters over open cases and handling times, as aggregates.
export { openCaseCountersOf } from './queue.service';
export { aggregateHandlingTimes } from './incidents.repository';
