import type {
  CreateMeasureBody,
  Custody,
  HandlerList,
  IncidentSearchResult,
  RelatedSuggestionList,
  Inbox,
  Evidence,
  IncidentDetail,
  IncidentList,
  IncidentQuery,
  Measure,
  Metrics,
  MyCaseList,
  MyCasesQuery,
  NoteBody,
  PeriodQuery,
  PoliceReportBody,
  ReportIncidentBody,
  TransitionBody,
  TriageBody,
  UpdateMeasureBody,
  WorkEnvironmentBody,
} from '@varn/contracts';
import { apiRequest } from './client';

const one = (id: string): string => `/api/incidents/${encodeURIComponent(id)}`;

/**
 * `POST /api/incidents`. The idempotency key is made once per form (and kept with the draft), so
 * a retry after a dropped connection never creates a second case.
 */
export function reportIncident(body: ReportIncidentBody, idempotencyKey: string): Promise<IncidentDetail> {
  return apiRequest('POST', '/api/incidents', {
    body,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}

/** `GET /api/incidents`: the security unit's queue, or the caller's own cases. */
export function getIncidents(
  query: Partial<Record<keyof IncidentQuery, string | number | undefined>>,
  signal?: AbortSignal,
): Promise<IncidentList> {
  return apiRequest('GET', '/api/incidents', { query, signal });
}

/** `GET /api/incidents/mine`: "Mina ärenden", a page at a time (pass `nextCursor` back as `cursor`). */
export function getMyCases(
  query: Partial<Record<keyof MyCasesQuery, string | number | undefined>>,
  signal?: AbortSignal,
): Promise<MyCaseList> {
  return apiRequest('GET', '/api/incidents/mine', { query, signal });
}

/** `GET /api/incidents/inbox`: the security officer's home page. */
export function getInbox(signal?: AbortSignal): Promise<Inbox> {
  return apiRequest('GET', '/api/incidents/inbox', { signal });
}

/** `GET /api/incidents/{id}`. */
export function getIncident(id: string, signal?: AbortSignal): Promise<IncidentDetail> {
  return apiRequest('GET', one(id), { signal });
}

/** `PATCH /api/incidents/{id}`: triage (security unit). */
export function triageIncident(id: string, body: TriageBody): Promise<IncidentDetail> {
  return apiRequest('PATCH', one(id), { body });
}

/** `POST /api/incidents/{id}/transitions`. */
export function transitionIncident(id: string, body: TransitionBody): Promise<IncidentDetail> {
  return apiRequest('POST', `${one(id)}/transitions`, { body });
}

/** `POST /api/incidents/{id}/notes`. */
export function addNote(id: string, body: NoteBody): Promise<IncidentDetail> {
  return apiRequest('POST', `${one(id)}/notes`, { body });
}

/** `POST /api/incidents/{id}/consent` (the targeted person). */
export function setConsent(id: string, consent: boolean): Promise<IncidentDetail> {
  return apiRequest('POST', `${one(id)}/consent`, { body: { consent } });
}

/** `POST /api/incidents/{id}/work-environment-report`. */
export function recordWorkEnvironmentReport(id: string, body: WorkEnvironmentBody): Promise<IncidentDetail> {
  return apiRequest('POST', `${one(id)}/work-environment-report`, { body });
}

/** `POST /api/incidents/{id}/measures`. */
export function addMeasure(id: string, body: CreateMeasureBody): Promise<Measure> {
  return apiRequest('POST', `${one(id)}/measures`, { body });
}

/** `PATCH /api/incidents/{id}/measures/{measureId}`. */
export function updateMeasure(id: string, measureId: string, body: UpdateMeasureBody): Promise<Measure> {
  return apiRequest('PATCH', `${one(id)}/measures/${encodeURIComponent(measureId)}`, {
    body,
  });
}

/** `PUT /api/incidents/{id}/police-report`. */
export function savePoliceReport(id: string, body: PoliceReportBody): Promise<IncidentDetail> {
  return apiRequest('PUT', `${one(id)}/police-report`, { body });
}

/** `POST /api/incidents/{id}/police-report/links`: a later incident joins this report. */
export function linkToPoliceReport(id: string, incidentId: string): Promise<IncidentDetail> {
  return apiRequest('POST', `${one(id)}/police-report/links`, {
    body: { incidentId },
  });
}

/** `POST /api/incidents/{id}/evidence` (multipart, field "file"). */
export function uploadEvidence(id: string, file: File): Promise<Evidence> {
  const formData = new FormData();
  formData.append('file', file, file.name);
  return apiRequest('POST', `${one(id)}/evidence`, { formData });
}

/** URL to view (inline) or download an evidence file; the browser sends the session cookie. */
export function evidenceUrl(id: string, fileId: string, disposition: 'inline' | 'attachment'): string {
  return `${one(id)}/evidence/${encodeURIComponent(fileId)}?disposition=${disposition}`;
}

/** URL of the police bundle (all evidence as a ZIP with a SHA-256 manifest). */
export function evidenceBundleUrl(id: string): string {
  return `${one(id)}/evidence/export`;
}

/** `GET /api/incidents/{id}/evidence/{fileId}/custody`. */
export function getCustody(id: string, fileId: string, signal?: AbortSignal): Promise<Custody> {
  return apiRequest('GET', `${one(id)}/evidence/${encodeURIComponent(fileId)}/custody`, {
    signal,
  });
}

/** `GET /api/incidents/metrics`: handling times for a period. */
export function getMetrics(period: PeriodQuery, signal?: AbortSignal): Promise<Metrics> {
  return apiRequest('GET', '/api/incidents/metrics', {
    query: { from: period.from, to: period.to },
    signal,
  });
}

/** `GET /api/incidents/handlers`. */
export function getHandlers(signal?: AbortSignal): Promise<HandlerList> {
  return apiRequest('GET', '/api/incidents/handlers', { signal });
}

/** `GET /api/incidents/search`: the organisation's cases by reference or words (security unit). */
export function searchIncidents(q: string, signal?: AbortSignal): Promise<IncidentSearchResult> {
  return apiRequest('GET', '/api/incidents/search', { query: { q }, signal });
}

/** `GET /api/incidents/{id}/suggestions`: related cases to link, and why. */
export function getRelatedSuggestions(id: string, signal?: AbortSignal): Promise<RelatedSuggestionList> {
  return apiRequest('GET', `${one(id)}/suggestions`, { signal });
}

/** `POST /api/incidents/{id}/links`: links a related case (both ways). */
export function linkRelatedCase(id: string, incidentId: string): Promise<IncidentDetail> {
  return apiRequest('POST', `${one(id)}/links`, { body: { incidentId } });
}

/** `DELETE /api/incidents/{id}/links/{linkedId}`. */
export function unlinkRelatedCase(id: string, linkedId: string): Promise<IncidentDetail> {
  return apiRequest('DELETE', `${one(id)}/links/${encodeURIComponent(linkedId)}`, {});
}
