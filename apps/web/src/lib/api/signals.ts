import {
  incidentDetailSchema,
  signalListSchema,
  signalSchema,
  type CreateSignalBody,
  type IncidentDetail,
  type Signal,
  type SignalList,
  type SignalStatusBody,
} from '@varn/contracts';
import { apiRequest } from './client';

/** `POST /api/signals`. */
export function sendSignal(body: CreateSignalBody): Promise<Signal> {
  return apiRequest('POST', '/api/signals', { schema: signalSchema, body });
}

/** `GET /api/signals`. */
export function getSignals(signal?: AbortSignal): Promise<SignalList> {
  return apiRequest('GET', '/api/signals', { schema: signalListSchema, signal });
}

/** `POST /api/signals/{id}/status`. */
export function changeSignalStatus(id: string, body: SignalStatusBody): Promise<Signal> {
  return apiRequest('POST', `/api/signals/${encodeURIComponent(id)}/status`, { schema: signalSchema, body });
}

/** `POST /api/signals/{id}/incident`. */
export function convertSignal(id: string): Promise<IncidentDetail> {
  return apiRequest('POST', `/api/signals/${encodeURIComponent(id)}/incident`, {
    schema: incidentDetailSchema,
  });
}
