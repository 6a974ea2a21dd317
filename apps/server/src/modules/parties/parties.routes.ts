import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  createPartyBodySchema,
  idParamsSchema,
  partyListSchema,
  partySchema,
  updatePartyBodySchema,
} from '@varn/contracts';
import type { AppContext } from '../../lib/context';
import { errorResponses } from '../../lib/route-schemas';
import { callerOf } from '../../plugins/auth';
import { changeParty, createParty, listParties } from './parties.service';

/** The council's parties and their security contacts (DOMAIN.md §6). */
export const partiesRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['parties'];

  app.get(
    '/api/parties',
    {
      schema: {
        tags,
        summary: 'The parties; contacts only for roles that may see them',
        response: { 200: partyListSchema, ...errorResponses },
      },
    },
    async (request) => await listParties(ctx, callerOf(request)),
  );

  app.post(
    '/api/parties',
    {
      schema: {
        tags,
        summary: 'Add a party (admin)',
        body: createPartyBodySchema,
        response: { 201: partySchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await createParty(ctx, callerOf(request), request.body)),
  );

  app.patch(
    '/api/parties/:id',
    {
      schema: {
        tags,
        summary: 'Change a party or appoint its security contact and deputy (admin)',
        params: idParamsSchema,
        body: updatePartyBodySchema,
        response: { 200: partySchema, ...errorResponses },
      },
    },
    async (request) => await changeParty(ctx, callerOf(request), request.params.id, request.body),
  );
};
