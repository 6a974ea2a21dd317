/**
 * The ethical guidelines (issue 11 §4): versions, and each party's endorsement with its signed
 * page. The parties' pages read a party's standing through `partyEndorsementOf`.
 */
export { guidelinesRoutes } from './guidelines.routes';
export { endorsedPartyCountOf, partyEndorsementOf } from './guidelines.service';
