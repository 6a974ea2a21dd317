import type { BilingualText } from '../shared/bilingual';

/**
 * The evacuation plan of a meeting's security plan (issue 10 §2): who leads the officials out, who
 * leads the public out, who calls the police, the routes and the meeting point — the practical part
 * that officials, party contacts and secretaries read (`meeting.read_practical`) and that is printed
 * on one page.
 */

/** A role of the evacuation plan, filled with a name or a function ("vakten vid entrén"). */
export const EvacuationRole = {
  /** Leads the officials (ledamöter, ersättare, the presidium) out by their route. */
  LeadsOfficials: 'leads_officials',
  /** Leads the public out. */
  LeadsPublic: 'leads_public',
  /** Calls the police (112) and meets them. */
  CallsPolice: 'calls_police',
} as const;
export type EvacuationRole = (typeof EvacuationRole)[keyof typeof EvacuationRole];
export const evacuationRoles: readonly EvacuationRole[] = Object.values(EvacuationRole);

/** Names of the roles for the UI and the printed plan. */
export const evacuationRoleText: Readonly<Record<EvacuationRole, BilingualText>> = {
  leads_officials: { sv: 'Leder ut de förtroendevalda', en: 'Leads the officials out' },
  leads_public: { sv: 'Leder ut allmänheten', en: 'Leads the public out' },
  calls_police: { sv: 'Ringer polisen', en: 'Calls the police' },
};

/** The evacuation plan as the security plan keeps it; null or blank where nothing is written. */
export interface EvacuationPlan {
  readonly leadsOfficials: string | null;
  readonly leadsPublic: string | null;
  readonly whoCallsPolice: string | null;
  readonly routes: string | null;
  readonly meetingPoint: string | null;
  readonly notes: string | null;
}

/** A part of the evacuation plan that must be filled in before the plan is printed. */
export type EvacuationPlanPart = EvacuationRole | 'routes' | 'meeting_point';

/**
 * The parts of an evacuation plan that are not filled in (blank), in the order they are printed:
 * the three roles, the routes and the meeting point. The notes are optional. The printed plan
 * shows these as "Inte ifyllt" rather than leaving a gap.
 */
export function evacuationPlanGaps(plan: EvacuationPlan): EvacuationPlanPart[] {
  const blank = (text: string | null): boolean => text === null || text.trim() === '';
  const parts: readonly (readonly [EvacuationPlanPart, string | null])[] = [
    [EvacuationRole.LeadsOfficials, plan.leadsOfficials],
    [EvacuationRole.LeadsPublic, plan.leadsPublic],
    [EvacuationRole.CallsPolice, plan.whoCallsPolice],
    ['routes', plan.routes],
    ['meeting_point', plan.meetingPoint],
  ];
  return parts.filter(([, text]) => blank(text)).map(([part]) => part);
}
