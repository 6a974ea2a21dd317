/**
 * Authentication: login, MFA, sessions and the login throttle (ADR 003). The profile and users
 * modules manage sessions, passwords and recovery codes through this surface.
 */
export { authRoutes } from './auth.routes';
export { resolveSession, type IssuedSession, type ResolvedSession } from './auth.service';
export { authJobs } from './auth.jobs';
export { hashPassword, verifyPassword } from './passwords';
export { checkTotp, createRecoveryCodes, createTotpSecret, totpEnrolment } from './totp';
export { replaceRecoveryCodes } from './mfa.repository';
export {
  findOpenSessionsOfUser,
  revokeSessionOfUser,
  revokeSessionsOfUser,
  updateSessionAfterMfa,
} from './sessions.repository';
