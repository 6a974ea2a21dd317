import type {
  AppointPartyContactsBody,
  ContactCandidateList,
  CreatePartyBody,
  Party,
  PartyList,
  PartyReadinessGapList,
  PartySecurityContactList,
  PartySecurityContacts,
  PartySummary,
  RecordUnitContactBody,
  UpdatePartyBody,
} from '@varn/contracts';
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

// — Security contacts as people of the register (issue 11 §2) —

/** `GET /api/parties/security-contacts` (admin, unit): every party's contacts and gaps. */
export function getPartySecurityContacts(signal?: AbortSignal): Promise<PartySecurityContactList> {
  return apiRequest('GET', '/api/parties/security-contacts', { signal });
}

/** `PUT /api/parties/{id}/security-contacts` (admin, unit). */
export function appointPartyContacts(
  id: string,
  body: AppointPartyContactsBody,
): Promise<PartySecurityContacts> {
  return apiRequest('PUT', `/api/parties/${encodeURIComponent(id)}/security-contacts`, { body });
}

/** `POST /api/parties/{id}/unit-contacts` (admin, unit): a contact with the unit, now unless given. */
export function recordUnitContact(
  id: string,
  body: RecordUnitContactBody = {},
): Promise<PartySecurityContacts> {
  return apiRequest('POST', `/api/parties/${encodeURIComponent(id)}/unit-contacts`, { body });
}

/** `GET /api/parties/{id}/contact-candidates` (admin, unit). */
export function getContactCandidates(id: string, signal?: AbortSignal): Promise<ContactCandidateList> {
  return apiRequest('GET', `/api/parties/${encodeURIComponent(id)}/contact-candidates`, { signal });
}

/** `GET /api/parties/{id}/summary`: the party page (a party contact: their own party). */
export function getPartySummary(id: string, signal?: AbortSignal): Promise<PartySummary> {
  return apiRequest('GET', `/api/parties/${encodeURIComponent(id)}/summary`, { signal });
}

/** `GET /api/parties/readiness-gaps` (admin, unit): the parties that are not ready. */
export function getReadinessGaps(signal?: AbortSignal): Promise<PartyReadinessGapList> {
  return apiRequest('GET', '/api/parties/readiness-gaps', { signal });
}
