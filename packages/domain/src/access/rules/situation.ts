import { Role } from '../roles';
import { securityUnit, type RoleRules } from './common';

/** Actions on the lägesbild and the statistics (issue 12). Codes are stable (audit trail). */
export const SituationAction = {
  /** The lägesbild: full (security unit), reduced (viewer), the party's (party contact). */
  SituationRead: 'situation.read',
  /** Follow the lägesbild live (server-sent events): the same readers. */
  SituationStream: 'situation.stream',
  /** Record the unit's overall assessed level and its written assessment. */
  SituationAssess: 'situation.assess',
  /** The dated PDF report and the aggregate exports (CSV, XLSX, PTU), as the reader's lägesbild. */
  SituationExport: 'situation.export',
  /** The list of incidents as a spreadsheet: personal data, the security unit only. */
  IncidentExport: 'incident.export',
} as const;

export type SituationAction = (typeof SituationAction)[keyof typeof SituationAction];

/** Who reads the lägesbild: the unit whole, the viewer (management) and party contacts as aggregates. */
const readers: readonly Role[] = [Role.SecurityOfficer, Role.Viewer, Role.PartyContact];

/**
 * The unit reads everything and writes the assessment; the viewer (ordförande, ledning) reads
 * aggregates with small cells hidden, never names or titles; a party contact reads their own
 * party's aggregates the same way (issue 12 §4). The admin configures and records the national
 * threat level but follows no cases. Which version a reader gets is `situationScope`.
 */
export const situationRoleRules: RoleRules<SituationAction> = {
  [SituationAction.SituationRead]: readers,
  [SituationAction.SituationStream]: readers,
  [SituationAction.SituationAssess]: securityUnit,
  [SituationAction.SituationExport]: readers,
  [SituationAction.IncidentExport]: securityUnit,
};
