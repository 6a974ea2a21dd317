/**
 * The officials register (issue 11 §1, ADR 018): people apart from user accounts, their contact
 * details, assignments, party affiliation and elections; the import of the municipality's list,
 * the export, and a party's roster. Other modules find a person or a party's people here.
 */
export { registerRoutes } from './register.routes';
export { findPersonByUserId, findPeopleOfParty } from './register.repository';
export { assignmentsByPerson, setPersonParty } from './register.service';
