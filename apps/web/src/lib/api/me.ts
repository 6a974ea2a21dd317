import type {
  ChangePasswordBody,
  Me,
  MfaCodeBody,
  MfaEnrolment,
  Ok,
  PasswordConfirmBody,
  RecoveryCodes,
  SessionList,
  UpdateProfileBody,
} from '@varn/contracts';
import { apiRequest } from './client';

/** `GET /api/me`. */
export function getMe(signal?: AbortSignal): Promise<Me> {
  return apiRequest('GET', '/api/me', { signal });
}

/** `PATCH /api/me`. */
export function updateMe(body: UpdateProfileBody): Promise<Me> {
  return apiRequest('PATCH', '/api/me', { body });
}

/** `POST /api/me/password`: the user's other sessions are logged out. */
export function changePassword(body: ChangePasswordBody): Promise<Ok> {
  return apiRequest('POST', '/api/me/password', { body });
}

/** `GET /api/me/sessions`. */
export function getSessions(signal?: AbortSignal): Promise<SessionList> {
  return apiRequest('GET', '/api/me/sessions', { signal });
}

/** `POST /api/me/sessions/revoke-others`. */
export function revokeOtherSessions(): Promise<Ok> {
  return apiRequest('POST', '/api/me/sessions/revoke-others', {});
}

/** `DELETE /api/me/sessions/{id}`. */
export function revokeSession(id: string): Promise<Ok> {
  return apiRequest('DELETE', `/api/me/sessions/${encodeURIComponent(id)}`, {});
}

/** `POST /api/me/mfa/enrolment`: a new secret and its QR code. */
export function startMfaEnrolment(): Promise<MfaEnrolment> {
  return apiRequest('POST', '/api/me/mfa/enrolment', {});
}

/** `POST /api/me/mfa/enrolment/confirm`: turns MFA on and returns the recovery codes. */
export function confirmMfaEnrolment(body: MfaCodeBody): Promise<RecoveryCodes> {
  return apiRequest('POST', '/api/me/mfa/enrolment/confirm', { body });
}

/** `POST /api/me/mfa/disable`. */
export function disableMfa(body: PasswordConfirmBody): Promise<Ok> {
  return apiRequest('POST', '/api/me/mfa/disable', { body });
}

/** `POST /api/me/mfa/recovery-codes`: replaces every earlier recovery code. */
export function regenerateRecoveryCodes(body: PasswordConfirmBody): Promise<RecoveryCodes> {
  return apiRequest('POST', '/api/me/mfa/recovery-codes', { body });
}
