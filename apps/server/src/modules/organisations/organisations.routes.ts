import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  organisationSchema,
  organisationSettingsSchema,
  updateOrganisationSettingsBodySchema,
} from '@varn/contracts';
import type { AppContext } from '../../lib/context';
import { errorResponses } from '../../lib/route-schemas';
import { callerOf } from '../../plugins/auth';
import {
  changeOrganisationSettings,
  getOrganisation,
  getOrganisationSettings,
} from './organisations.service';

/** The organisation and its settings (DOMAIN.md §2 admin). */
export const organisationsRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['organisation'];

  app.get(
    '/api/organisation',
    {
      schema: {
        tags,
        summary: 'The organisation and how to reach its security unit',
        response: { 200: organisationSchema, ...errorResponses },
      },
    },
    async (request) => await getOrganisation(ctx, callerOf(request)),
  );

  app.get(
    '/api/organisation/settings',
    {
      schema: {
        tags,
        summary: 'Organisation settings (admin)',
        response: { 200: organisationSettingsSchema, ...errorResponses },
      },
    },
    async (request) => await getOrganisationSettings(ctx, callerOf(request)),
  );

  app.patch(
    '/api/organisation/settings',
    {
      schema: {
        tags,
        summary: 'Change organisation settings (admin)',
        body: updateOrganisationSettingsBodySchema,
        response: { 200: organisationSettingsSchema, ...errorResponses },
      },
    },
    async (request) => await changeOrganisationSettings(ctx, callerOf(request), request.body),
  );
};
