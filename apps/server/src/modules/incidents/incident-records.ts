import {
  Action,
  can,
  type AuditAction,
  TaxonomyKind,
  defaultPoliceReminderDays,
  type IncidentParties,
  type TimelineKind,
} from '@varn/domain';
import type { FieldMessageKey, IncidentDetail } from '@varn/contracts';
import type { DbOrTx, Tx } from '../../db/client';
import type { AppContext, Caller } from '../../lib/context';
import { authorizeOrThrow } from '../../lib/authorize';
import { notFound, ruleViolation } from '../../lib/errors';
import { audit } from '../audit';
import { findOrganisationById } from '../organisations';
import { findActiveCodes } from '../taxonomy';
import { incidentParties, toDetail } from './incident-view';
import { findIncidentById, insertIncidentEvent, type IncidentRow } from './incidents.repository';

/**
 * What the incident services share: the policy's resources for a case, loading a case the caller
 * may act on, the checks of chosen list codes, the case's view and its timeline.
 */

export const collection = (caller: Caller) => ({
  type: 'incident' as const,
  organisationId: caller.organisationId,
});
export const record = (caller: Caller, parties: IncidentParties) => ({
  type: 'incident' as const,
  organisationId: caller.organisationId,
  ...parties,
});

/**
 * Loads an incident the caller may act on, or answers 404: for a role that may never do this,
 * before touching the database; otherwise after the policy has seen who the case concerns.
 */
export async function loadIncident(
  db: Tx | AppContext['db'],
  caller: Caller,
  incidentId: string,
  action: Action,
): Promise<IncidentRow> {
  if (!can(caller, action, collection(caller))) throw notFound();
  const row = await findIncidentById(db, caller.organisationId, incidentId);
  if (!row) throw notFound();
  authorizeOrThrow(caller, action, record(caller, incidentParties(row)));
  return row;
}

/** Checks that chosen codes are active entries of the organisation's lists (one query). */
export async function assertCodes(
  db: DbOrTx,
  organisationId: string,
  codes: {
    categories?: readonly string[] | undefined;
    channel?: string | undefined;
    perpetratorType?: string | undefined;
  },
): Promise<void> {
  if (!codes.categories && codes.channel === undefined && codes.perpetratorType === undefined) return;
  const active = await findActiveCodes(db, organisationId);
  const isActive = (kind: TaxonomyKind, code: string) => active.get(kind)?.has(code) ?? false;
  const problems: Record<string, FieldMessageKey> = {};
  if (codes.categories?.some((code) => !isActive(TaxonomyKind.Category, code))) {
    problems.categories = 'unknown_code';
  }
  if (codes.channel !== undefined && !isActive(TaxonomyKind.Channel, codes.channel)) {
    problems.channel = 'unknown_code';
  }
  if (codes.perpetratorType !== undefined && !isActive(TaxonomyKind.PerpetratorType, codes.perpetratorType)) {
    problems.perpetratorType = 'unknown_code';
  }
  if (Object.keys(problems).length > 0) throw ruleViolation(problems);
}

/** The organisation's days without a police-report status update before a follow-up. */
export async function policeReminderDaysOf(tx: Tx, organisationId: string): Promise<number> {
  return (await findOrganisationById(tx, organisationId))?.policeReminderDays ?? defaultPoliceReminderDays;
}

export async function detailFor(
  ctx: AppContext,
  tx: Tx,
  caller: Caller,
  row: IncidentRow,
): Promise<IncidentDetail> {
  return await toDetail(tx, caller, row, {
    unitView: can(caller, Action.IncidentHandle, record(caller, incidentParties(row))),
    policeReminderDays: await policeReminderDaysOf(tx, row.organisationId),
    now: ctx.clock(),
  });
}

/** Appends to the timeline (the one place incident events are written from services). */
export async function addTimelineEntry(
  tx: Tx,
  caller: Caller,
  row: IncidentRow,
  at: Date,
  kind: TimelineKind,
  text: string | null,
  details: TimelineDetails = {},
): Promise<void> {
  await insertIncidentEvent(tx, {
    organisationId: row.organisationId,
    incidentId: row.id,
    at,
    actorUserId: caller.userId,
    kind,
    text,
    details,
  });
}

/** Details of a timeline entry (stored as JSON beside its kind). */
type TimelineDetails = Record<string, string | number | boolean | null>;

/**
 * A change of a case, as every casework change is recorded: an entry in the case's timeline (at
 * `timeline.at`, the time the unit states, or now) and an event in the audit trail (at `at`), in
 * the change's transaction.
 */
export async function noteCaseChange(
  tx: Tx,
  caller: Caller,
  incident: IncidentRow,
  at: Date,
  change: {
    readonly timeline: {
      readonly kind: TimelineKind;
      readonly text?: string | null;
      readonly details?: TimelineDetails;
      readonly at?: Date;
    };
    readonly audit: {
      readonly action: AuditAction;
      readonly details?: Record<string, string | number | boolean | null>;
    };
  },
): Promise<void> {
  const { timeline } = change;
  await addTimelineEntry(
    tx,
    caller,
    incident,
    timeline.at ?? at,
    timeline.kind,
    timeline.text ?? null,
    timeline.details,
  );
  await audit(tx, caller, at, {
    action: change.audit.action,
    recordType: 'incident',
    recordId: incident.id,
    ...(change.audit.details ? { details: change.audit.details } : {}),
  });
}

/** Reloads an incident for the response after a change. */
export async function getIncidentDetailInTx(
  ctx: AppContext,
  tx: Tx,
  caller: Caller,
  incidentId: string,
): Promise<IncidentDetail> {
  const row = await findIncidentById(tx, caller.organisationId, incidentId);
  if (!row) throw notFound();
  return await detailFor(ctx, tx, caller, row);
}
