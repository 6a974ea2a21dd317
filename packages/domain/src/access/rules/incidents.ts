import type { Actor, IncidentParties } from '../policy';
import { Role } from '../roles';
import { adminOnly, securityUnit, type RecordRule, type RoleRules } from './common';

/**
 * Actions on incidents (threat and hate cases), signals ("något är på gång") and the report
 * form's lists (taxonomy). Codes are stable (audit trail).
 */
export const IncidentAction = {
  IncidentReport: 'incident.report',
  IncidentList: 'incident.list',
  IncidentRead: 'incident.read',
  IncidentHandle: 'incident.handle',
  /** Search the organisation's cases and get suggestions of related cases to link (issue 9 §2). */
  IncidentFindRelated: 'incident.find_related',
  IncidentConsent: 'incident.consent',
  IncidentAddEvidence: 'incident.add_evidence',
  IncidentMetrics: 'incident.metrics',
  IncidentInbox: 'incident.inbox',
  SignalCreate: 'signal.create',
  SignalList: 'signal.list',
  SignalRead: 'signal.read',
  SignalHandle: 'signal.handle',
  TaxonomyRead: 'taxonomy.read',
  TaxonomyManage: 'taxonomy.manage',
} as const;

export type IncidentAction = (typeof IncidentAction)[keyof typeof IncidentAction];

/** Roles that report incidents (DOMAIN.md §2); secretaries and viewers do not. */
const reporters: readonly Role[] = [Role.SecurityOfficer, Role.PartyContact, Role.Official, Role.Staff];

/** Who may act on incidents, signals and the taxonomy. */
export const incidentRoleRules: RoleRules<IncidentAction> = {
  [IncidentAction.IncidentReport]: reporters,
  // Listing is scoped: the security unit sees all, others what concerns them (incidentListScope).
  [IncidentAction.IncidentList]: reporters,
  [IncidentAction.IncidentRead]: reporters,
  [IncidentAction.IncidentHandle]: securityUnit,
  // Finding related cases reads other people's cases: the unit that links them, nobody else.
  [IncidentAction.IncidentFindRelated]: securityUnit,
  // The targeted person decides about consent; the security unit may record it on their behalf
  // (a member without an account tells the unit). The record-level rule checks who that is.
  [IncidentAction.IncidentConsent]: [Role.SecurityOfficer, Role.Official, Role.Staff, Role.PartyContact],
  [IncidentAction.IncidentAddEvidence]: reporters,
  [IncidentAction.IncidentMetrics]: securityUnit,
  // The security officer's inbox: what needs action in the organisation's cases and signals.
  [IncidentAction.IncidentInbox]: securityUnit,
  // Party contacts and officials send signals; the security unit handles them.
  [IncidentAction.SignalCreate]: [Role.PartyContact, Role.Official],
  [IncidentAction.SignalList]: [Role.SecurityOfficer, Role.PartyContact, Role.Official],
  [IncidentAction.SignalRead]: [Role.SecurityOfficer, Role.PartyContact, Role.Official],
  [IncidentAction.SignalHandle]: securityUnit,
  // The report form's lists: everyone who reports reads them, the admin maintains them.
  [IncidentAction.TaxonomyRead]: [...reporters, Role.Admin],
  [IncidentAction.TaxonomyManage]: adminOnly,
};

/**
 * One incident, need-to-know (issue 3 §9): only the people it concerns act on it
 * ({@link concernsActor}). Consent is the targeted person's to give or withdraw; the security unit
 * may record it on their behalf.
 */
const incidentNeedToKnow: RecordRule = (actor, action, resource) => {
  if (resource.type !== 'incident' || resource.incidentId === undefined) return null;
  const allowed =
    action === IncidentAction.IncidentConsent
      ? actor.role === Role.SecurityOfficer || resource.targetUserId === actor.userId
      : concernsActor(actor, resource);
  return allowed ? null : 'not_found';
};

/** One signal: the security unit reads and handles every signal; whoever sent it only reads it. */
const signalSenderReads: RecordRule = (actor, action, resource) => {
  if (resource.type !== 'signal' || resource.signalId === undefined || actor.role === Role.SecurityOfficer)
    return null;
  return resource.createdByUserId === actor.userId && action === IncidentAction.SignalRead
    ? null
    : 'not_found';
};

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

/** The incident and signal rules that look at the record. */
export const incidentRecordRules: readonly RecordRule[] = [incidentNeedToKnow, signalSenderReads];
