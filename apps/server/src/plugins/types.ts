import type { Locale } from '@varn/contracts';
import type { ResolvedSession } from '../modules/auth';

/**
 * Who may call a route (set as `config.access` on every route):
 * - `public`: anyone, no session needed;
 * - `session`: any session, also one awaiting its MFA code (logout);
 * - `mfa-pending`: a session that has passed the password and awaits the MFA code;
 * - `enrolment`: a logged-in session, also one that may only enrol MFA (me, MFA enrolment);
 * - `user` (default): a fully logged-in session.
 */
export type RouteAccess = 'public' | 'session' | 'mfa-pending' | 'enrolment' | 'user';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
    /** `false` only for the login: every other state-changing route requires the CSRF token. */
    csrf?: boolean;
  }
  interface FastifyRequest {
    /** The request's language: the user's setting when logged in, else Accept-Language. */
    locale: Locale;
    /** The resolved session, or null. */
    session: ResolvedSession | null;
  }
}
