import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyReply } from 'fastify';
import {
  incidentExportQuerySchema,
  situationExportQuerySchema,
  situationReportQuerySchema,
} from '@varn/contracts';
import { contentDisposition } from '../../lib/content-disposition';
import type { AppContext } from '../../lib/context';
import { errorResponses } from '../../lib/route-schemas';
import { callerOf } from '../../plugins/auth';
import { exportIncidents, exportPtu, exportSituation, reportSituation, type NamedFile } from './exports';

function sendFile(reply: FastifyReply, file: NamedFile) {
  return reply
    .type(file.contentType)
    .header('content-disposition', contentDisposition('attachment', file.fileName))
    .header('cache-control', 'private, no-store')
    .send(file.content);
}

/** The lägesbild's report and exports (issue 12 §2): PDF, CSV/XLSX of the figures, PTU, the incident list. */
export const situationExportsRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['situation'];
  app.get(
    '/api/situation/report',
    {
      schema: {
        tags,
        summary:
          'The dated lägesbild report for the council as PDF: aggregates only, small cells hidden, no names (audited)',
        querystring: situationReportQuerySchema,
        description: 'The file (application/pdf) as an attachment: lagesbild-YYYY-MM-DD.pdf.',
        response: { ...errorResponses },
      },
    },
    async (request, reply) => sendFile(reply, await reportSituation(ctx, callerOf(request), request.query)),
  );

  app.get(
    '/api/situation/export',
    {
      schema: {
        tags,
        summary: "The key figures and every trend as CSV or XLSX, in the caller's lägesbild scope (audited)",
        querystring: situationExportQuerySchema,
        description: 'The file as an attachment: text/csv (`;`, UTF-8 with BOM) or XLSX.',
        response: { ...errorResponses },
      },
    },
    async (request, reply) => sendFile(reply, await exportSituation(ctx, callerOf(request), request.query)),
  );

  app.get(
    '/api/situation/ptu-export',
    {
      schema: {
        tags,
        summary:
          'The anonymised aggregate in PTU groups as CSV or XLSX: counts only, small cells hidden, for sharing regionally (audited)',
        querystring: situationExportQuerySchema,
        description: 'The file as an attachment: text/csv (`;`, UTF-8 with BOM) or XLSX.',
        response: { ...errorResponses },
      },
    },
    async (request, reply) => sendFile(reply, await exportPtu(ctx, callerOf(request), request.query)),
  );

  app.get(
    '/api/incidents/export',
    {
      schema: {
        tags: ['incidents'],
        summary:
          'The incidents reported in a period as CSV or XLSX, without descriptions or targeted persons (security unit; audited)',
        querystring: incidentExportQuerySchema,
        description:
          'The file as an attachment: text/csv (`;`, UTF-8 with BOM) or XLSX. At most five years and 100 000 incidents (422).',
        response: { ...errorResponses },
      },
    },
    async (request, reply) => sendFile(reply, await exportIncidents(ctx, callerOf(request), request.query)),
  );
};
