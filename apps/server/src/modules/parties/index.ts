/** The council's parties and their security contacts (säkerhetsansvariga). */
export { partiesRoutes } from './parties.routes';
export { clearContactAppointments, findPartiesWhereContact, findPartyById } from './parties.repository';
export { partyReadinessGapsOf, partySecurityContactsOf } from './party-contacts.service';
