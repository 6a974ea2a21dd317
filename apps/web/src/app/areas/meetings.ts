/**
 * Meetings and events: the risk heat calendar, one meeting with its agenda and risk, the meeting
 * form and agenda imports, bodies, venues and the national threat level. Never part of what the
 * reporter's pages load (ADR 015).
 * The router loads this module lazily, so the area's code and texts are a chunk of their own.
 */
import { registerMessages } from '../../lib/i18n/i18n';
import { svMeetings } from '../../lib/i18n/meetings.sv';
import { enMeetings } from '../../lib/i18n/meetings.en';

// Registered when this module is evaluated: before any page below renders.
registerMessages({ sv: svMeetings, en: enMeetings });

export { CalendarPage } from '../../features/meetings-calendar/calendar-page';
export { MeetingPage } from '../../features/meetings-meeting/meeting-page';
export { NewMeetingPage, EditMeetingPage } from '../../features/meetings-form/meeting-form-page';
export { AgendaImportPage } from '../../features/meetings-form/agenda-import-page';
export { IcalImportPage } from '../../features/meetings-form/ical-import-page';
export { BodiesPage } from '../../features/admin-bodies/bodies-page';
export { VenuesPage } from '../../features/admin-venues/venues-page';
export { VenuePage } from '../../features/admin-venues/venue-page';
export { ThreatLevelPage } from '../../features/admin-threat-level/threat-level-page';
