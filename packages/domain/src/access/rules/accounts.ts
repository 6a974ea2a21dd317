import { Role } from '../roles';
import { adminOnly, everyone, type RecordRule, type RoleRules } from './common';

/**
 * Actions on the council's parties, the user accounts, the audit log and the mail outbox (the
 * admin's), and on each person's own profile and sessions. Codes are stable (audit trail).
 */
export const AccountAction = {
  PartyList: 'party.list',
  PartyReadContacts: 'party.read_contacts',
  PartyCreate: 'party.create',
  PartyUpdate: 'party.update',
  UserList: 'user.list',
  UserRead: 'user.read',
  UserCreate: 'user.create',
  UserUpdate: 'user.update',
  UserDeactivate: 'user.deactivate',
  UserResetMfa: 'user.reset_mfa',
  UserInvite: 'user.invite',
  AuditRead: 'audit.read',
  OutboxRead: 'outbox.read',
  ProfileRead: 'profile.read',
  ProfileUpdate: 'profile.update',
  SessionManage: 'session.manage',
} as const;

export type AccountAction = (typeof AccountAction)[keyof typeof AccountAction];

/** Who may act on parties, accounts, the audit log, the outbox and their own profile. */
export const accountRoleRules: RoleRules<AccountAction> = {
  // Party names, abbreviations and seats are public facts about the council.
  [AccountAction.PartyList]: everyone,
  // Who the parties' security contacts are is network information: the people in the network
  // see it; staff, secretaries and viewers (aggregates only) do not need it.
  [AccountAction.PartyReadContacts]: [Role.Admin, Role.SecurityOfficer, Role.PartyContact, Role.Official],
  [AccountAction.PartyCreate]: adminOnly,
  [AccountAction.PartyUpdate]: adminOnly,
  [AccountAction.UserList]: adminOnly,
  [AccountAction.UserRead]: adminOnly,
  [AccountAction.UserCreate]: adminOnly,
  [AccountAction.UserUpdate]: adminOnly,
  [AccountAction.UserDeactivate]: adminOnly,
  [AccountAction.UserResetMfa]: adminOnly,
  [AccountAction.UserInvite]: adminOnly,
  [AccountAction.AuditRead]: adminOnly,
  [AccountAction.OutboxRead]: adminOnly,
  // Everyone has a profile and sessions; the record rule below keeps them to their owner.
  [AccountAction.ProfileRead]: everyone,
  [AccountAction.ProfileUpdate]: everyone,
  [AccountAction.SessionManage]: everyone,
};

/** A profile and its sessions belong to one person; nobody else acts on them through these actions. */
const ownProfileOnly: RecordRule = (actor, action, resource) => {
  if (
    action !== AccountAction.ProfileRead &&
    action !== AccountAction.ProfileUpdate &&
    action !== AccountAction.SessionManage
  )
    return null;
  const ownerId = resource.type === 'user' || resource.type === 'session' ? resource.userId : undefined;
  return ownerId === actor.userId ? null : 'not_found';
};

/** An admin must not lock themselves (and possibly the organisation) out. */
const noSelfDeactivation: RecordRule = (actor, action, resource) =>
  action === AccountAction.UserDeactivate && resource.type === 'user' && resource.userId === actor.userId
    ? 'forbidden'
    : null;

/** The account rules that look at the record. */
export const accountRecordRules: readonly RecordRule[] = [ownProfileOnly, noSelfDeactivation];
