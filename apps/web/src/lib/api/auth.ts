import type {
  Invitation,
  InvitationAcceptBody,
  LoginBody,
  LoginResponse,
  MfaCodeBody,
  Ok,
} from '@varn/contracts';
import { apiRequest } from './client';

/** `POST /api/auth/login`: the only state-changing request without a CSRF token. */
export function login(body: LoginBody): Promise<LoginResponse> {
  return apiRequest('POST', '/api/auth/login', { body, csrf: false });
}

/** `POST /api/auth/mfa`: the second step of the login. */
export function verifyMfa(body: MfaCodeBody): Promise<Ok> {
  return apiRequest('POST', '/api/auth/mfa', { body });
}

/** `POST /api/auth/logout`. */
export function logout(): Promise<Ok> {
  return apiRequest('POST', '/api/auth/logout', {});
}

/** `POST /api/invitations/lookup`. */
export function lookupInvitation(token: string, signal?: AbortSignal): Promise<Invitation> {
  return apiRequest('POST', '/api/invitations/lookup', { body: { token }, signal });
}

/** `POST /api/invitations/accept`. */
export function acceptInvitation(body: InvitationAcceptBody): Promise<Ok> {
  return apiRequest('POST', '/api/invitations/accept', { body });
}
