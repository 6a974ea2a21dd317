import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  agendaImportResultSchema,
  icalImportResultSchema,
  idParamsSchema,
  importAgendaBodySchema,
  importIcalBodySchema,
} from '@varn/contracts';
import type { AppContext } from '../../lib/context';
import { errorResponses } from '../../lib/route-schemas';
import { callerOf } from '../../plugins/auth';
import { importAgenda, importIcal } from './meeting-import.service';

/** An agenda's CSV or an iCalendar file is larger than the default JSON limit. */
const importBodyLimitBytes = 3 * 1024 * 1024;

/** Imports: an agenda from CSV or pasted lines, meetings from an iCalendar file (issue 10 §1). */
export const meetingImportRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  const tags = ['meetings'];
  app.post(
    '/api/meetings/:id/agenda/import',
    {
      bodyLimit: importBodyLimitBytes,
      schema: {
        tags,
        summary: "Add items to a meeting's agenda from CSV or pasted lines: preview, or commit all rows",
        description:
          'Each row picks the matter with its diary number or creates one. `preview` saves nothing. `commit` appends every row, or nothing when any row has an error: 422 with the errors at `rows.<line>.<field>` or `text`.',
        params: idParamsSchema,
        body: importAgendaBodySchema,
        response: { 200: agendaImportResultSchema, ...errorResponses },
      },
    },
    async (request) => await importAgenda(ctx, callerOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/meetings/import-ical',
    {
      bodyLimit: importBodyLimitBytes,
      schema: {
        tags,
        summary: 'Import meetings from an iCalendar (.ics) file: preview, or commit all events',
        description:
          'A meeting per VEVENT; an event whose UID was imported before updates its meeting. `commit` saves every event, or nothing when any has an error: 422 with the errors at `events.<index>.<field>` or `ics`.',
        body: importIcalBodySchema,
        response: { 200: icalImportResultSchema, ...errorResponses },
      },
    },
    async (request) => await importIcal(ctx, callerOf(request), request.body),
  );
};
