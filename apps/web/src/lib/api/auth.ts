import {
  invitationSchema,
  loginResponseSchema,
  okSchema,
  type Invitation,
  type InvitationAcceptBody,
  type LoginBody,
  type LoginResponse,
  type MfaCodeBody,
  type Ok,
} from '@varn/contracts';
import { apiRequest } from './client';

/** `POST /api/auth/login`: the only state-changing request without a CSRF token. */
export function login(body: LoginBody): Promise<LoginResponse> {
  return apiRequest('POST', '/api/auth/login', { schema: loginResponseSchema, body, csrf: false });
}

/** `POST /api/auth/mfa`: the second step of the login. */
export function verifyMfa(body: MfaCodeBody): Promise<Ok> {
  return apiRequest('POST', '/api/auth/mfa', { schema: okSchema, body });
}

/** `POST /api/auth/logout`. */
export function logout(): Promise<Ok> {
  return apiRequest('POST', '/api/auth/logout', { schema: okSchema });
}

/** `POST /api/invitations/lookup`. */
export function lookupInvitation(token: string, signal?: AbortSignal): Promise<Invitation> {
  return apiRequest('POST', '/api/invitations/lookup', { schema: invitationSchema, body: { token }, signal });
}

/** `POST /api/invitations/accept`. */
export function acceptInvitation(body: InvitationAcceptBody): Promise<Ok> {
  return apiRequest('POST', '/api/invitations/accept', { schema: okSchema, body });
}
