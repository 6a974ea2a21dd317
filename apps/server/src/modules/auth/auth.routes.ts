import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  csrfResponseSchema,
  loginBodySchema,
  loginResponseSchema,
  mfaCodeBodySchema,
  okSchema,
} from '@varn/contracts';
import type { AppContext } from '../../lib/context';
import { errorResponses } from '../../lib/route-schemas';
import {
  anonymousCaller,
  clearSessionCookie,
  sessionOf,
  setSessionCookie,
  type CookieNames,
} from '../../plugins/auth';
import { logIn, logOut, verifyLoginCode } from './auth.service';

/** Login, MFA code, logout and the CSRF token (issue 2 §9). */
export const authRoutes: FastifyPluginAsyncZod<{ ctx: AppContext; names: CookieNames }> = async (
  app,
  { ctx, names },
) => {
  app.get(
    '/api/auth/csrf',
    {
      schema: {
        tags: ['auth'],
        summary: 'The CSRF token to send as x-csrf-token on every state-changing request',
        response: { 200: csrfResponseSchema, ...errorResponses },
      },
      config: { access: 'public' },
    },
    async (_request, reply) => {
      void reply.header('cache-control', 'no-store');
      return { token: reply.generateCsrf() };
    },
  );

  app.post(
    '/api/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary:
          'Log in with e-mail and password; sets the session cookie, or lists the organisations to choose from',
        description:
          'Throttled per address and per IP address (429 with Retry-After). The only state-changing request without a CSRF token. When the address and password open accounts in several organisations, the answer lists them and sets no cookie; send the login again with the chosen organisationId.',
        body: loginBodySchema,
        response: { 200: loginResponseSchema, ...errorResponses },
      },
      config: { access: 'public', csrf: false },
    },
    async (request, reply) => {
      const issued = await logIn(ctx, anonymousCaller(request), request.body);
      // Accounts in several organisations: the person chooses one, no session yet (ADR 013).
      if (!('token' in issued)) return issued;
      // Session fixation: whatever session the browser had is replaced by the new one.
      if (request.session) await logOut(ctx, anonymousCaller(request), request.session);
      setSessionCookie(reply, names, issued.token);
      return issued.response;
    },
  );

  app.post(
    '/api/auth/mfa',
    {
      schema: {
        tags: ['auth'],
        summary: 'Second login step: a TOTP code or a one-time recovery code',
        body: mfaCodeBodySchema,
        response: { 200: okSchema, ...errorResponses },
      },
      config: { access: 'mfa-pending' },
    },
    async (request, reply) => {
      const { token } = await verifyLoginCode(
        ctx,
        anonymousCaller(request),
        sessionOf(request),
        request.body.code,
      );
      setSessionCookie(reply, names, token);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/auth/logout',
    {
      schema: {
        tags: ['auth'],
        summary: 'End the current session',
        response: { 200: okSchema, ...errorResponses },
      },
      config: { access: 'session' },
    },
    async (request, reply) => {
      await logOut(ctx, anonymousCaller(request), sessionOf(request));
      clearSessionCookie(reply, names);
      return { ok: true as const };
    },
  );
};
