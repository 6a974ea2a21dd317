import type { Outbox } from '@varn/contracts';
import { apiRequest } from './client';

/** `GET /api/outbox` (admin). */
export function getOutbox(signal?: AbortSignal): Promise<Outbox> {
  return apiRequest('GET', '/api/outbox', { signal });
}
