import type { Action } from '../policy';
import { Role } from '../roles';
import { everyone, type RecordRule, type RoleRules } from './common';

/**
 * Actions of the network, training and guidelines (issue 11 §5, ADR 018): the officials register
 * and its import and export, the parties' rosters and security contacts, training (courses,
 * sessions, attendance, coverage, the refresher campaign), the ethical guidelines and each party's
 * endorsement, and the security unit's contact directory. Codes are stable (audit trail).
 *
 * Party affiliation is special-category data (GDPR art. 9): a person's party is read only through
 * `register.read` (one person, audited) and a party's roster (one party, audited); no action lists
 * or filters people by party, and `training.coverage` gives per-party figures only with small cells
 * suppressed (`partyTrainingCoverage`).
 */
export const NetworkAction = {
  /** The register's list: people, groups and assignments — never a party column or filter. */
  RegisterList: 'register.list',
  /** One person: contact details (a protected address never), assignments, party, linked account. */
  RegisterRead: 'register.read',
  /** Add and change people, their assignments, party affiliation, election workers; link an account. */
  RegisterManage: 'register.manage',
  /** Import the municipality's list of officials (CSV, XLSX): preview and import. */
  RegisterImport: 'register.import',
  /** Export the register to XLSX (without protected addresses). */
  RegisterExport: 'register.export',
  /** One party's roster: its officials with their assignments. */
  PartyReadRoster: 'party.read_roster',
  /** The training status of each person of one party's roster. */
  PartyReadTraining: 'party.read_training',
  /** Appoint a party's security contact and deputy, record the last contact with the unit. */
  PartyManageContacts: 'party.manage_contacts',
  /** One person's training history and status. */
  RegisterReadTraining: 'register.read_training',
  /** Coverage in figures: per course, body and party (suppressed), due and overdue counts. */
  TrainingCoverage: 'training.coverage',
  /** Courses, sessions and attendance. */
  TrainingManage: 'training.manage',
  /** The refresher campaign before a general election: the list, the invitations, the reminders. */
  TrainingCampaign: 'training.campaign',
  /** The guideline versions' texts. */
  GuidelineRead: 'guideline.read',
  /** Add a version of the guidelines. */
  GuidelineManage: 'guideline.manage',
  /** Which parties endorsed the current version, and when. */
  PartyReadEndorsement: 'party.read_endorsement',
  /** Who signed for a party and the signed document (evidence file). */
  PartyReadEndorsementEvidence: 'party.read_endorsement_evidence',
  /** Record a party's endorsement of a version, with its signed document. */
  PartyEndorseGuidelines: 'party.endorse_guidelines',
  /** The unit's contact directory: the parties' contacts, the police contact persons, who is on call. */
  ContactDirectoryRead: 'contact_directory.read',
  /** Keep the police contacts and the on-call rota. */
  ContactDirectoryManage: 'contact_directory.manage',
} as const;

export type NetworkAction = (typeof NetworkAction)[keyof typeof NetworkAction];

/** The system owner and the security unit: "all" of issue 11 §5. */
const adminAndUnit: readonly Role[] = [Role.Admin, Role.SecurityOfficer];

/** The roles that may have a person record of their own in the register. */
const peopleInRegister: readonly Role[] = [Role.PartyContact, Role.Official, Role.Staff];

/** Who may act on the register, training, guidelines and the contact directory. */
export const networkRoleRules: RoleRules<NetworkAction> = {
  // The admin keeps the municipality's list of officials (the import); the unit works with it.
  [NetworkAction.RegisterList]: adminAndUnit,
  // One person: the unit and the admin; a person their own record (their assignments); a party
  // contact also the people of their party (the record rule).
  [NetworkAction.RegisterRead]: [...adminAndUnit, ...peopleInRegister],
  [NetworkAction.RegisterManage]: adminAndUnit,
  [NetworkAction.RegisterImport]: adminAndUnit,
  [NetworkAction.RegisterExport]: adminAndUnit,
  // A party contact sees their own party's roster and training status (issue 11 §2, §5).
  [NetworkAction.PartyReadRoster]: [...adminAndUnit, Role.PartyContact],
  [NetworkAction.PartyReadTraining]: [...adminAndUnit, Role.PartyContact],
  [NetworkAction.PartyManageContacts]: adminAndUnit,
  // One's own training (DOMAIN.md §2: officials "own training"; election workers are staff).
  [NetworkAction.RegisterReadTraining]: [...adminAndUnit, ...peopleInRegister],
  // Viewers see aggregates only (DOMAIN.md §2), as in the situational picture.
  [NetworkAction.TrainingCoverage]: [...adminAndUnit, Role.Viewer],
  [NetworkAction.TrainingManage]: adminAndUnit,
  [NetworkAction.TrainingCampaign]: adminAndUnit,
  // The guidelines are agreed by all parties and published: everyone reads them.
  [NetworkAction.GuidelineRead]: everyone,
  [NetworkAction.GuidelineManage]: adminAndUnit,
  // Which parties endorsed is a fact about parties, not people: the situational picture shows it to
  // viewers; a party contact sees their own party's (the record rule).
  [NetworkAction.PartyReadEndorsement]: [...adminAndUnit, Role.Viewer, Role.PartyContact],
  // The signer's name and the signed page name a person: not for viewers.
  [NetworkAction.PartyReadEndorsementEvidence]: [...adminAndUnit, Role.PartyContact],
  // The party contact may record their own party's endorsement (who signed, the scanned page).
  [NetworkAction.PartyEndorseGuidelines]: [...adminAndUnit, Role.PartyContact],
  // One way in, one way out: the unit keeps the line to the police.
  [NetworkAction.ContactDirectoryRead]: adminAndUnit,
  [NetworkAction.ContactDirectoryManage]: adminAndUnit,
};

/** The actions a party contact may perform for their own party only (a `party` resource). */
const ownPartyActions: readonly Action[] = [
  NetworkAction.PartyReadRoster,
  NetworkAction.PartyReadTraining,
  NetworkAction.PartyReadEndorsement,
  NetworkAction.PartyReadEndorsementEvidence,
  NetworkAction.PartyEndorseGuidelines,
];

/**
 * A party contact acts for their own party only: another party's record is not found, and every
 * party at once (no `partyId`, or a resource that is not a party) is forbidden. A party contact
 * without a party has none.
 */
const partyContactsOwnParty: RecordRule = (actor, action, resource) => {
  if (actor.role !== Role.PartyContact || !ownPartyActions.includes(action)) return null;
  if (resource.type !== 'party' || resource.partyId === undefined) return 'forbidden';
  return actor.partyId !== null && resource.partyId === actor.partyId ? null : 'not_found';
};

/** The actions on one person of the register that roles outside the unit may perform. */
const personActions: readonly Action[] = [NetworkAction.RegisterRead, NetworkAction.RegisterReadTraining];

/**
 * One person of the register, for the roles outside the unit: their own record (the account linked
 * to it); a party contact also reads (`register.read`) the people of their own party — never their
 * training through this action, that is the party's roster (`party.read_training`). The register as
 * a whole (no `personId`, or a resource that is not a person) is forbidden.
 */
const ownPersonOrPartyMember: RecordRule = (actor, action, resource) => {
  if (adminAndUnit.includes(actor.role) || !personActions.includes(action)) return null;
  if (resource.type !== 'person' || resource.personId === undefined) return 'forbidden';
  if (resource.linkedUserId !== undefined && resource.linkedUserId === actor.userId) return null;
  const partyMember =
    action === NetworkAction.RegisterRead &&
    actor.role === Role.PartyContact &&
    actor.partyId !== null &&
    resource.partyId === actor.partyId;
  return partyMember ? null : 'not_found';
};

/** The network rules that look at the record. */
export const networkRecordRules: readonly RecordRule[] = [partyContactsOwnParty, ownPersonOrPartyMember];
