/**
 * The live log (issue 10 §3): its page, and the link the meeting page shows to the unit. The
 * link's text is in the meeting-plans catalogue, which the rendering area must register.
 */
export { MeetingLogLink } from './meeting-log-link';
export { MeetingLogPage } from './meeting-log-page';
