/**
 * Training (issue 11 §3, DOMAIN.md §6): courses, sessions and attendance, each person's status,
 * coverage per course, body and party, a party's training, and the refresher campaign with its
 * invitations and reminders. The meetings module asks `findUntrainedChairs` for its readiness.
 */
export { trainingRoutes } from './training.routes';
export { trainingJobs } from './training.jobs';
export { findUntrainedChairs } from './training-readiness';
export { ensureDefaultCourses, ensureDefaultCoursesEverywhere } from './training.service';
export { basicTrainingCoverageOf } from './training-status.service';
