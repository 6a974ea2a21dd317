import type {
  CampaignMailResult,
  Course,
  CourseList,
  CreateCourseBody,
  CreateTrainingSessionBody,
  InviteToSessionBody,
  MyTraining,
  PartyTraining,
  RecordAttendanceBody,
  TrainingCampaign,
  TrainingCoverage,
  TrainingPeople,
  TrainingSession,
  TrainingSessionList,
  UpdateCourseBody,
} from '@varn/contracts';
import { apiRequest } from './client';

/* Training (issue 11 §3): courses, sessions and attendance, coverage, the refresher campaign. */

const sessionPath = (id: string): string => `/api/training/sessions/${encodeURIComponent(id)}`;

/** `GET /api/training/courses`. */
export function getCourses(signal?: AbortSignal): Promise<CourseList> {
  return apiRequest('GET', '/api/training/courses', { signal });
}

/** `POST /api/training/courses`. */
export function createCourse(body: CreateCourseBody): Promise<Course> {
  return apiRequest('POST', '/api/training/courses', { body });
}

/** `PATCH /api/training/courses/{id}`. */
export function updateCourse(id: string, body: UpdateCourseBody): Promise<Course> {
  return apiRequest('PATCH', `/api/training/courses/${encodeURIComponent(id)}`, { body });
}

/** `GET /api/training/sessions`. */
export function getSessions(signal?: AbortSignal): Promise<TrainingSessionList> {
  return apiRequest('GET', '/api/training/sessions', { signal });
}

/** `POST /api/training/sessions`. */
export function createSession(body: CreateTrainingSessionBody): Promise<TrainingSession> {
  return apiRequest('POST', '/api/training/sessions', { body });
}

/** `GET /api/training/sessions/{id}`. */
export function getSession(id: string, signal?: AbortSignal): Promise<TrainingSession> {
  return apiRequest('GET', sessionPath(id), { signal });
}

/** `POST /api/training/sessions/{id}/cancel`. */
export function cancelSession(id: string): Promise<TrainingSession> {
  return apiRequest('POST', `${sessionPath(id)}/cancel`, {});
}

/** `POST /api/training/sessions/{id}/attendance`. */
export function recordAttendance(id: string, body: RecordAttendanceBody): Promise<TrainingSession> {
  return apiRequest('POST', `${sessionPath(id)}/attendance`, { body });
}

/** `GET /api/training/people`: names for the pickers. */
export function getTrainingPeople(signal?: AbortSignal): Promise<TrainingPeople> {
  return apiRequest('GET', '/api/training/people', { signal });
}

/** `GET /api/me/training`. */
export function getMyTraining(signal?: AbortSignal): Promise<MyTraining> {
  return apiRequest('GET', '/api/me/training', { signal });
}

/** `GET /api/training/coverage`. */
export function getCoverage(signal?: AbortSignal): Promise<TrainingCoverage> {
  return apiRequest('GET', '/api/training/coverage', { signal });
}

/** `GET /api/parties/{id}/training`. */
export function getPartyTraining(partyId: string, signal?: AbortSignal): Promise<PartyTraining> {
  return apiRequest('GET', `/api/parties/${encodeURIComponent(partyId)}/training`, { signal });
}

/** `GET /api/training/campaign`. */
export function getCampaign(signal?: AbortSignal): Promise<TrainingCampaign> {
  return apiRequest('GET', '/api/training/campaign', { signal });
}

/** `POST /api/training/campaign/invitations`. */
export function inviteToSession(body: InviteToSessionBody): Promise<CampaignMailResult> {
  return apiRequest('POST', '/api/training/campaign/invitations', { body });
}

/** `POST /api/training/campaign/reminders`. */
export function sendReminders(): Promise<CampaignMailResult> {
  return apiRequest('POST', '/api/training/campaign/reminders', {});
}
