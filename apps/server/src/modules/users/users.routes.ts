import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  createUserBodySchema,
  idParamsSchema,
  invitationAcceptBodySchema,
  invitationLookupBodySchema,
  invitationSchema,
  okSchema,
  updateUserBodySchema,
  userListSchema,
  userSchema,
} from '@varn/contracts';
import type { AppContext } from '../../lib/context';
import { errorResponses } from '../../lib/route-schemas';
import { anonymousCaller, callerOf } from '../../plugins/auth';
import { acceptInvitation, lookUpInvitation } from './invitations.service';
import {
  changeUser,
  deactivateUser,
  getUser,
  inviteUser,
  listUsers,
  reactivateUser,
  resendInvitation,
  resetUserMfa,
} from './users.service';

/** Administration of accounts (admin) and the public invitation endpoints. */
export const usersRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['users'];
  const one = { params: idParamsSchema, response: { 200: userSchema, ...errorResponses } };

  app.get(
    '/api/users',
    {
      schema: {
        tags,
        summary: "The organisation's accounts (audited: includes party affiliation)",
        response: { 200: userListSchema, ...errorResponses },
      },
    },
    async (request) => await listUsers(ctx, callerOf(request)),
  );

  app.post(
    '/api/users',
    {
      schema: {
        tags,
        summary: 'Invite a person: creates the account and e-mails a one-time link',
        body: createUserBodySchema,
        response: { 201: userSchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await inviteUser(ctx, callerOf(request), request.body)),
  );

  app.get('/api/users/:id', { schema: { tags, summary: 'One account (audited)', ...one } }, async (request) =>
    getUser(ctx, callerOf(request), request.params.id),
  );

  app.patch(
    '/api/users/:id',
    { schema: { tags, summary: 'Change name, role, party or language', body: updateUserBodySchema, ...one } },
    async (request) => await changeUser(ctx, callerOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/users/:id/deactivate',
    { schema: { tags, summary: 'Deactivate an account', ...one } },
    async (request) => deactivateUser(ctx, callerOf(request), request.params.id),
  );

  app.post(
    '/api/users/:id/reactivate',
    { schema: { tags, summary: 'Reactivate an account', ...one } },
    async (request) => reactivateUser(ctx, callerOf(request), request.params.id),
  );

  app.post(
    '/api/users/:id/invitation',
    { schema: { tags, summary: 'Send a new invitation link', ...one } },
    async (request) => resendInvitation(ctx, callerOf(request), request.params.id),
  );

  app.post(
    '/api/users/:id/mfa-reset',
    { schema: { tags, summary: "Reset a user's MFA (lost phone)", ...one } },
    async (request) => resetUserMfa(ctx, callerOf(request), request.params.id),
  );

  app.post(
    '/api/invitations/lookup',
    {
      schema: {
        tags: ['invitations'],
        summary: 'What an invitation link is for (410 when used or expired)',
        body: invitationLookupBodySchema,
        response: { 200: invitationSchema, ...errorResponses },
      },
      config: { access: 'public' },
    },
    async (request) => await lookUpInvitation(ctx, request.body.token),
  );

  app.post(
    '/api/invitations/accept',
    {
      schema: {
        tags: ['invitations'],
        summary: 'Accept an invitation by choosing a password',
        body: invitationAcceptBodySchema,
        response: { 200: okSchema, ...errorResponses },
      },
      config: { access: 'public' },
    },
    async (request) => {
      await acceptInvitation(ctx, anonymousCaller(request), request.body);
      return { ok: true as const };
    },
  );
};
