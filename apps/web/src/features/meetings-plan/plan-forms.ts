import { checklistGroups, type ChecklistGroup, type StaffingKind } from '@varn/domain';
import type { PlanStaff, SavePlanBody, SecurityPlan } from '@varn/contracts';
import { ApiError } from '../../lib/api/client';

/**
 * The plan's forms as the page keeps them (strings, as inputs give them) and the bodies they
 * become. Blank means "not written": sent as `null`, so that the server clears it.
 */

type PlanChecklistItems = NonNullable<SecurityPlan['checklist']>['items'];

/** The checklist's items under their groups, in the domain's group order; empty groups left out. */
export function checklistByGroup(
  items: PlanChecklistItems,
): { readonly group: ChecklistGroup; readonly items: PlanChecklistItems }[] {
  return checklistGroups
    .map((group) => ({ group, items: items.filter((item) => item.group === group) }))
    .filter((part) => part.items.length > 0);
}

const orNull = (value: string): string | null => (value.trim() === '' ? null : value);

/** The threat picture's form. */
export interface ThreatForm {
  readonly assessment: string;
  /** '' for no level. */
  readonly level: string;
  /** '' or '1'…'5'. */
  readonly nationalThreatLevel: string;
  readonly lookbackDays: string;
}

export function threatFormOf(plan: SecurityPlan): ThreatForm {
  const picture = plan.threatPicture;
  return {
    assessment: picture?.assessment ?? '',
    level: picture?.level ?? '',
    nationalThreatLevel:
      picture === null || picture.nationalThreatLevel.noted === null
        ? ''
        : String(picture.nationalThreatLevel.noted),
    lookbackDays: picture === null ? '' : String(picture.lookbackDays),
  };
}

/** The body of saving the threat picture (unparsable numbers are sent as they are, for the schema's message). */
export function threatBody(revision: number, form: ThreatForm): Record<string, unknown> {
  const number = (value: string) => (/^\d+$/u.test(value.trim()) ? Number(value) : value);
  return {
    revision,
    threatAssessment: orNull(form.assessment),
    threatLevel: form.level === '' ? null : form.level,
    nationalThreatLevel: form.nationalThreatLevel === '' ? null : number(form.nationalThreatLevel),
    ...(form.lookbackDays.trim() === '' ? {} : { lookbackDays: number(form.lookbackDays) }),
  };
}

/** The screening decision's form; `decided` is '' (no decision), 'yes' or 'no'. */
export interface ScreeningForm {
  readonly decided: '' | 'yes' | 'no';
  readonly decidedBy: string;
  readonly decidedOn: string;
  readonly policeConsultedOn: string;
  readonly premises: string;
  readonly reasons: string;
}

export function screeningFormOf(plan: SecurityPlan): ScreeningForm {
  const screening = plan.screening;
  return {
    decided: screening?.decided === true ? 'yes' : screening?.decided === false ? 'no' : '',
    decidedBy: screening?.decidedBy ?? '',
    decidedOn: screening?.decidedOn ?? '',
    policeConsultedOn: screening?.policeConsultedOn ?? '',
    premises: screening?.premises ?? '',
    reasons: screening?.reasons ?? '',
  };
}

/** The body of saving the screening decision. With no decision the other fields are cleared. */
export function screeningBody(revision: number, form: ScreeningForm): SavePlanBody {
  if (form.decided === '') return { revision, screening: { decided: null } };
  return {
    revision,
    screening: {
      decided: form.decided === 'yes',
      decidedBy: orNull(form.decidedBy),
      decidedOn: orNull(form.decidedOn),
      policeConsultedOn: orNull(form.policeConsultedOn),
      premises: orNull(form.premises),
      reasons: orNull(form.reasons),
    },
  };
}

/** The evacuation plan's form. */
export interface EvacuationForm {
  readonly leadsOfficials: string;
  readonly leadsPublic: string;
  readonly whoCallsPolice: string;
  readonly routes: string;
  readonly meetingPoint: string;
  readonly notes: string;
}

export function evacuationFormOf(plan: SecurityPlan): EvacuationForm {
  const evacuation = plan.evacuation;
  return {
    leadsOfficials: evacuation?.leadsOfficials ?? '',
    leadsPublic: evacuation?.leadsPublic ?? '',
    whoCallsPolice: evacuation?.whoCallsPolice ?? '',
    routes: evacuation?.routes ?? '',
    meetingPoint: evacuation?.meetingPoint ?? '',
    notes: evacuation?.notes ?? '',
  };
}

export function evacuationBody(revision: number, form: EvacuationForm): SavePlanBody {
  return {
    revision,
    evacuation: {
      leadsOfficials: orNull(form.leadsOfficials),
      leadsPublic: orNull(form.leadsPublic),
      whoCallsPolice: orNull(form.whoCallsPolice),
      routes: orNull(form.routes),
      meetingPoint: orNull(form.meetingPoint),
      notes: orNull(form.notes),
    },
  };
}

/** One staffing row of the form; `key` keeps React's rows apart while rows are added and removed. */
export interface StaffRow {
  readonly key: string;
  readonly kind: StaffingKind | '';
  readonly name: string;
  readonly phone: string;
  readonly note: string;
  readonly userId: string | null;
}

export function staffRowsOf(staff: readonly PlanStaff[]): StaffRow[] {
  return staff.map((person) => ({
    key: person.id,
    kind: person.kind,
    name: person.name,
    phone: person.phone ?? '',
    note: person.note ?? '',
    userId: person.userId,
  }));
}

/** The body of saving the staffing list, in the order of the rows. */
export function staffBody(revision: number, rows: readonly StaffRow[]): Record<string, unknown> {
  return {
    revision,
    staff: rows.map((row) => ({
      kind: row.kind === '' ? undefined : row.kind,
      name: row.name,
      phone: orNull(row.phone),
      note: orNull(row.note),
      userId: row.userId,
    })),
  };
}

/**
 * Whether a failed save means someone else saved the plan in between (a stale revision): then the
 * page offers to fetch the plan again instead of showing the error at the form. An approved plan
 * (`plan_approved`) is a different 409: it says so itself.
 */
export function isStaleRevision(error: unknown): error is ApiError {
  return error instanceof ApiError && error.status === 409 && error.code !== 'plan_approved';
}
