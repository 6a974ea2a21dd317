import type { BilingualText } from '../shared/bilingual';

/**
 * The vocabulary of an incident (DOMAIN.md §3). Codes are stable: stored in the database, sent
 * over the API and translated by the client.
 */

/** Severity set at triage. */
export const Severity = { Acute: 'acute', High: 'high', Moderate: 'moderate', Low: 'low' } as const;
export type Severity = (typeof Severity)[keyof typeof Severity];
/** Most severe first (the queue's order is `queueRank`, incidents/queue.ts). */
export const severities: readonly Severity[] = [
  Severity.Acute,
  Severity.High,
  Severity.Moderate,
  Severity.Low,
];

/** The names of the severities (sv/en), in mails and in the web client. */
export const severityText: Readonly<Record<Severity, BilingualText>> = {
  acute: { sv: 'Akut', en: 'Acute' },
  high: { sv: 'Hög', en: 'High' },
  moderate: { sv: 'Måttlig', en: 'Moderate' },
  low: { sv: 'Låg', en: 'Low' },
};

/** Who was targeted, by role (not by name). */
export const TargetRole = {
  Official: 'official',
  Staff: 'staff',
  ElectionWorker: 'election_worker',
  Relative: 'relative',
  PartyOrganisation: 'party_organisation',
  MunicipalPremises: 'municipal_premises',
} as const;
export type TargetRole = (typeof TargetRole)[keyof typeof TargetRole];
export const targetRoles: readonly TargetRole[] = Object.values(TargetRole);

/** The targeted roles' names, for reports and exports (the web has them in its catalogues too). */
export const targetRoleText: Readonly<Record<TargetRole, BilingualText>> = {
  official: { sv: 'Förtroendevald', en: 'Elected official' },
  staff: { sv: 'Tjänsteperson', en: 'Staff member' },
  election_worker: { sv: 'Valarbetare', en: 'Election worker' },
  relative: { sv: 'Anhörig', en: 'Relative' },
  party_organisation: { sv: 'Partiorganisation', en: 'Party organisation' },
  municipal_premises: { sv: 'Kommunens lokaler', en: 'Municipal premises' },
};

/** Whom the report is about: the reporter themself, or (party contact) a member of their party. */
export const TargetKind = { Self: 'self', PartyMember: 'party_member', Other: 'other' } as const;
export type TargetKind = (typeof TargetKind)[keyof typeof TargetKind];

/** Self-reported consequences (optional). */
export const Consequence = {
  Fear: 'fear',
  SelfCensorship: 'self_censorship',
  ConsideredLeaving: 'considered_leaving',
  LeftRole: 'left_role',
  ChangedDecision: 'changed_decision',
  SickLeave: 'sick_leave',
} as const;
export type Consequence = (typeof Consequence)[keyof typeof Consequence];
export const consequences: readonly Consequence[] = Object.values(Consequence);

/** Perceived motive (optional). */
export const Motive = {
  Decision: 'decision',
  PoliticalOpinion: 'political_opinion',
  Role: 'role',
  Gender: 'gender',
  Ethnicity: 'ethnicity',
  Religion: 'religion',
  SexualOrientation: 'sexual_orientation',
  Personal: 'personal',
  Unknown: 'unknown',
} as const;
export type Motive = (typeof Motive)[keyof typeof Motive];
export const motives: readonly Motive[] = Object.values(Motive);

/** Flags set at triage. */
export interface IncidentFlags {
  /** Aimed at influencing a decision (otillbörlig påverkan). */
  readonly unlawfulInfluence: boolean;
  /** Sexual or sexist character. */
  readonly sexualOrSexist: boolean;
  /** Part of a series: earlier incidents are linked. */
  readonly partOfSeries: boolean;
  /** During an election period. */
  readonly electionPeriod: boolean;
}

/** Length limits of free text, in characters. */
export const incidentTextLimits = {
  description: 5000,
  note: 5000,
  summary: 5000,
  targetName: 120,
  matterReference: 120,
} as const;
