import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  appointPartyContactsBodySchema,
  contactCandidateListSchema,
  createPartyBodySchema,
  idParamsSchema,
  partyListSchema,
  partyReadinessGapListSchema,
  partySchema,
  partySecurityContactListSchema,
  partySecurityContactsSchema,
  partySummarySchema,
  recordUnitContactBodySchema,
  updatePartyBodySchema,
} from '@varn/contracts';
import type { AppContext } from '../../lib/context';
import { errorResponses } from '../../lib/route-schemas';
import { callerOf } from '../../plugins/auth';
import { changeParty, createParty, listParties } from './parties.service';
import {
  appointPartyContacts,
  getPartySummary,
  listContactCandidates,
  listPartySecurityContacts,
  listReadinessGaps,
  recordUnitContact,
} from './party-contacts.service';

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

  // — Security contacts as people of the register (issue 11 §2, ADR 018) —

  app.get(
    '/api/parties/security-contacts',
    {
      schema: {
        tags,
        summary: "Every party's security contact and deputy with their readiness gaps (admin, unit; audited)",
        response: { 200: partySecurityContactListSchema, ...errorResponses },
      },
    },
    async (request) => await listPartySecurityContacts(ctx, callerOf(request)),
  );

  app.get(
    '/api/parties/readiness-gaps',
    {
      schema: {
        tags,
        summary:
          'The parties without a contact, without a deputy or not heard from for 180 days (admin, unit)',
        response: { 200: partyReadinessGapListSchema, ...errorResponses },
      },
    },
    async (request) => await listReadinessGaps(ctx, callerOf(request)),
  );

  app.put(
    '/api/parties/:id/security-contacts',
    {
      schema: {
        tags,
        summary: "Appoint a party's security contact and deputy from the register (admin, unit)",
        params: idParamsSchema,
        body: appointPartyContactsBodySchema,
        response: { 200: partySecurityContactsSchema, ...errorResponses },
      },
    },
    async (request) => await appointPartyContacts(ctx, callerOf(request), request.params.id, request.body),
  );

  app.post(
    '/api/parties/:id/unit-contacts',
    {
      schema: {
        tags,
        summary: "Record a contact between the party's security contact and the unit (admin, unit)",
        params: idParamsSchema,
        body: recordUnitContactBodySchema,
        response: { 200: partySecurityContactsSchema, ...errorResponses },
      },
    },
    async (request) => await recordUnitContact(ctx, callerOf(request), request.params.id, request.body),
  );

  app.get(
    '/api/parties/:id/contact-candidates',
    {
      schema: {
        tags,
        summary: 'The people of the party who may be appointed its contact (admin, unit; audited)',
        params: idParamsSchema,
        response: { 200: contactCandidateListSchema, ...errorResponses },
      },
    },
    async (request) => await listContactCandidates(ctx, callerOf(request), request.params.id),
  );

  app.get(
    '/api/parties/:id/summary',
    {
      schema: {
        tags,
        summary:
          "A party's page: contacts and readiness, the caller's own signals, the guideline endorsement (own party for a party contact; audited)",
        params: idParamsSchema,
        response: { 200: partySummarySchema, ...errorResponses },
      },
    },
    async (request) => await getPartySummary(ctx, callerOf(request), request.params.id),
  );
};
