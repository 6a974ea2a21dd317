import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  changePasswordBodySchema,
  idParamsSchema,
  meSchema,
  mfaCodeBodySchema,
  mfaEnrolmentSchema,
  okSchema,
  passwordConfirmBodySchema,
  recoveryCodesSchema,
  sessionListSchema,
  updateProfileBodySchema,
} from '@varn/contracts';
import type { AppContext } from '../../lib/context';
import { errorResponses } from '../../lib/route-schemas';
import { callerOf, sessionOf, setSessionCookie, type CookieNames } from '../../plugins/auth';
import {
  changePassword,
  confirmMfaEnrolment,
  disableMfa,
  getMe,
  listOwnSessions,
  regenerateRecoveryCodes,
  revokeOtherSessions,
  revokeOwnSession,
  startMfaEnrolment,
  updateProfile,
} from './profile.service';

/** The signed-in user's own profile, password, MFA and sessions. */
export const profileRoutes: FastifyPluginAsyncZod<{ ctx: AppContext; names: CookieNames }> = async (
  app,
  { ctx, names },
) => {
  const tags = ['profile'];

  app.get(
    '/api/me',
    {
      schema: {
        tags,
        summary: 'The signed-in user (401 without a session)',
        response: { 200: meSchema, ...errorResponses },
      },
      config: { access: 'enrolment' },
    },
    async (request) => await getMe(ctx, callerOf(request), sessionOf(request)),
  );

  app.patch(
    '/api/me',
    {
      schema: {
        tags,
        summary: 'Change own name or language',
        body: updateProfileBodySchema,
        response: { 200: meSchema, ...errorResponses },
      },
      config: { access: 'enrolment' },
    },
    async (request) => await updateProfile(ctx, callerOf(request), sessionOf(request), request.body),
  );

  app.post(
    '/api/me/password',
    {
      schema: {
        tags,
        summary: 'Change own password (other sessions are logged out)',
        body: changePasswordBodySchema,
        response: { 200: okSchema, ...errorResponses },
      },
    },
    async (request) => {
      await changePassword(ctx, callerOf(request), request.body);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/me/sessions',
    {
      schema: { tags, summary: 'Own open sessions', response: { 200: sessionListSchema, ...errorResponses } },
    },
    async (request) => await listOwnSessions(ctx, callerOf(request)),
  );

  app.post(
    '/api/me/sessions/revoke-others',
    {
      schema: { tags, summary: 'Log out all other sessions', response: { 200: okSchema, ...errorResponses } },
    },
    async (request) => {
      await revokeOtherSessions(ctx, callerOf(request));
      return { ok: true as const };
    },
  );

  app.delete(
    '/api/me/sessions/:id',
    {
      schema: {
        tags,
        summary: 'Log out one own session',
        params: idParamsSchema,
        response: { 200: okSchema, ...errorResponses },
      },
    },
    async (request) => {
      await revokeOwnSession(ctx, callerOf(request), request.params.id);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/me/mfa/enrolment',
    {
      schema: {
        tags,
        summary: 'Start MFA enrolment: a TOTP secret and its QR code',
        response: { 200: mfaEnrolmentSchema, ...errorResponses },
      },
      config: { access: 'enrolment' },
    },
    async (request) => await startMfaEnrolment(ctx, callerOf(request), sessionOf(request)),
  );

  app.post(
    '/api/me/mfa/enrolment/confirm',
    {
      schema: {
        tags,
        summary: 'Confirm MFA enrolment with a code; returns ten one-time recovery codes',
        body: mfaCodeBodySchema,
        response: { 200: recoveryCodesSchema, ...errorResponses },
      },
      config: { access: 'enrolment' },
    },
    async (request, reply) => {
      const { recoveryCodes, newToken } = await confirmMfaEnrolment(
        ctx,
        callerOf(request),
        sessionOf(request),
        request.body.code,
      );
      if (newToken) setSessionCookie(reply, names, newToken);
      return { recoveryCodes };
    },
  );

  app.post(
    '/api/me/mfa/disable',
    {
      schema: {
        tags,
        summary: 'Turn own MFA off (not when the role requires it)',
        body: passwordConfirmBodySchema,
        response: { 200: okSchema, ...errorResponses },
      },
    },
    async (request) => {
      await disableMfa(ctx, callerOf(request), sessionOf(request), request.body.password);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/me/mfa/recovery-codes',
    {
      schema: {
        tags,
        summary: 'Replace own recovery codes with ten new ones',
        body: passwordConfirmBodySchema,
        response: { 200: recoveryCodesSchema, ...errorResponses },
      },
    },
    async (request) => await regenerateRecoveryCodes(ctx, callerOf(request), request.body.password),
  );
};
