import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import { maxFloorPlanBytes } from '@varn/domain';
import {
  createVenueBodySchema,
  idParamsSchema,
  updateVenueBodySchema,
  venueListSchema,
  venueSchema,
} from '@varn/contracts';
import { contentDisposition } from '../../lib/content-disposition';
import type { AppContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { errorResponses } from '../../lib/route-schemas';
import { callerOf } from '../../plugins/auth';
import {
  authorizeFloorPlanUpload,
  changeVenue,
  createVenue,
  getVenue,
  listVenues,
  readFloorPlan,
  removeFloorPlan,
  uploadFloorPlan,
} from './venues.service';

/** The one file of a multipart request (field "file"), as the evidence upload reads it. */
async function readUploadedFile(
  request: Pick<FastifyRequest, 'file'>,
): Promise<{ filename: string; content: Buffer }> {
  try {
    const part = await request.file();
    if (!part) throw new AppError('validation_failed', { fields: { file: 'file_required' } });
    return { filename: part.filename, content: await part.toBuffer() };
  } catch (error) {
    if (error instanceof AppError || (typeof error === 'object' && error !== null && 'statusCode' in error))
      throw error;
    throw new AppError('bad_request', { cause: error });
  }
}

/** The venue register (issue 10 §1) and each venue's floor plan. */
export const venuesRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['meetings'];
  const venue = { 200: venueSchema, ...errorResponses };

  app.get(
    '/api/venues',
    {
      schema: {
        tags,
        summary: 'The venue register (admin, security unit, secretaries)',
        response: { 200: venueListSchema, ...errorResponses },
      },
    },
    async (request) => await listVenues(ctx, callerOf(request)),
  );

  app.post(
    '/api/venues',
    {
      schema: {
        tags,
        summary: 'Add a venue (admin, security unit)',
        body: createVenueBodySchema,
        response: { 201: venueSchema, ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await createVenue(ctx, callerOf(request), request.body)),
  );

  app.get(
    '/api/venues/:id',
    {
      schema: {
        tags,
        summary: 'A venue with its entrances, evacuation routes, assembly point and floor plan',
        params: idParamsSchema,
        response: venue,
      },
    },
    async (request) => await getVenue(ctx, callerOf(request), request.params.id),
  );

  app.patch(
    '/api/venues/:id',
    {
      schema: {
        tags,
        summary: 'Change a venue or archive it (admin, security unit)',
        params: idParamsSchema,
        body: updateVenueBodySchema,
        response: venue,
      },
    },
    async (request) => await changeVenue(ctx, callerOf(request), request.params.id, request.body),
  );

  app.get(
    '/api/venues/:id/floor-plan',
    {
      schema: {
        tags,
        summary: "Download a venue's floor plan (audited)",
        params: idParamsSchema,
      },
    },
    async (request, reply) => {
      const file = await readFloorPlan(ctx, callerOf(request), request.params.id);
      return reply
        .type(file.contentType)
        .header('content-disposition', contentDisposition('attachment', file.fileName))
        .header('content-security-policy', "sandbox; default-src 'none'; img-src 'self'")
        .header('cache-control', 'private, no-store')
        .header('x-content-sha256', file.sha256)
        .send(file.content);
    },
  );

  app.delete(
    '/api/venues/:id/floor-plan',
    {
      schema: {
        tags,
        summary: "Remove a venue's floor plan (admin, security unit)",
        params: idParamsSchema,
        response: venue,
      },
    },
    async (request) => await removeFloorPlan(ctx, callerOf(request), request.params.id),
  );

  // Uploads in their own scope: only this route parses multipart bodies.
  await app.register(async (uploads) => {
    await uploads.register(multipart, {
      limits: { fileSize: maxFloorPlanBytes, files: 1, fields: 5, parts: 6 },
    });
    uploads.withTypeProvider<ZodTypeProvider>().put(
      '/api/venues/:id/floor-plan',
      {
        schema: {
          tags,
          summary:
            'Upload or replace the floor plan (multipart/form-data, field "file"; ≤ 10 MiB; PDF, PNG or JPEG, detected from the content)',
          consumes: ['multipart/form-data'],
          params: idParamsSchema,
          response: venue,
        },
      },
      async (request) => {
        if (!request.isMultipart()) throw new AppError('unsupported_media_type');
        // The permission first, then the file: no one without it gets 10 MiB read.
        await authorizeFloorPlanUpload(ctx, callerOf(request), request.params.id);
        const { filename, content } = await readUploadedFile(request);
        return await uploadFloorPlan(ctx, callerOf(request), request.params.id, {
          originalName: filename,
          content,
        });
      },
    );
  });
};
