import type { CreatePartyBody, Party, PartyList, UpdatePartyBody } from '@varn/contracts';
import { apiRequest } from './client';

/** `GET /api/parties`: contacts only for roles that may see them. */
export function getParties(signal?: AbortSignal): Promise<PartyList> {
  return apiRequest('GET', '/api/parties', { signal });
}

/** `POST /api/parties` (admin). */
export function createParty(body: CreatePartyBody): Promise<Party> {
  return apiRequest('POST', '/api/parties', { body });
}

/** `PATCH /api/parties/{id}` (admin); `null` clears a contact. */
export function updateParty(id: string, body: UpdatePartyBody): Promise<Party> {
  return apiRequest('PATCH', `/api/parties/${encodeURIComponent(id)}`, { body });
}
