import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../lib/context';
import { assessmentReportsRoutes } from './assessment-reports.routes';
import { assessmentsRoutes } from './assessments.routes';
import { mattersRoutes } from './matters.routes';
import { riskguideSummaryRoutes } from './riskguide-summary.routes';
import { screeningsRoutes } from './screenings.routes';
import { templatesRoutes } from './templates.routes';

/**
 * Riskguide (issue 4): one routes file per service — the figures, matters and their CSV import,
 * step-1 screenings, assessments (steps 2 and 3) with measures, history and PDF, and the
 * versioned templates.
 */
export const riskguideRoutes: FastifyPluginAsyncZod<{ ctx: AppContext }> = async (app, { ctx }) => {
  await app.register(riskguideSummaryRoutes, { ctx });
  await app.register(mattersRoutes, { ctx });
  await app.register(assessmentReportsRoutes, { ctx });
  await app.register(screeningsRoutes, { ctx });
  await app.register(assessmentsRoutes, { ctx });
  await app.register(templatesRoutes, { ctx });
};
