import { Role } from './roles';
import { AccountAction, accountRecordRules, accountRoleRules } from './rules/accounts';
import type { RecordRule } from './rules/common';
import { IncidentAction, incidentRecordRules, incidentRoleRules } from './rules/incidents';
import { MeasureAction, measureRoleRules } from './rules/measures';
import { bodyScopedRoles, MeetingAction, meetingRecordRules, meetingRoleRules } from './rules/meetings';
import { NetworkAction, networkRecordRules, networkRoleRules } from './rules/network';
import { OrganisationAction, organisationRoleRules } from './rules/organisation';
import { RiskguideAction, riskguideRoleRules } from './rules/riskguide';
import { SituationAction, situationRoleRules } from './rules/situation';

/** The action that reads each part of a meeting's security plan, and whether a meeting is visible. */
export { meetingVisibleTo, securityPlanPartReadActions } from './rules/meetings';

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
  /**
   * The bodies (fullmäktige, styrelse, nämnder) the actor has an assignment in (ledamot, ersättare,
   * ordförande, vice ordförande); missing means none. Only used for the meeting and matter rules of
   * officials and party contacts (ADR 017): the server loads it for those routes.
   */
  readonly bodyIds?: readonly string[];
}

/**
 * Everything an actor can attempt, composed from the areas' slices in `rules/`. Codes are stable:
 * the audit trail stores them.
 */
export const Action = {
  ...OrganisationAction,
  ...AccountAction,
  ...IncidentAction,
  ...RiskguideAction,
  ...MeasureAction,
  ...MeetingAction,
  ...NetworkAction,
  ...SituationAction,
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
  | {
      readonly type: 'matter';
      readonly organisationId: string;
      readonly matterId?: string;
      /** The meetings whose agendas hold the matter (ADR 017); missing: on no agenda. */
      readonly agendaMeetings?: readonly MeetingVisibility[];
    }
  | { readonly type: 'screening'; readonly organisationId: string; readonly screeningId?: string }
  | { readonly type: 'assessment'; readonly organisationId: string; readonly assessmentId?: string }
  | { readonly type: 'riskguide_template'; readonly organisationId: string; readonly templateId?: string }
  | ({
      readonly type: 'meeting';
      readonly organisationId: string;
      readonly meetingId?: string;
    } & Partial<MeetingVisibility>)
  | { readonly type: 'venue'; readonly organisationId: string; readonly venueId?: string }
  | { readonly type: 'body'; readonly organisationId: string; readonly bodyId?: string }
  | { readonly type: 'meeting_template'; readonly organisationId: string; readonly templateId?: string }
  | { readonly type: 'threat_level'; readonly organisationId: string }
  | { readonly type: 'calendar_feed'; readonly organisationId: string; readonly userId?: string }
  | {
      readonly type: 'person';
      readonly organisationId: string;
      /** One person of the register (issue 11 §1); missing: the register as a whole. */
      readonly personId?: string;
      /** The user account linked to the person, or null: most officials never log in. */
      readonly linkedUserId?: string | null;
      /**
       * The person's party (special-category data, ADR 018), loaded only for a party contact's
       * `register.read`; missing or null: none.
       */
      readonly partyId?: string | null;
    }
  | { readonly type: 'training'; readonly organisationId: string }
  | { readonly type: 'guideline'; readonly organisationId: string; readonly versionId?: string }
  | { readonly type: 'contact_directory'; readonly organisationId: string }
  | { readonly type: 'situation'; readonly organisationId: string };

/**
 * Who may see a meeting, as the meeting rules see it (issue 10 §5, ADR 017): present on a meeting
 * resource that names one meeting, and for each agenda meeting of a matter.
 */
export interface MeetingVisibility {
  /** The body that holds the meeting, or null (a citizen dialogue, a campaign event). */
  readonly bodyId: string | null;
  /** Open to the public: fullmäktige always (kommunallagen 5 kap. 42 §), a nämnd when it so decides. */
  readonly isPublic: boolean;
}

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

/**
 * The role table: for every action, the roles that may perform it. Each area keeps its rows, with
 * the reasons, in `rules/`; the type makes sure every action has one.
 */
const roleRules: Readonly<Record<Action, readonly Role[]>> = {
  ...organisationRoleRules,
  ...accountRoleRules,
  ...incidentRoleRules,
  ...riskguideRoleRules,
  ...measureRoleRules,
  ...meetingRoleRules,
  ...networkRoleRules,
  ...situationRoleRules,
};

/**
 * Rules that also look at the record (own profile and sessions, no self-deactivation, an incident's
 * need-to-know, a signal's sender), asked after the role table allowed; the first refusal answers.
 */
const recordRules: readonly RecordRule[] = [
  ...accountRecordRules,
  ...incidentRecordRules,
  ...meetingRecordRules,
  ...networkRecordRules,
];

/** Decides whether `actor` may perform `action` on `resource`. Pure and total. */
export function authorize(actor: Actor, action: Action, resource: Resource): Decision {
  if (resource.organisationId !== actor.organisationId) return 'not_found';
  if (!roleRules[action].includes(actor.role)) return namesRecord(resource) ? 'not_found' : 'forbidden';
  for (const rule of recordRules) {
    const refusal = rule(actor, action, resource);
    if (refusal !== null) return refusal;
  }
  return 'allow';
}

/**
 * Which incidents a list may show the actor: the repository turns this into its WHERE clause, so
 * the list and the record-level rule (`rules/incidents.ts`) can never disagree.
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

/**
 * The scope of "Mina ärenden": the incidents that concern the actor, for every role that lists
 * incidents — for a security officer their own reports, not the whole queue.
 */
export function myCasesScope(actor: Actor): IncidentScope {
  if (!roleRules[Action.IncidentList].includes(actor.role)) return { kind: 'none' };
  return {
    kind: 'concerning',
    userId: actor.userId,
    consentingPartyId: actor.role === Role.PartyContact ? actor.partyId : null,
  };
}

/**
 * Which meetings a list (the calendar, the feed) may show the actor, as the repository's WHERE
 * clause: every meeting of the organisation, or the public ones and those of the actor's bodies —
 * the same rule as the record rule (`rules/meetings.ts`), so list and record never disagree.
 */
export type MeetingScope =
  | { readonly kind: 'all' }
  | { readonly kind: 'bodies_or_public'; readonly bodyIds: readonly string[] }
  | { readonly kind: 'none' };

/** The list scope of an actor for meetings of their own organisation. */
export function meetingListScope(actor: Actor): MeetingScope {
  if (!roleRules[Action.MeetingList].includes(actor.role)) return { kind: 'none' };
  if (bodyScopedRoles.includes(actor.role)) return { kind: 'bodies_or_public', bodyIds: actor.bodyIds ?? [] };
  return { kind: 'all' };
}

/**
 * Which matters a list may show the actor (ADR 017, ending ADR 011): every matter, or those on the
 * agenda of a meeting the actor may see (a public one, or one of the actor's bodies).
 */
export type MatterScope =
  | { readonly kind: 'all' }
  | { readonly kind: 'on_visible_agendas'; readonly bodyIds: readonly string[] }
  | { readonly kind: 'none' };

/** The list scope of an actor for matters of their own organisation. */
export function matterListScope(actor: Actor): MatterScope {
  if (!roleRules[Action.MatterList].includes(actor.role)) return { kind: 'none' };
  if (bodyScopedRoles.includes(actor.role))
    return { kind: 'on_visible_agendas', bodyIds: actor.bodyIds ?? [] };
  return { kind: 'all' };
}

/**
 * Which lägesbild the actor reads (issue 12 §4): the full one (names, titles and every count: the
 * security unit), the organisation's aggregates with small cells hidden (the viewer), or their own
 * party's aggregates, hidden the same way (a party contact, who sees no other party's figures).
 */
export type SituationScope =
  | { readonly kind: 'full' }
  | { readonly kind: 'aggregate' }
  | { readonly kind: 'party'; readonly partyId: string }
  | { readonly kind: 'none' };

/** The lägesbild scope of an actor for their own organisation. */
export function situationScope(actor: Actor): SituationScope {
  if (!roleRules[Action.SituationRead].includes(actor.role)) return { kind: 'none' };
  if (actor.role === Role.SecurityOfficer) return { kind: 'full' };
  if (actor.role === Role.PartyContact)
    return actor.partyId === null ? { kind: 'none' } : { kind: 'party', partyId: actor.partyId };
  return { kind: 'aggregate' };
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
    case 'meeting_template':
      return resource.templateId !== undefined;
    case 'meeting':
      return resource.meetingId !== undefined;
    case 'venue':
      return resource.venueId !== undefined;
    case 'body':
      return resource.bodyId !== undefined;
    case 'person':
      return resource.personId !== undefined;
    case 'guideline':
      return resource.versionId !== undefined;
    case 'user':
    case 'session':
    case 'calendar_feed':
      return resource.userId !== undefined;
    // Collections and singletons: there is no record whose existence could leak.
    case 'organisation':
    case 'audit_log':
    case 'outbox':
    case 'taxonomy':
    case 'threat_level':
    case 'training':
    case 'contact_directory':
    case 'situation':
      return false;
    default: {
      // A new resource type must say whether it names a record (else it would answer 403
      // where 404 hides that the record exists): this fails to compile until it does.
      const unhandled: never = resource;
      return unhandled;
    }
  }
}

/** `true` when {@link authorize} allows. */
export function can(actor: Actor, action: Action, resource: Resource): boolean {
  return authorize(actor, action, resource) === 'allow';
}
