/**
 * The lägesbild and its statistics (issue 12): the page's figures in the reader's scope, the
 * unit's assessment, the live stream; the report and the exports build on `buildSituation`.
 */
export { situationRoutes } from './situation.routes';
export { buildSituation, getSituation, scopeOf, type BuildScope } from './situation.service';
export { defaultStreamTimings, type StreamTimings } from './situation-stream';
export { situationExportsRoutes } from './exports.routes';
export { aggregatePtu, ptuTables, type PtuAggregate } from './ptu-aggregate';
export { writeExport } from './spreadsheet';
