import type { Organisation, OrganisationSettingsView, UpdateOrganisationSettingsBody } from '@varn/contracts';
import { apiRequest } from './client';

/** `GET /api/organisation`: every role, including how to reach the security unit. */
export function getOrganisation(signal?: AbortSignal): Promise<Organisation> {
  return apiRequest('GET', '/api/organisation', { signal });
}

/** `GET /api/organisation/settings` (admin). */
export function getOrganisationSettings(signal?: AbortSignal): Promise<OrganisationSettingsView> {
  return apiRequest('GET', '/api/organisation/settings', { signal });
}

/** `PATCH /api/organisation/settings` (admin). */
export function updateOrganisationSettings(
  body: UpdateOrganisationSettingsBody,
): Promise<OrganisationSettingsView> {
  return apiRequest('PATCH', '/api/organisation/settings', { body });
}
