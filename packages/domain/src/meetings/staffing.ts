import type { BilingualText } from '../shared/bilingual';

/**
 * Staffing of a meeting's security plan (issue 10 §2, DOMAIN.md §1: unit staff inside the hall and
 * a guard outside it, the police present or on call). Names and phone numbers are read only with
 * `meeting.read_staffing` (the security unit): the people who need them.
 */

/** Who a staffing row is. */
export const StaffingKind = {
  /** Someone from the security unit (säkerhetsenheten), inside the hall. */
  UnitStaff: 'unit_staff',
  /** A guard (väktare or ordningsvakt), usually outside the hall. */
  Guard: 'guard',
  /** Police present at the meeting. */
  PolicePresent: 'police_present',
  /** Police on call: a named contact or a unit that can come. */
  PoliceOnCall: 'police_on_call',
} as const;
export type StaffingKind = (typeof StaffingKind)[keyof typeof StaffingKind];
export const staffingKinds: readonly StaffingKind[] = Object.values(StaffingKind);

/** Names of the staffing kinds for the UI and the printed plan. */
export const staffingKindText: Readonly<Record<StaffingKind, BilingualText>> = {
  unit_staff: { sv: 'Säkerhetsenheten', en: 'Security unit' },
  guard: { sv: 'Väktare', en: 'Guard' },
  police_present: { sv: 'Polis på plats', en: 'Police present' },
  police_on_call: { sv: 'Polis i beredskap', en: 'Police on call' },
};

/** Most staffing rows of one plan. */
export const maxPlanStaff = 50;
