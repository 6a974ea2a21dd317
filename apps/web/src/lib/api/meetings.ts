import type {
  AgendaImportResult,
  BodyList,
  Body,
  CreateBodyBody,
  CreateMeetingBody,
  CreateVenueBody,
  IcalImportResult,
  ImportAgendaBody,
  ImportIcalBody,
  MeetingDetail,
  MeetingList,
  PutAgendaBody,
  PutBodyMembersBody,
  RecordThreatLevelBody,
  ThreatLevels,
  UpdateBodyBody,
  UpdateMeetingBody,
  UpdateVenueBody,
  Venue,
  VenueList,
} from '@varn/contracts';
import { apiDownload, apiRequest, type DownloadedFile } from './client';

/*
 * Meetings and events (issue 10): meetings with their risk and agenda, agenda and iCalendar
 * imports, bodies and their members, venues with their floor plans, the national threat level.
 * The security plan, live log and review are in `meeting-plans.ts`.
 */

const meetingPath = (id: string): string => `/api/meetings/${encodeURIComponent(id)}`;
const bodyPath = (id: string): string => `/api/bodies/${encodeURIComponent(id)}`;
const venuePath = (id: string): string => `/api/venues/${encodeURIComponent(id)}`;

/** The filters of `GET /api/meetings`, as the calendar sends them. */
export interface MeetingFilters {
  readonly from?: string;
  readonly to?: string;
  readonly bodyId?: string;
  readonly type?: string;
  readonly status?: string;
  readonly limit?: number;
  readonly offset?: number;
}

// — Meetings —

/** `GET /api/meetings`: meetings overlapping [from, to) with their risk, by start time. */
export function getMeetings(filters: MeetingFilters, signal?: AbortSignal): Promise<MeetingList> {
  return apiRequest('GET', '/api/meetings', { query: { ...filters }, signal });
}

/** `POST /api/meetings`. */
export function createMeeting(body: CreateMeetingBody): Promise<MeetingDetail> {
  return apiRequest('POST', '/api/meetings', { body });
}

/** `GET /api/meetings/{id}`: the meeting, its agenda with levels, its risk and (security unit) warnings. */
export function getMeeting(id: string, signal?: AbortSignal): Promise<MeetingDetail> {
  return apiRequest('GET', meetingPath(id), { signal });
}

/** `PATCH /api/meetings/{id}`: only the fields sent change (incl. cancelling it or marking it held). */
export function updateMeeting(id: string, body: UpdateMeetingBody): Promise<MeetingDetail> {
  return apiRequest('PATCH', meetingPath(id), { body });
}

/** `PUT /api/meetings/{id}/agenda`: the whole agenda in order; new matters are created with it. */
export function putAgenda(id: string, body: PutAgendaBody): Promise<MeetingDetail> {
  return apiRequest('PUT', `${meetingPath(id)}/agenda`, { body });
}

/** `POST /api/meetings/{id}/agenda/import`: `preview` saves nothing; `commit` adds every row or none. */
export function importAgenda(id: string, body: ImportAgendaBody): Promise<AgendaImportResult> {
  return apiRequest('POST', `${meetingPath(id)}/agenda/import`, { body });
}

/** `POST /api/meetings/import-ical`: meetings from an .ics file, matched by UID on a new import. */
export function importIcal(body: ImportIcalBody): Promise<IcalImportResult> {
  return apiRequest('POST', '/api/meetings/import-ical', { body });
}

// — Bodies —

/** `GET /api/bodies`: the bodies in their order, with their members. */
export function getBodies(signal?: AbortSignal): Promise<BodyList> {
  return apiRequest('GET', '/api/bodies', { signal });
}

/** `POST /api/bodies` (admin). */
export function createBody(body: CreateBodyBody): Promise<Body> {
  return apiRequest('POST', '/api/bodies', { body });
}

/** `PATCH /api/bodies/{id}` (admin). */
export function updateBody(id: string, body: UpdateBodyBody): Promise<Body> {
  return apiRequest('PATCH', bodyPath(id), { body });
}

/** `PUT /api/bodies/{id}/members` (admin): the whole member list. */
export function putBodyMembers(id: string, body: PutBodyMembersBody): Promise<Body> {
  return apiRequest('PUT', `${bodyPath(id)}/members`, { body });
}

// — Venues —

/** `GET /api/venues`. */
export function getVenues(signal?: AbortSignal): Promise<VenueList> {
  return apiRequest('GET', '/api/venues', { signal });
}

/** `POST /api/venues`. */
export function createVenue(body: CreateVenueBody): Promise<Venue> {
  return apiRequest('POST', '/api/venues', { body });
}

/** `GET /api/venues/{id}`: the venue with its security details. */
export function getVenue(id: string, signal?: AbortSignal): Promise<Venue> {
  return apiRequest('GET', venuePath(id), { signal });
}

/** `PATCH /api/venues/{id}`. */
export function updateVenue(id: string, body: UpdateVenueBody): Promise<Venue> {
  return apiRequest('PATCH', venuePath(id), { body });
}

/** `PUT /api/venues/{id}/floor-plan`: a PDF or image, multipart like evidence; answers the venue. */
export function uploadFloorPlan(id: string, file: File): Promise<Venue> {
  const formData = new FormData();
  formData.append('file', file, file.name);
  return apiRequest('PUT', `${venuePath(id)}/floor-plan`, { formData });
}

/** `DELETE /api/venues/{id}/floor-plan`: answers the venue. */
export function deleteFloorPlan(id: string): Promise<Venue> {
  return apiRequest('DELETE', `${venuePath(id)}/floor-plan`, {});
}

/** `GET /api/venues/{id}/floor-plan` as a file: a failure is an error, not a downloaded error page. */
export function downloadFloorPlan(id: string): Promise<DownloadedFile> {
  return apiDownload(`${venuePath(id)}/floor-plan`);
}

// — The national threat level —

/** `GET /api/threat-levels`: the level in force and the history, newest first. */
export function getThreatLevels(signal?: AbortSignal): Promise<ThreatLevels> {
  return apiRequest('GET', '/api/threat-levels', { signal });
}

/** `POST /api/threat-levels`: a change Säkerhetspolisen made, from the day it took effect. */
export function recordThreatLevel(body: RecordThreatLevelBody): Promise<ThreatLevels> {
  return apiRequest('POST', '/api/threat-levels', { body });
}
