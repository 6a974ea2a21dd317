import { Role } from './roles';

/**
 * The one access policy (DOMAIN.md §2, "need-to-know"). Every route and every repository filter
 * asks this module; nothing else decides who may do what.
 */

/** Who is asking: the authenticated user as the policy sees them. */
export interface Actor {
  readonly userId: string;
  readonly organisationId: string;
  readonly role: Role;
  /** The actor's own party, or null. Only used for party-scoped rules. */
  readonly partyId: string | null;
}

/** Everything an actor can attempt. Codes are stable: the audit trail stores them. */
export const Action = {
  OrganisationRead: 'organisation.read',
  OrganisationSettingsRead: 'organisation.settings.read',
  OrganisationSettingsUpdate: 'organisation.settings.update',
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

export type Action = (typeof Action)[keyof typeof Action];

/** Every action, for table-driven tests and documentation. */
export const actions: readonly Action[] = Object.values(Action);

/** The record an action is about. Every resource belongs to exactly one organisation. */
export type Resource =
  | { readonly type: 'organisation'; readonly organisationId: string }
  | { readonly type: 'party'; readonly organisationId: string; readonly partyId?: string }
  | { readonly type: 'user'; readonly organisationId: string; readonly userId?: string }
  | { readonly type: 'audit_log'; readonly organisationId: string }
  | { readonly type: 'outbox'; readonly organisationId: string }
  | { readonly type: 'session'; readonly organisationId: string; readonly userId: string };

/**
 * A decision. `not_found` (HTTP 404, never 403) is given for anything outside the actor's
 * organisation, and for a named record (a resource with an id) that the actor's role may not act
 * on: so the answer never tells whether a record exists. `forbidden` (403) is only given for
 * collection-level actions (list, create) and for rules on one's own records.
 */
export type Decision = 'allow' | 'forbidden' | 'not_found';

const everyone: readonly Role[] = Object.values(Role);
const adminOnly: readonly Role[] = [Role.Admin];

/**
 * Role rules for actions whose answer depends only on the role. Rules that also look at the
 * record (own profile, own sessions) are in {@link authorize}.
 */
const roleRules: Readonly<Record<Action, readonly Role[]>> = {
  [Action.OrganisationRead]: everyone,
  [Action.OrganisationSettingsRead]: adminOnly,
  [Action.OrganisationSettingsUpdate]: adminOnly,
  // Party names, abbreviations and seats are public facts about the council.
  [Action.PartyList]: everyone,
  // Who the parties' security contacts are is network information: the people in the network
  // see it; staff, secretaries and viewers (aggregates only) do not need it.
  [Action.PartyReadContacts]: [Role.Admin, Role.SecurityOfficer, Role.PartyContact, Role.Official],
  [Action.PartyCreate]: adminOnly,
  [Action.PartyUpdate]: adminOnly,
  [Action.UserList]: adminOnly,
  [Action.UserRead]: adminOnly,
  [Action.UserCreate]: adminOnly,
  [Action.UserUpdate]: adminOnly,
  [Action.UserDeactivate]: adminOnly,
  [Action.UserResetMfa]: adminOnly,
  [Action.UserInvite]: adminOnly,
  [Action.AuditRead]: adminOnly,
  [Action.OutboxRead]: adminOnly,
  [Action.ProfileRead]: everyone,
  [Action.ProfileUpdate]: everyone,
  [Action.SessionManage]: everyone,
};

/** Decides whether `actor` may perform `action` on `resource`. Pure and total. */
export function authorize(actor: Actor, action: Action, resource: Resource): Decision {
  if (resource.organisationId !== actor.organisationId) return 'not_found';
  if (!roleRules[action].includes(actor.role)) return namesRecord(resource) ? 'not_found' : 'forbidden';
  if (action === Action.ProfileRead || action === Action.ProfileUpdate || action === Action.SessionManage) {
    // A profile and its sessions belong to one person; nobody else acts on them through these actions.
    const ownerId = resource.type === 'user' || resource.type === 'session' ? resource.userId : undefined;
    if (ownerId !== actor.userId) return 'not_found';
  }
  if (action === Action.UserDeactivate && resource.type === 'user' && resource.userId === actor.userId) {
    // An admin must not lock themselves (and possibly the organisation) out.
    return 'forbidden';
  }
  return 'allow';
}

/** Whether a resource names one record (rather than a collection or the organisation itself). */
function namesRecord(resource: Resource): boolean {
  switch (resource.type) {
    case 'party':
      return resource.partyId !== undefined;
    case 'user':
    case 'session':
      return resource.userId !== undefined;
    default:
      return false;
  }
}

/** `true` when {@link authorize} allows. */
export function can(actor: Actor, action: Action, resource: Resource): boolean {
  return authorize(actor, action, resource) === 'allow';
}
