/**
 * Meetings' security work (issue 10): the security plan, the live log, the after-action review,
 * the checklist templates and the calendar feed. The meeting page itself (calendar, details,
 * agenda) is the meetings area's; it shows the plan and review sections exported from the features.
 * The router loads this module lazily, so the area's code and texts are a chunk of their own.
 */
import { registerMessages } from '../../lib/i18n/i18n';
import { svIncidents } from '../../lib/i18n/incidents.sv';
import { enIncidents } from '../../lib/i18n/incidents.en';
import { svMeetingPlans } from '../../lib/i18n/meeting-plans.sv';
import { enMeetingPlans } from '../../lib/i18n/meeting-plans.en';

// Registered when this module is evaluated: before any page below renders. The incidents texts
// name severities, urgencies and measure types in the threat picture and the review.
registerMessages({ sv: svIncidents, en: enIncidents }, { sv: svMeetingPlans, en: enMeetingPlans });

export { MeetingLogPage } from '../../features/meetings-log';
export { MeetingReviewPage } from '../../features/meetings-review';
export { MeetingPlanPage, EvacuationPrintPage } from '../../features/meetings-plan';
export { MeetingTemplatesPage } from '../../features/admin-meeting-templates/templates-page';
export { MeetingTemplateEditorPage } from '../../features/admin-meeting-templates/template-editor-page';
export { CalendarFeedPage } from '../../features/calendar-feed/calendar-feed-page';
