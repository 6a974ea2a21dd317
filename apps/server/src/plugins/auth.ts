import fp from 'fastify-plugin';
import cookie from '@fastify/cookie';
import csrfProtection from '@fastify/csrf-protection';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isLocale, localeFromAcceptLanguage } from '@varn/contracts';
import type { AnonymousCaller, AppContext, Caller } from '../lib/context';
import { AppError } from '../lib/errors';
import { type ResolvedSession, resolveSession } from '../modules/auth';
import type { RouteAccess } from './types';

/** Names and options of the cookies; `__Host-` names when served over HTTPS (no subdomain can set them). */
export interface CookieNames {
  readonly session: string;
  readonly csrf: string;
  readonly secure: boolean;
}

export function cookieNames(publicUrl: URL): CookieNames {
  const secure = publicUrl.protocol === 'https:';
  return {
    session: secure ? '__Host-varn_session' : 'varn_session',
    csrf: secure ? '__Host-varn_csrf' : 'varn_csrf',
    secure,
  };
}

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Sets the session cookie (HttpOnly, SameSite=Lax, Secure behind TLS; a browser-session cookie). */
export function setSessionCookie(reply: FastifyReply, names: CookieNames, token: string): void {
  void reply.setCookie(names.session, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: names.secure,
  });
}

/** Removes the session cookie. */
export function clearSessionCookie(reply: FastifyReply, names: CookieNames): void {
  void reply.clearCookie(names.session, { path: '/', httpOnly: true, sameSite: 'lax', secure: names.secure });
}

/** What the audit trail records of any request. */
export function anonymousCaller(request: FastifyRequest): AnonymousCaller {
  return {
    ip: request.ip || null,
    userAgent: request.headers['user-agent']?.slice(0, 400) ?? null,
    locale: request.locale,
  };
}

/** The caller of a route that requires a session (the access hook has already checked it). */
export function callerOf(request: FastifyRequest): Caller {
  const session = request.session;
  if (!session) throw new AppError('unauthenticated');
  return {
    userId: session.user.id,
    organisationId: session.user.organisationId,
    role: session.user.role,
    partyId: session.partyId,
    sessionId: session.sessionId,
    ...anonymousCaller(request),
  };
}

/** The session of a route that requires one. */
export function sessionOf(request: FastifyRequest): ResolvedSession {
  if (!request.session) throw new AppError('unauthenticated');
  return request.session;
}

function assertAccess(access: RouteAccess, session: ResolvedSession | null, expired: boolean): void {
  if (access === 'public') return;
  if (!session) throw new AppError(expired ? 'session_expired' : 'unauthenticated');
  if (access === 'session') return;
  if (access === 'mfa-pending') {
    if (session.mfaState !== 'pending') throw new AppError('forbidden');
    return;
  }
  if (session.mfaState === 'pending') throw new AppError('mfa_required');
  if (access === 'user' && session.mfaState === 'enrol') throw new AppError('mfa_enrolment_required');
}

/**
 * Resolves the session cookie, decides the request language, and enforces — before the body is
 * even parsed — the route's access level, the same-origin rule and the CSRF token.
 */
export const authPlugin = fp<{ ctx: AppContext; names: CookieNames }>(
  async (app, { ctx, names }) => {
    await app.register(cookie);
    await app.register(csrfProtection, {
      cookieKey: names.csrf,
      cookieOpts: { path: '/', httpOnly: true, sameSite: 'strict', secure: names.secure },
      getToken: (request: FastifyRequest) => {
        const header = request.headers['x-csrf-token'];
        return typeof header === 'string' ? header : undefined;
      },
    });
    app.decorateRequest('session', null);
    app.decorateRequest('locale', 'sv');

    const allowedOrigin = ctx.config.publicUrl.origin;
    // Without an explicit VARN_PUBLIC_URL (a local or demo start) the app may be opened as
    // localhost, 127.0.0.1 or through the Vite dev server: any loopback origin is accepted then.
    const allowLoopback = !ctx.config.publicUrlExplicit;

    app.addHook('onRequest', async (request) => {
      request.locale = localeFromAcceptLanguage(request.headers['accept-language']);
      const access = request.routeOptions.config.access ?? 'user';
      const token = request.cookies[names.session];
      let expired = false;
      if (token && request.url.startsWith('/api/')) {
        const resolved = await resolveSession(ctx, token);
        if (resolved === 'expired') expired = true;
        else if (resolved) {
          request.session = resolved;
          if (isLocale(resolved.user.language)) request.locale = resolved.user.language;
        }
      }
      if (unsafeMethods.has(request.method)) {
        // Same-origin rule: a browser always sends Origin on cross-site state-changing requests.
        const origin = request.headers.origin;
        if (
          origin !== undefined &&
          origin !== allowedOrigin &&
          !(allowLoopback && isLoopbackOrigin(origin))
        ) {
          throw new AppError('forbidden_origin');
        }
        if (origin === undefined && request.headers['sec-fetch-site'] === 'cross-site')
          throw new AppError('forbidden_origin');
      }
      if (!request.routeOptions.url) return; // unknown route: the 404 handler answers
      assertAccess(access, request.session, expired);
    });

    app.addHook('onRequest', (request, reply, done) => {
      if (
        !unsafeMethods.has(request.method) ||
        request.routeOptions.config.csrf === false ||
        !request.routeOptions.url
      ) {
        done();
        return;
      }
      app.csrfProtection(request, reply, done);
    });
  },
  { name: 'varn-auth', dependencies: ['varn-errors'] },
);

/** Whether an Origin is a loopback address (localhost, 127.0.0.0/8, [::1]) on any port. */
function isLoopbackOrigin(origin: string): boolean {
  try {
    const { hostname } = new URL(origin);
    return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/u.test(hostname);
  } catch {
    return false;
  }
}
