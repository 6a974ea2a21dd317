import type { CreateSignalBody, IncidentDetail, Signal, SignalList, SignalStatusBody } from '@varn/contracts';
import { apiRequest } from './client';

/** `POST /api/signals`. */
export function sendSignal(body: CreateSignalBody): Promise<Signal> {
  return apiRequest('POST', '/api/signals', { body });
}

/** `GET /api/signals`. */
export function getSignals(signal?: AbortSignal): Promise<SignalList> {
  return apiRequest('GET', '/api/signals', { signal });
}

/** `POST /api/signals/{id}/status`. */
export function changeSignalStatus(id: string, body: SignalStatusBody): Promise<Signal> {
  return apiRequest('POST', `/api/signals/${encodeURIComponent(id)}/status`, { body });
}

/** `POST /api/signals/{id}/incident`. */
export function convertSignal(id: string): Promise<IncidentDetail> {
  return apiRequest('POST', `/api/signals/${encodeURIComponent(id)}/incident`, {});
}
