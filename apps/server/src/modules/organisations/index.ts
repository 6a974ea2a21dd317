/** Organisations (tenants) and their settings. */
export { organisationsRoutes } from './organisations.routes';
export {
  findAllOrganisationIds,
  findOrganisationById,
  findOrganisationByName,
  insertOrganisation,
  type OrganisationRow,
} from './organisations.repository';
