import {
  meSchema,
  mfaEnrolmentSchema,
  okSchema,
  recoveryCodesSchema,
  sessionListSchema,
  type ChangePasswordBody,
  type Me,
  type MfaCodeBody,
  type MfaEnrolment,
  type Ok,
  type PasswordConfirmBody,
  type RecoveryCodes,
  type SessionList,
  type UpdateProfileBody,
} from '@varn/contracts';
import { apiRequest } from './client';

/** `GET /api/me`. */
export function getMe(signal?: AbortSignal): Promise<Me> {
  return apiRequest('GET', '/api/me', { schema: meSchema, signal });
}

/** `PATCH /api/me`. */
export function updateMe(body: UpdateProfileBody): Promise<Me> {
  return apiRequest('PATCH', '/api/me', { schema: meSchema, body });
}

/** `POST /api/me/password`: the user's other sessions are logged out. */
export function changePassword(body: ChangePasswordBody): Promise<Ok> {
  return apiRequest('POST', '/api/me/password', { schema: okSchema, body });
}

/** `GET /api/me/sessions`. */
export function getSessions(signal?: AbortSignal): Promise<SessionList> {
  return apiRequest('GET', '/api/me/sessions', { schema: sessionListSchema, signal });
}

/** `POST /api/me/sessions/revoke-others`. */
export function revokeOtherSessions(): Promise<Ok> {
  return apiRequest('POST', '/api/me/sessions/revoke-others', { schema: okSchema });
}

/** `DELETE /api/me/sessions/{id}`. */
export function revokeSession(id: string): Promise<Ok> {
  return apiRequest('DELETE', `/api/me/sessions/${encodeURIComponent(id)}`, { schema: okSchema });
}

/** `POST /api/me/mfa/enrolment`: a new secret and its QR code. */
export function startMfaEnrolment(): Promise<MfaEnrolment> {
  return apiRequest('POST', '/api/me/mfa/enrolment', { schema: mfaEnrolmentSchema });
}

/** `POST /api/me/mfa/enrolment/confirm`: turns MFA on and returns the recovery codes. */
export function confirmMfaEnrolment(body: MfaCodeBody): Promise<RecoveryCodes> {
  return apiRequest('POST', '/api/me/mfa/enrolment/confirm', { schema: recoveryCodesSchema, body });
}

/** `POST /api/me/mfa/disable`. */
export function disableMfa(body: PasswordConfirmBody): Promise<Ok> {
  return apiRequest('POST', '/api/me/mfa/disable', { schema: okSchema, body });
}

/** `POST /api/me/mfa/recovery-codes`: replaces every earlier recovery code. */
export function regenerateRecoveryCodes(body: PasswordConfirmBody): Promise<RecoveryCodes> {
  return apiRequest('POST', '/api/me/mfa/recovery-codes', { schema: recoveryCodesSchema, body });
}
