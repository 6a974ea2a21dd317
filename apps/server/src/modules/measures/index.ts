/**
 * Measures (åtgärder): tracked actions with an owner, a due date and a status, on a case, a
 * Riskguide matter or (later) a meeting. The subject's module checks access to its subject, then
 * calls these functions in its own transaction.
 */
export { measuresRoutes } from './measures.routes';
export { addMeasure, changeMeasure, listMeasures, listPersonMeasures } from './measures.service';
export { measuresJobs, type MeasureSubjectDescriber } from './measures.jobs';
export {
  hasOverdueMeasure,
  oldestOverdueDateOfIncident,
  overdueMeasuresOfIncident,
} from './measures.repository';
