/**
 * Riskguide (issue 4): matters, step-1 screening, steps 2 and 3 in a group, measures of matters,
 * templates as versioned data (ADR 009), Riskguide in figures.
 */
export { riskguideRoutes } from './riskguide.routes';
export { ensureDefaultTemplates } from './templates.service';
export { insertDefaultTemplate } from './templates.repository';
export { describeMatterForReminder } from './riskguide.jobs';
// For meetings (issue 10): agendas pick or create matters and show their levels.
export {
  createMattersWithin,
  resultsOf,
  sensitiveTermsOf,
  warningsFor,
  withBodyIds as withMatterBodyIds,
} from './matters.service';
export { findMattersByDiaryNumbers, findMattersByIds, type MatterRow } from './matters.repository';
export { readMattersCsv, type CsvFileError, type CsvMatterRow, type CsvProblem } from './matter-csv';
