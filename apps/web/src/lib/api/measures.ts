import type { MeasureOwnerList } from '@varn/contracts';
import { apiRequest } from './client';

/** `GET /api/measures/owners`: whom a measure can be given to (the active security officers). */
export function getMeasureOwners(signal?: AbortSignal): Promise<MeasureOwnerList> {
  return apiRequest('GET', '/api/measures/owners', { signal });
}
