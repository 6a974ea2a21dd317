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
  IncidentReport: 'incident.report',
  IncidentList: 'incident.list',
  IncidentRead: 'incident.read',
  IncidentHandle: 'incident.handle',
  IncidentConsent: 'incident.consent',
  IncidentAddEvidence: 'incident.add_evidence',
  IncidentMetrics: 'incident.metrics',
  SignalCreate: 'signal.create',
  SignalList: 'signal.list',
  SignalRead: 'signal.read',
  SignalHandle: 'signal.handle',
  MatterList: 'matter.list',
  MatterRead: 'matter.read',
  MatterReadMeasures: 'matter.read_measures',
  MatterCreate: 'matter.create',
  MatterUpdate: 'matter.update',
  MatterHandleMeasures: 'matter.handle_measures',
  MeasureOwnerList: 'measure.list_owners',
  RiskguideSummary: 'riskguide.summary',
  ScreeningCreate: 'screening.create',
  ScreeningRead: 'screening.read',
  AssessmentRead: 'assessment.read',
  AssessmentHandle: 'assessment.handle',
  RiskguideTemplateRead: 'riskguide_template.read',
  RiskguideTemplateManage: 'riskguide_template.manage',
  TaxonomyRead: 'taxonomy.read',
  TaxonomyManage: 'taxonomy.manage',
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
  | { readonly type: 'session'; readonly organisationId: string; readonly userId: string }
  | ({ readonly type: 'incident'; readonly organisationId: string } & Partial<IncidentParties>)
  | {
      readonly type: 'signal';
      readonly organisationId: string;
      readonly signalId?: string;
      readonly createdByUserId?: string;
    }
  | { readonly type: 'taxonomy'; readonly organisationId: string }
  | { readonly type: 'matter'; readonly organisationId: string; readonly matterId?: string }
  | { readonly type: 'screening'; readonly organisationId: string; readonly screeningId?: string }
  | { readonly type: 'assessment'; readonly organisationId: string; readonly assessmentId?: string }
  | { readonly type: 'riskguide_template'; readonly organisationId: string; readonly templateId?: string };

/**
 * The people an incident concerns, as the need-to-know rules see them (issue 3 §9). Present when
 * the resource is one incident (`incidentId` set).
 */
export interface IncidentParties {
  readonly incidentId: string;
  readonly reportedByUserId: string;
  /** The targeted person, when they have an account. */
  readonly targetUserId: string | null;
  /** The party the targeted person belonged to when reported (special-category data). */
  readonly targetPartyId: string | null;
  /** Whether the targeted person lets their party's security contact see the case. */
  readonly partyContactConsent: boolean;
}

/**
 * A decision. `not_found` (HTTP 404, never 403) is given for anything outside the actor's
 * organisation, and for a named record (a resource with an id) that the actor's role may not act
 * on: so the answer never tells whether a record exists. `forbidden` (403) is only given for
 * collection-level actions (list, create) and for rules on one's own records.
 */
export type Decision = 'allow' | 'forbidden' | 'not_found';

const everyone: readonly Role[] = Object.values(Role);
const adminOnly: readonly Role[] = [Role.Admin];
const securityUnit: readonly Role[] = [Role.SecurityOfficer];
/** Roles that report incidents (DOMAIN.md §2); secretaries and viewers do not. */
const reporters: readonly Role[] = [Role.SecurityOfficer, Role.PartyContact, Role.Official, Role.Staff];
/**
 * Riskguide (issue 4 §7): secretaries screen matters (step 1); officials and party contacts follow
 * the result level and the measures of matters; staff, admins and viewers have no matter records
 * (viewers read Riskguide in figures: counts, never a title or an answer).
 */
const matterReaders: readonly Role[] = [
  Role.SecurityOfficer,
  Role.Secretary,
  Role.Official,
  Role.PartyContact,
];
const screeners: readonly Role[] = [Role.SecurityOfficer, Role.Secretary];

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
  [Action.IncidentReport]: reporters,
  // Listing is scoped: the security unit sees all, others what concerns them (incidentListScope).
  [Action.IncidentList]: reporters,
  [Action.IncidentRead]: reporters,
  [Action.IncidentHandle]: securityUnit,
  // The targeted person decides about consent; the security unit may record it on their behalf
  // (a member without an account tells the unit). The record-level rule checks who that is.
  [Action.IncidentConsent]: [Role.SecurityOfficer, Role.Official, Role.Staff, Role.PartyContact],
  [Action.IncidentAddEvidence]: reporters,
  [Action.IncidentMetrics]: securityUnit,
  [Action.SignalCreate]: [Role.PartyContact, Role.Official],
  [Action.SignalList]: [Role.SecurityOfficer, Role.PartyContact, Role.Official],
  [Action.SignalRead]: [Role.SecurityOfficer, Role.PartyContact, Role.Official],
  [Action.SignalHandle]: securityUnit,
  // A matter's title, diary number, body, decision date and its result level (step 1, or the
  // latest finished assessment's level and cell).
  [Action.MatterList]: matterReaders,
  [Action.MatterRead]: matterReaders,
  // The tracked measures of a matter; secretaries read only the result level (issue 4 §7).
  [Action.MatterReadMeasures]: [Role.SecurityOfficer, Role.Official, Role.PartyContact],
  [Action.MatterCreate]: screeners,
  [Action.MatterUpdate]: screeners,
  [Action.MatterHandleMeasures]: securityUnit,
  // Who a measure can be given to (the active security officers): those who assign measures,
  // on a case or a matter, need the list; nobody else learns the unit's names from it.
  [Action.MeasureOwnerList]: securityUnit,
  // Riskguide in figures: counts by level, cell and measure status — for the unit and the
  // management (viewers), who read aggregates instead of records.
  [Action.RiskguideSummary]: [Role.SecurityOfficer, Role.Viewer],
  [Action.ScreeningCreate]: screeners,
  [Action.ScreeningRead]: screeners,
  // The answers of steps 2 and 3 may be secret (OSL 18 kap. 8 §): the security unit only.
  [Action.AssessmentRead]: securityUnit,
  [Action.AssessmentHandle]: securityUnit,
  // The statements and prompts: the admin edits them, the screeners and the unit answer them.
  [Action.RiskguideTemplateRead]: [Role.Admin, Role.SecurityOfficer, Role.Secretary],
  [Action.RiskguideTemplateManage]: adminOnly,
  [Action.TaxonomyRead]: [...reporters, Role.Admin],
  [Action.TaxonomyManage]: adminOnly,
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
  if (resource.type === 'incident' && resource.incidentId !== undefined) {
    const allowed =
      action === Action.IncidentConsent
        ? actor.role === Role.SecurityOfficer || resource.targetUserId === actor.userId
        : concernsActor(actor, resource);
    if (!allowed) return 'not_found';
  }
  if (resource.type === 'signal' && resource.signalId !== undefined && actor.role !== Role.SecurityOfficer) {
    if (resource.createdByUserId !== actor.userId || action !== Action.SignalRead) return 'not_found';
  }
  if (action === Action.UserDeactivate && resource.type === 'user' && resource.userId === actor.userId) {
    // An admin must not lock themselves (and possibly the organisation) out.
    return 'forbidden';
  }
  return 'allow';
}

/**
 * Whether an incident concerns the actor (issue 3 §9): the security unit sees every incident of
 * its organisation; a reporter sees what they reported; the targeted person sees their case; a
 * party contact sees cases of members of their own party who consented — never another party's.
 */
function concernsActor(actor: Actor, incident: Partial<IncidentParties>): boolean {
  if (actor.role === Role.SecurityOfficer) return true;
  if (incident.reportedByUserId === actor.userId) return true;
  if (incident.targetUserId !== null && incident.targetUserId === actor.userId) return true;
  return (
    actor.role === Role.PartyContact &&
    actor.partyId !== null &&
    incident.targetPartyId === actor.partyId &&
    incident.partyContactConsent === true
  );
}

/**
 * Which incidents a list may show the actor: the repository turns this into its WHERE clause, so
 * the list and the record-level rule above can never disagree.
 */
export type IncidentScope =
  | { readonly kind: 'all' }
  | { readonly kind: 'concerning'; readonly userId: string; readonly consentingPartyId: string | null }
  | { readonly kind: 'none' };

/** The list scope of an actor for incidents of their own organisation. */
export function incidentListScope(actor: Actor): IncidentScope {
  if (!roleRules[Action.IncidentList].includes(actor.role)) return { kind: 'none' };
  if (actor.role === Role.SecurityOfficer) return { kind: 'all' };
  return {
    kind: 'concerning',
    userId: actor.userId,
    consentingPartyId: actor.role === Role.PartyContact ? actor.partyId : null,
  };
}

/** Whether a resource names one record (rather than a collection or the organisation itself). */
function namesRecord(resource: Resource): boolean {
  switch (resource.type) {
    case 'incident':
      return resource.incidentId !== undefined;
    case 'signal':
      return resource.signalId !== undefined;
    case 'party':
      return resource.partyId !== undefined;
    case 'matter':
      return resource.matterId !== undefined;
    case 'screening':
      return resource.screeningId !== undefined;
    case 'assessment':
      return resource.assessmentId !== undefined;
    case 'riskguide_template':
      return resource.templateId !== undefined;
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
