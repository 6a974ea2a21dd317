import type {
  CalendarFeed,
  ChecklistTemplateList,
  ChecklistTemplateVersion,
  CreateChecklistTemplateBody,
  CreatedCalendarFeed,
  CreateLogEntryBody,
  CreateMeasureBody,
  LogEntry,
  LogEntryIncident,
  LogFollow,
  Measure,
  MeetingDetail,
  MeetingLog,
  MeetingReview,
  SavePlanBody,
  SavePlanStaffBody,
  SaveMeetingReviewBody,
  SecurityPlan,
  UpdateChecklistItemBody,
  UpdateMeasureBody,
} from '@varn/contracts';
import { apiDownload, apiRequest, type DownloadedFile } from './client';

/*
 * Meetings' security work (issue 10): the security plan read by parts, the live log, the
 * after-action review, the checklist templates and the calendar feed. The server decides what
 * each role sees: a part the caller may not read is `null`.
 */

const meetingPath = (id: string): string => `/api/meetings/${encodeURIComponent(id)}`;

/** A stored log entry (the contract's name is the log's own). */
export type LogEntryView = LogEntry;

/** The checklist of a plan, with its progress. */
export type PlanChecklistView = NonNullable<SecurityPlan['checklist']>;

/** `GET /api/meetings/{id}`: the meeting the plan, log or review belongs to (its title, time, type). */
export function getMeetingOfPlan(meetingId: string, signal?: AbortSignal): Promise<MeetingDetail> {
  return apiRequest('GET', meetingPath(meetingId), { signal });
}

// — The live log —

/** `GET /api/meetings/{id}/log`: the entries in the domain's order, and whether the caller follows. */
export function getMeetingLog(meetingId: string, signal?: AbortSignal): Promise<MeetingLog> {
  return apiRequest('GET', `${meetingPath(meetingId)}/log`, { signal });
}

/** `POST /api/meetings/{id}/log`: the same id again answers the stored entry (200), never a second one. */
export function postLogEntry(meetingId: string, body: CreateLogEntryBody): Promise<LogEntry> {
  return apiRequest('POST', `${meetingPath(meetingId)}/log`, { body });
}

/** `POST /api/meetings/{id}/log/follow`: mail about new entries. */
export function followMeetingLog(meetingId: string): Promise<LogFollow> {
  return apiRequest('POST', `${meetingPath(meetingId)}/log/follow`, { body: {} });
}

/** `DELETE /api/meetings/{id}/log/follow`. */
export function unfollowMeetingLog(meetingId: string): Promise<LogFollow> {
  return apiRequest('DELETE', `${meetingPath(meetingId)}/log/follow`, {});
}

/** `POST /api/meetings/{id}/log/{entryId}/incident`: a second click answers the same incident. */
export function makeIncidentOfLogEntry(meetingId: string, entryId: string): Promise<LogEntryIncident> {
  return apiRequest('POST', `${meetingPath(meetingId)}/log/${encodeURIComponent(entryId)}/incident`, {
    body: {},
  });
}

// — The security plan —

/** `GET /api/meetings/{id}/plan`: the parts the caller may read. */
export function getSecurityPlan(meetingId: string, signal?: AbortSignal): Promise<SecurityPlan> {
  return apiRequest('GET', `${meetingPath(meetingId)}/plan`, { signal });
}

/** `PUT /api/meetings/{id}/plan`: starts or saves the plan; 409 when someone saved in between. */
export function saveSecurityPlan(meetingId: string, body: SavePlanBody): Promise<SecurityPlan> {
  return apiRequest('PUT', `${meetingPath(meetingId)}/plan`, { body });
}

/** `PUT /api/meetings/{id}/plan/checklist/{itemId}`: answers the checklist with its progress. */
export function updateChecklistItem(
  meetingId: string,
  itemId: string,
  body: UpdateChecklistItemBody,
): Promise<PlanChecklistView> {
  return apiRequest('PUT', `${meetingPath(meetingId)}/plan/checklist/${encodeURIComponent(itemId)}`, {
    body,
  });
}

/** `PUT /api/meetings/{id}/plan/staff`: the whole staffing list; 409 when stale. */
export function savePlanStaff(meetingId: string, body: SavePlanStaffBody): Promise<SecurityPlan> {
  return apiRequest('PUT', `${meetingPath(meetingId)}/plan/staff`, { body });
}

/** `POST /api/meetings/{id}/plan/approve`: 422 with the problems that stand in the way. */
export function approveSecurityPlan(meetingId: string, revision: number): Promise<SecurityPlan> {
  return apiRequest('POST', `${meetingPath(meetingId)}/plan/approve`, { body: { revision } });
}

/** `POST /api/meetings/{id}/plan/reopen`: an approved plan becomes a draft again. */
export function reopenSecurityPlan(meetingId: string, revision: number): Promise<SecurityPlan> {
  return apiRequest('POST', `${meetingPath(meetingId)}/plan/reopen`, { body: { revision } });
}

/** The address of the printable evacuation plan (one page, PDF). */
export function evacuationPlanPdfUrl(meetingId: string): string {
  return `${meetingPath(meetingId)}/evacuation-plan.pdf`;
}

/** `GET /api/meetings/{id}/evacuation-plan.pdf` as a file: a failure is an `ApiError`, not a saved error. */
export function downloadEvacuationPlanPdf(meetingId: string): Promise<DownloadedFile> {
  return apiDownload(evacuationPlanPdfUrl(meetingId));
}

// — The after-action review —

/** `GET /api/meetings/{id}/review`. */
export function getMeetingReview(meetingId: string, signal?: AbortSignal): Promise<MeetingReview> {
  return apiRequest('GET', `${meetingPath(meetingId)}/review`, { signal });
}

/** `PUT /api/meetings/{id}/review`: the three texts. */
export function saveMeetingReview(meetingId: string, body: SaveMeetingReviewBody): Promise<MeetingReview> {
  return apiRequest('PUT', `${meetingPath(meetingId)}/review`, { body });
}

/** `POST /api/meetings/{id}/review/measures`. */
export function addReviewMeasure(meetingId: string, body: CreateMeasureBody): Promise<Measure> {
  return apiRequest('POST', `${meetingPath(meetingId)}/review/measures`, { body });
}

/** `PATCH /api/meetings/{id}/review/measures/{measureId}`. */
export function updateReviewMeasure(
  meetingId: string,
  measureId: string,
  body: UpdateMeasureBody,
): Promise<Measure> {
  return apiRequest('PATCH', `${meetingPath(meetingId)}/review/measures/${encodeURIComponent(measureId)}`, {
    body,
  });
}

// — Checklist templates —

/** `GET /api/meeting-templates`: every version, newest first. */
export function getChecklistTemplates(signal?: AbortSignal): Promise<ChecklistTemplateList> {
  return apiRequest('GET', '/api/meeting-templates', { signal });
}

/** `POST /api/meeting-templates` (admin): a new version; 422 lists its problems by path. */
export function createChecklistTemplate(
  body: CreateChecklistTemplateBody,
): Promise<ChecklistTemplateVersion> {
  return apiRequest('POST', '/api/meeting-templates', { body });
}

// — The calendar feed —

/** `GET /api/calendar-feed`: whether the caller has a feed, never its address. */
export function getCalendarFeed(signal?: AbortSignal): Promise<CalendarFeed> {
  return apiRequest('GET', '/api/calendar-feed', { signal });
}

/** `POST /api/calendar-feed`: a new secret address, shown once; an earlier one stops working. */
export function createCalendarFeed(): Promise<CreatedCalendarFeed> {
  return apiRequest('POST', '/api/calendar-feed', { body: {} });
}

/** `DELETE /api/calendar-feed`: the address stops working; answers the feed (no longer active). */
export function revokeCalendarFeed(): Promise<CalendarFeed> {
  return apiRequest('DELETE', '/api/calendar-feed', {});
}
