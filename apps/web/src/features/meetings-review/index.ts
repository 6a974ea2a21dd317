/**
 * The after-action review for the meeting page (issue 10 §3): the meetings area renders
 * `MeetingReviewSection`; its texts are the meeting-plans and incidents catalogues (measure types),
 * which the rendering area must register.
 */
export { MeetingReviewSection } from './review-section';
export { MeetingReviewPage } from './meeting-review-page';
