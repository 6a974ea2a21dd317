import { Role } from '../roles';
import { adminOnly, securityUnit, type RoleRules } from './common';

/**
 * Actions of the Riskguide (issue 4): matters, Riskguide in figures, the step-1 screening,
 * assessments (steps 2 and 3) and the templates. Codes are stable (audit trail).
 */
export const RiskguideAction = {
  MatterList: 'matter.list',
  MatterRead: 'matter.read',
  MatterReadMeasures: 'matter.read_measures',
  MatterCreate: 'matter.create',
  MatterUpdate: 'matter.update',
  MatterHandleMeasures: 'matter.handle_measures',
  RiskguideSummary: 'riskguide.summary',
  ScreeningCreate: 'screening.create',
  ScreeningRead: 'screening.read',
  AssessmentRead: 'assessment.read',
  AssessmentHandle: 'assessment.handle',
  RiskguideTemplateRead: 'riskguide_template.read',
  RiskguideTemplateManage: 'riskguide_template.manage',
} as const;

export type RiskguideAction = (typeof RiskguideAction)[keyof typeof RiskguideAction];

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
 * Who may act in the Riskguide. Officials and party contacts read only matters on the agendas of
 * meetings they may see: the record rule `matterOnVisibleAgenda` (`meetings.ts`) and
 * `matterListScope` (ADR 017, which ended the interim ADR 011).
 */
export const riskguideRoleRules: RoleRules<RiskguideAction> = {
  // A matter's title, diary number, body, decision date and its result level (step 1, or the
  // latest finished assessment's level and cell).
  [RiskguideAction.MatterList]: matterReaders,
  [RiskguideAction.MatterRead]: matterReaders,
  // The tracked measures of a matter; secretaries read only the result level (issue 4 §7).
  [RiskguideAction.MatterReadMeasures]: [Role.SecurityOfficer, Role.Official, Role.PartyContact],
  [RiskguideAction.MatterCreate]: screeners,
  [RiskguideAction.MatterUpdate]: screeners,
  [RiskguideAction.MatterHandleMeasures]: securityUnit,
  // Riskguide in figures: counts by level, cell and measure status — for the unit and the
  // management (viewers), who read aggregates instead of records.
  [RiskguideAction.RiskguideSummary]: [Role.SecurityOfficer, Role.Viewer],
  [RiskguideAction.ScreeningCreate]: screeners,
  [RiskguideAction.ScreeningRead]: screeners,
  // The answers of steps 2 and 3 may be secret (OSL 18 kap. 8 §): the security unit only.
  [RiskguideAction.AssessmentRead]: securityUnit,
  [RiskguideAction.AssessmentHandle]: securityUnit,
  // The statements and prompts: the admin edits them, the screeners and the unit answer them.
  [RiskguideAction.RiskguideTemplateRead]: [Role.Admin, Role.SecurityOfficer, Role.Secretary],
  [RiskguideAction.RiskguideTemplateManage]: adminOnly,
};
