/**
 * Meetings and events (issue 10, ADR 017): bodies and their members, the venue register, meetings
 * with their agendas, risk and readiness, imports (agenda CSV, iCalendar) and the national threat
 * level. Other modules (and the security plan's routes) load a meeting through `loadMeeting`.
 */
export { meetingsRoutes } from './meetings.routes';
export { loadMeeting, meetingResource, withBodyIds } from './meeting-access';
export { meetingRiskFacts } from './meeting-risk';
export { currentThreatLevelOf, threatLevelAt } from './threat-levels.service';
export type { MeetingRow } from './meetings.repository';
export { ensureDefaultChecklistTemplates } from './checklist-templates.service';
export { meetingsReadiness } from './readiness.service';
