import type {
  Assessment,
  AssessmentHistory,
  AssessmentList,
  AssessmentQuery,
  ChooseMeasuresBody,
  CreateAssessmentBody,
  CreateMatterBody,
  CreateScreeningBody,
  CreateTemplateVersionBody,
  ImportMattersBody,
  ImportResult,
  MatterDetail,
  MatterList,
  MatterQuery,
  PeriodQuery,
  RiskguideSummaryView,
  Measure,
  SaveAssessmentBody,
  Screening,
  ScreeningList,
  TemplateVersion,
  UpdateMatterBody,
  UpdateMeasureBody,
  SensitiveTerms,
  TemplateVersionList,
} from '@varn/contracts';
import { apiDownload, apiRequest, type DownloadedFile } from './client';

/*
 * Riskguide (issue 4): matters and their CSV import, step-1 screenings, assessments (steps 2 and
 * 3) and the versioned templates. The server decides every result; the browser only previews.
 */

const matterPath = (id: string): string => `/api/matters/${encodeURIComponent(id)}`;
const screeningPath = (id: string): string => `/api/screenings/${encodeURIComponent(id)}`;
const assessmentPath = (id: string): string => `/api/assessments/${encodeURIComponent(id)}`;

// — Matters —

/** `GET /api/matters`: matters with their result level, by title or diary number. */
export function getMatters(query: MatterQuery, signal?: AbortSignal): Promise<MatterList> {
  return apiRequest('GET', '/api/matters', { query, signal });
}

/** `POST /api/matters`: the answer warns about a title that does not look neutral. */
export function createMatter(body: CreateMatterBody): Promise<MatterDetail> {
  return apiRequest('POST', '/api/matters', { body });
}

/** `POST /api/matters/import`: `preview` saves nothing; `commit` saves every row or none. */
export function importMatters(body: ImportMattersBody): Promise<ImportResult> {
  return apiRequest('POST', '/api/matters/import', { body });
}

/** `GET /api/matters/{id}`: measures are `null` for roles that read only the result level. */
export function getMatter(id: string, signal?: AbortSignal): Promise<MatterDetail> {
  return apiRequest('GET', matterPath(id), { signal });
}

/** `PATCH /api/matters/{id}`. */
export function updateMatter(id: string, body: UpdateMatterBody): Promise<MatterDetail> {
  return apiRequest('PATCH', matterPath(id), { body });
}

/** `GET /api/matters/{id}/assessments`: the history, newest first, with what changed (security unit). */
export function getMatterHistory(id: string, signal?: AbortSignal): Promise<AssessmentHistory> {
  return apiRequest('GET', `${matterPath(id)}/assessments`, { signal });
}

/** `PATCH /api/matters/{id}/measures/{measureId}`: status, owner, due date (security unit). */
export function updateMatterMeasure(
  id: string,
  measureId: string,
  body: UpdateMeasureBody,
): Promise<Measure> {
  return apiRequest('PATCH', `${matterPath(id)}/measures/${encodeURIComponent(measureId)}`, {
    body,
  });
}

// — Step 1: screenings —

/** `GET /api/screenings`: the latest screenings with their counts. */
export function getScreenings(signal?: AbortSignal): Promise<ScreeningList> {
  return apiRequest('GET', '/api/screenings', { signal });
}

/** `POST /api/screenings`: many matters at once, screened by the caller now. */
export function createScreening(body: CreateScreeningBody): Promise<Screening> {
  return apiRequest('POST', '/api/screenings', { body });
}

/** `GET /api/screenings/{id}`. */
export function getScreening(id: string, signal?: AbortSignal): Promise<Screening> {
  return apiRequest('GET', screeningPath(id), { signal });
}

/** `POST /api/screenings/{id}/queue`: moderate and high rows go on to step 2. */
export function queueScreening(id: string): Promise<Screening> {
  return apiRequest('POST', `${screeningPath(id)}/queue`, { body: {} });
}

// — Steps 2 and 3: assessments —

/** `GET /api/assessments`: drafts to resume and finished assessments (security unit). */
export function getAssessments(
  query: Partial<Record<keyof AssessmentQuery, string | number | undefined>>,
  signal?: AbortSignal,
): Promise<AssessmentList> {
  return apiRequest('GET', '/api/assessments', { query, signal });
}

/** `POST /api/assessments`: a new assessment of a matter, or the draft it already has. */
export function createAssessment(body: CreateAssessmentBody): Promise<Assessment> {
  return apiRequest('POST', '/api/assessments', { body });
}

/** `GET /api/assessments/{id}`. */
export function getAssessment(id: string, signal?: AbortSignal): Promise<Assessment> {
  return apiRequest('GET', assessmentPath(id), { signal });
}

/** `PUT /api/assessments/{id}`: saves the draft; 409 when someone else saved meanwhile or it is finished. */
export function saveAssessment(id: string, body: SaveAssessmentBody): Promise<Assessment> {
  return apiRequest('PUT', assessmentPath(id), { body });
}

/** `POST /api/assessments/{id}/finish`: scores, locks and signs. */
export function finishAssessment(id: string, revision: number): Promise<Assessment> {
  return apiRequest('POST', `${assessmentPath(id)}/finish`, { body: { revision } });
}

/** `POST /api/assessments/{id}/measures`: chosen library measures become tracked measures. */
export function chooseAssessmentMeasures(id: string, body: ChooseMeasuresBody): Promise<Assessment> {
  return apiRequest('POST', `${assessmentPath(id)}/measures`, { body });
}

/** The address of a finished assessment's PDF (the link's `href`). */
export function assessmentPdfUrl(id: string): string {
  return `${assessmentPath(id)}/pdf`;
}

/** `GET /api/assessments/{id}/pdf` as a file: a failure is an {@link ApiError}, not a downloaded error. */
export function downloadAssessmentPdf(id: string): Promise<DownloadedFile> {
  return apiDownload(assessmentPdfUrl(id));
}

// — Templates —

/** `GET /api/riskguide/templates`: every version, newest first. */
export function getTemplateVersions(signal?: AbortSignal): Promise<TemplateVersionList> {
  return apiRequest('GET', '/api/riskguide/templates', { signal });
}

/** `GET /api/riskguide/templates/{id}`: one version with all its content. */
export function getTemplateVersion(id: string, signal?: AbortSignal): Promise<TemplateVersion> {
  return apiRequest('GET', `/api/riskguide/templates/${encodeURIComponent(id)}`, {
    signal,
  });
}

/** The newest version with its content (what new screenings and assessments use). */
export async function getCurrentTemplate(signal?: AbortSignal): Promise<TemplateVersion> {
  const { templates } = await getTemplateVersions(signal);
  const current = templates.find((template) => template.current) ?? templates[0];
  if (!current) throw new Error('no riskguide template');
  return await getTemplateVersion(current.id, signal);
}

/** `POST /api/riskguide/templates` (admin): a new version; 422 lists its problems by path. */
export function createTemplateVersion(body: CreateTemplateVersionBody): Promise<TemplateVersion> {
  return apiRequest('POST', '/api/riskguide/templates', { body });
}

/** `GET /api/riskguide/summary`: Riskguide in figures for a period. */
export function getRiskguideSummary(
  period: PeriodQuery,
  signal?: AbortSignal,
): Promise<RiskguideSummaryView> {
  return apiRequest('GET', '/api/riskguide/summary', {
    query: { from: period.from, to: period.to },
    signal,
  });
}

/** `GET /api/matters/sensitive-terms`: the organisation's words to warn about in titles (screeners). */
export function getSensitiveTerms(signal?: AbortSignal): Promise<SensitiveTerms> {
  return apiRequest('GET', '/api/matters/sensitive-terms', { signal });
}
