/** The report form's lists (categories, channels, perpetrator types) per organisation. */
export { taxonomyRoutes } from './taxonomy.routes';
export { ensureDefaultTaxonomies } from './taxonomy.service';
export { findActiveCodes, findTaxonomyLabels, insertDefaultTaxonomy } from './taxonomy.repository';
