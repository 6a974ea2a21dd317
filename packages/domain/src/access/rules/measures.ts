import { securityUnit, type RoleRules } from './common';

/**
 * Actions on tracked measures (åtgärder) as such, whatever their subject (an incident, a matter).
 * Handling a subject's measures is its area's action (`incident.handle`, `matter.handle_measures`).
 * Codes are stable (audit trail).
 */
export const MeasureAction = {
  MeasureOwnerList: 'measure.list_owners',
} as const;

export type MeasureAction = (typeof MeasureAction)[keyof typeof MeasureAction];

/** Who may act on measures as such. */
export const measureRoleRules: RoleRules<MeasureAction> = {
  // Who a measure can be given to (the active security officers): those who assign measures,
  // on a case or a matter, need the list; nobody else learns the unit's names from it.
  [MeasureAction.MeasureOwnerList]: securityUnit,
};
