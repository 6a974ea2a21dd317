/**
 * Meetings and events: the risk heat calendar, one meeting with its agenda and risk, the meeting
 * form and agenda imports, bodies, venues and the national threat level. Never part of what the
 * reporter's pages load (ADR 015).
 * The router loads this module lazily, so the area's code and texts are a chunk of their own.
 */
import { registerMessages } from '../../lib/i18n/i18n';
import { svMeetings } from '../../lib/i18n/meetings.sv';
import { enMeetings } from '../../lib/i18n/meetings.en';
import { svMeetingPlans } from '../../lib/i18n/meeting-plans.sv';
import { enMeetingPlans } from '../../lib/i18n/meeting-plans.en';
import { svIncidents } from '../../lib/i18n/incidents.sv';
import { enIncidents } from '../../lib/i18n/incidents.en';

// Registered when this module is evaluated: before any page below renders. The meeting page shows
// the security plan and the review (their texts, with severities and measure types of incidents).
registerMessages(
  { sv: svMeetings, en: enMeetings },
  { sv: svMeetingPlans, en: enMeetingPlans },
  { sv: svIncidents, en: enIncidents },
);

export { CalendarPage } from '../../features/meetings-calendar/calendar-page';
export { ComposedMeetingPage as MeetingPage } from '../meeting-page';
export { NewMeetingPage, EditMeetingPage } from '../../features/meetings-form/meeting-form-page';
export { AgendaImportPage } from '../../features/meetings-form/agenda-import-page';
export { IcalImportPage } from '../../features/meetings-form/ical-import-page';
export { BodiesPage } from '../../features/admin-bodies/bodies-page';
export { VenuesPage } from '../../features/admin-venues/venues-page';
export { VenuePage } from '../../features/admin-venues/venue-page';
export { ThreatLevelPage } from '../../features/admin-threat-level/threat-level-page';
