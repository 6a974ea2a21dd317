import type {
  ContactDirectory,
  CreateOnCallShiftBody,
  CreatePoliceContactBody,
  OnCallShiftView,
  Ok,
  PoliceContact,
  UpdatePoliceContactBody,
} from '@varn/contracts';
import { apiRequest } from './client';

/** `GET /api/directory` (admin, unit; audited). */
export function getContactDirectory(signal?: AbortSignal): Promise<ContactDirectory> {
  return apiRequest('GET', '/api/directory', { signal });
}

/** `POST /api/directory/police-contacts`. */
export function createPoliceContact(body: CreatePoliceContactBody): Promise<PoliceContact> {
  return apiRequest('POST', '/api/directory/police-contacts', { body });
}

/** `PATCH /api/directory/police-contacts/{id}`. */
export function updatePoliceContact(id: string, body: UpdatePoliceContactBody): Promise<PoliceContact> {
  return apiRequest('PATCH', `/api/directory/police-contacts/${encodeURIComponent(id)}`, { body });
}

/** `POST /api/directory/on-call-shifts`. */
export function createOnCallShift(body: CreateOnCallShiftBody): Promise<OnCallShiftView> {
  return apiRequest('POST', '/api/directory/on-call-shifts', { body });
}

/** `DELETE /api/directory/on-call-shifts/{id}`. */
export function deleteOnCallShift(id: string): Promise<Ok> {
  return apiRequest('DELETE', `/api/directory/on-call-shifts/${encodeURIComponent(id)}`, {});
}
