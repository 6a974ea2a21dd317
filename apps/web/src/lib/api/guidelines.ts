import type {
  CreateGuidelineVersionBody,
  EndorsementMatrix,
  GuidelineVersionList,
  GuidelineVersionView,
  PartyEndorsement,
} from '@varn/contracts';
import { apiDownload, apiRequest, type DownloadedFile } from './client';

/** `GET /api/guidelines`: every version, newest first, and the one in force. */
export function getGuidelineVersions(signal?: AbortSignal): Promise<GuidelineVersionList> {
  return apiRequest('GET', '/api/guidelines', { signal });
}

/** `GET /api/guidelines/{id}`: one version with its texts. */
export function getGuidelineVersion(id: string, signal?: AbortSignal): Promise<GuidelineVersionView> {
  return apiRequest('GET', `/api/guidelines/${encodeURIComponent(id)}`, { signal });
}

/** `POST /api/guidelines` (admin, unit). */
export function createGuidelineVersion(body: CreateGuidelineVersionBody): Promise<GuidelineVersionView> {
  return apiRequest('POST', '/api/guidelines', { body });
}

/** `GET /api/guidelines/endorsements`: every party's standing (admin, unit, viewers). */
export function getEndorsementMatrix(signal?: AbortSignal): Promise<EndorsementMatrix> {
  return apiRequest('GET', '/api/guidelines/endorsements', { signal });
}

const endorsementPath = (versionId: string, partyId: string) =>
  `/api/guidelines/${encodeURIComponent(versionId)}/endorsements/${encodeURIComponent(partyId)}`;

/**
 * `PUT /api/guidelines/{id}/endorsements/{partyId}`: who signed, the day, and the signed page —
 * the fields before the file, as the server reads them.
 */
export function recordEndorsement(
  versionId: string,
  partyId: string,
  fields: { readonly signedBy: string; readonly signedOn: string },
  file: File,
): Promise<PartyEndorsement> {
  const formData = new FormData();
  formData.append('signedBy', fields.signedBy);
  formData.append('signedOn', fields.signedOn);
  formData.append('file', file, file.name);
  return apiRequest('PUT', endorsementPath(versionId, partyId), { formData });
}

/** The signed page as a file. */
export function downloadEndorsementEvidence(versionId: string, partyId: string): Promise<DownloadedFile> {
  return apiDownload(`${endorsementPath(versionId, partyId)}/evidence`);
}
