/**
 * User accounts and invitations. The one home of user queries: other modules find officers,
 * names and accounts here.
 */
export { usersRoutes } from './users.routes';
export { createInvitedUser } from './users.service';
export {
  findActiveOfficers,
  findPartyIdOfUser,
  findUsersByEmailForLogin,
  findUserById,
  findUserIdsNotDeactivated,
  findUserNames,
  updateUser,
  upsertPartyMembership,
  type UserRow,
} from './users.repository';
