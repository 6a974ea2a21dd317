import type { LogEntryKind } from '@varn/domain';
import { apiRequest } from './client';

/*
 * Meetings' security plans, live logs, reviews, checklist templates and calendar feeds (issue 10).
 * The server decides what each role sees: the plan's parts are present only for roles that may
 * read them.
 */

const meetingPath = (id: string): string => `/api/meetings/${encodeURIComponent(id)}`;

/** Someone the API names. */
export interface PersonRef {
  readonly id: string;
  readonly name: string;
}

// — The live log —

/** One stored entry of a meeting's log. */
export interface LogEntryView {
  readonly id: string;
  readonly meetingId: string;
  readonly kind: LogEntryKind;
  readonly text: string;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly createdBy: PersonRef | null;
  /** The incident the entry became, if it did. */
  readonly incident: { readonly id: string; readonly reference: string } | null;
}

/** A meeting's log and whether the caller follows it. */
export interface MeetingLogView {
  readonly entries: readonly LogEntryView[];
  readonly following: boolean;
}

/** What the phone sends: the entry with the id it made. */
export interface PostLogEntryBody {
  readonly id: string;
  readonly kind: LogEntryKind;
  readonly text: string;
  readonly occurredAt: string;
}

/** `GET /api/meetings/{id}/log`. */
export function getMeetingLog(meetingId: string, signal?: AbortSignal): Promise<MeetingLogView> {
  return apiRequest('GET', `${meetingPath(meetingId)}/log`, { signal });
}

/** `POST /api/meetings/{id}/log`: the same id again answers the stored entry (200), never a second one. */
export function postLogEntry(meetingId: string, body: PostLogEntryBody): Promise<LogEntryView> {
  return apiRequest('POST', `${meetingPath(meetingId)}/log`, { body });
}

/** `POST /api/meetings/{id}/log/follow`: mail about new entries. */
export function followMeetingLog(meetingId: string): Promise<unknown> {
  return apiRequest('POST', `${meetingPath(meetingId)}/log/follow`, { body: {} });
}

/** `DELETE /api/meetings/{id}/log/follow`. */
export function unfollowMeetingLog(meetingId: string): Promise<unknown> {
  return apiRequest('DELETE', `${meetingPath(meetingId)}/log/follow`, {});
}

/** `POST /api/meetings/{id}/log/{entryId}/incident`: a second click answers the same incident. */
export function makeIncidentOfLogEntry(meetingId: string, entryId: string): Promise<LogEntryView> {
  return apiRequest('POST', `${meetingPath(meetingId)}/log/${encodeURIComponent(entryId)}/incident`, {
    body: {},
  });
}
