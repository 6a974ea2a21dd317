// Loaded on its own (`reportSchema` in report-body.ts): the report's contract schema, with zod.
export { reportIncidentBodySchema } from '@varn/contracts';
