import type {
  AssignmentBody,
  CreateElectionWorkerBody,
  CreatePersonBody,
  ElectionWorker,
  ElectionWorkerList,
  InvitePersonBody,
  OfficialImportDecision,
  OfficialImportPreview,
  OfficialImportResult,
  PartyRoster,
  Person,
  PutPersonContactBody,
  PutPersonPartyBody,
  RegisterList,
  UpdatePersonBody,
} from '@varn/contracts';
import type { PersonGroup } from '@varn/domain';
import { apiDownload, apiRequest, type DownloadedFile } from './client';

/*
 * The officials register (issue 11 §1): people, their contact details, party, assignments and
 * elections; the import of the municipality's list, the export, and a party's roster.
 */

const personPath = (id: string): string => `/api/register/people/${encodeURIComponent(id)}`;

/** The filters of `GET /api/register/people` (never a party). */
export interface RegisterFilters {
  readonly q?: string;
  readonly group?: PersonGroup;
  readonly bodyId?: string;
  readonly limit?: number;
  readonly offset?: number;
}

/** `GET /api/register/people`: one page by name. */
export function getRegister(filters: RegisterFilters, signal?: AbortSignal): Promise<RegisterList> {
  return apiRequest('GET', '/api/register/people', { query: { ...filters }, signal });
}

/** `GET /api/register/people/{id}` (audited). */
export function getPerson(id: string, signal?: AbortSignal): Promise<Person> {
  return apiRequest('GET', personPath(id), { signal });
}

/** `POST /api/register/people`. */
export function createPerson(body: CreatePersonBody): Promise<Person> {
  return apiRequest('POST', '/api/register/people', { body });
}

/** `PATCH /api/register/people/{id}`. */
export function updatePerson(id: string, body: UpdatePersonBody): Promise<Person> {
  return apiRequest('PATCH', personPath(id), { body });
}

/** `PUT /api/register/people/{id}/contact`. */
export function putContact(id: string, body: PutPersonContactBody): Promise<Person> {
  return apiRequest('PUT', `${personPath(id)}/contact`, { body });
}

/** `PUT /api/register/people/{id}/party`. */
export function putParty(id: string, body: PutPersonPartyBody): Promise<Person> {
  return apiRequest('PUT', `${personPath(id)}/party`, { body });
}

/** `POST /api/register/people/{id}/assignments`. */
export function addAssignment(id: string, body: AssignmentBody): Promise<Person> {
  return apiRequest('POST', `${personPath(id)}/assignments`, { body });
}

/** `DELETE /api/register/people/{id}/assignments/{assignmentId}`. */
export function removeAssignment(id: string, assignmentId: string): Promise<Person> {
  return apiRequest('DELETE', `${personPath(id)}/assignments/${encodeURIComponent(assignmentId)}`, {});
}

/** `POST /api/register/people/{id}/invite` (admin). */
export function invitePerson(id: string, body: InvitePersonBody): Promise<Person> {
  return apiRequest('POST', `${personPath(id)}/invite`, { body });
}

/** `GET /api/register/election-workers`: one election's workers. */
export function getElectionWorkers(
  electionDate: string | undefined,
  signal?: AbortSignal,
): Promise<ElectionWorkerList> {
  return apiRequest('GET', '/api/register/election-workers', { query: { electionDate }, signal });
}

/** `POST /api/register/election-workers`. */
export function addElectionWorker(body: CreateElectionWorkerBody): Promise<ElectionWorker> {
  return apiRequest('POST', '/api/register/election-workers', { body });
}

/** `DELETE /api/register/election-workers/{id}`. */
export function removeElectionWorker(id: string): Promise<{ ok: true }> {
  return apiRequest('DELETE', `/api/register/election-workers/${encodeURIComponent(id)}`, {});
}

/** `POST /api/register/import/preview`: nothing is saved. */
export function previewOfficialsImport(file: File): Promise<OfficialImportPreview> {
  const formData = new FormData();
  formData.append('file', file);
  return apiRequest('POST', '/api/register/import/preview', { formData });
}

/** `POST /api/register/import`: the good rows, all or nothing; the decisions for ambiguous rows. */
export function importOfficials(
  file: File,
  decisions: readonly OfficialImportDecision[],
): Promise<OfficialImportResult> {
  const formData = new FormData();
  formData.append('decisions', JSON.stringify(decisions));
  formData.append('file', file);
  return apiRequest('POST', '/api/register/import', { formData });
}

/** `GET /api/register/export.xlsx` as a file (audited). */
export function downloadRegister(): Promise<DownloadedFile> {
  return apiDownload('/api/register/export.xlsx');
}

/** `GET /api/parties/{partyId}/roster` (audited). */
export function getPartyRoster(partyId: string, signal?: AbortSignal): Promise<PartyRoster> {
  return apiRequest('GET', `/api/parties/${encodeURIComponent(partyId)}/roster`, { signal });
}
