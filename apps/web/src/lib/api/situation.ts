import type { RecordSituationAssessmentBody, Situation, SituationAssessment } from '@varn/contracts';
import { apiRequest } from './client';

/** `GET /api/situation`: the caller's lägesbild of a year (the current year when left out). */
export function getSituation(year: number | undefined, signal?: AbortSignal): Promise<Situation> {
  return apiRequest('GET', '/api/situation', { query: { year }, signal });
}

/** `POST /api/situation/assessments` (security unit): the overall level and a written assessment. */
export function recordSituationAssessment(body: RecordSituationAssessmentBody): Promise<SituationAssessment> {
  return apiRequest('POST', '/api/situation/assessments', { body });
}

/** The live stream's address (server-sent events; the session cookie goes with it). */
export const situationEventsPath = '/api/situation/events';
