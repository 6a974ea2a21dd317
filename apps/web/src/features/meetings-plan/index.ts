/**
 * The security plan's parts for the meeting page (issue 10 §2): the meetings area's meeting page
 * renders `MeetingPlanSections`; its texts are the meeting-plans catalogue (and the incidents one,
 * for severities and urgencies), which the rendering area must register.
 */
export { MeetingPlanSections, ReadinessWarnings } from './plan-sections';
export { MeetingPlanPage } from './meeting-plan-page';
export { EvacuationPrintPage } from './evacuation-print-page';
