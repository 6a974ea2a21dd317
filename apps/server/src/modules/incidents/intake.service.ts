import { randomUUID } from 'node:crypto';
import {
  inElectionPeriod,
  Action,
  AuditAction,
  can,
  IncidentStatus,
  initialSeverity,
  reportTargetKinds,
  Role,
  swedishDate,
  TargetKind,
  TargetRole,
  TimelineKind,
  type Urgency,
} from '@varn/domain';
import type { IncidentDetail, ReportIncidentBody } from '@varn/contracts';
import type { DbOrTx, Tx } from '../../db/client';
import type { AppContext, Caller } from '../../lib/context';
import { authorizeOrThrow } from '../../lib/authorize';
import { ruleViolation } from '../../lib/errors';
import { audit, auditWithin } from '../audit';
import { queueMailsWithin, recordMailsQueued } from '../mail';
import { findActiveOfficers, type UserRow } from '../users';
import { caseMails, needsImmediateNotice, queueCaseMail, urgentNoticeMails } from './incident-notifications';
import { addTimelineEntry, assertCodes, collection, detailFor, record } from './incident-records';
import { detailView, incidentParties } from './incident-view';
import {
  allocateIncidentReference,
  findIncidentByIdempotencyKey,
  insertIncident,
  insertIncidentWithFirstEvent,
  nextIncidentReference,
  type IncidentRow,
} from './incidents.repository';

/**
 * Intake (issue 3 §1): new cases, from the quick report or from a signal.
 *
 * Many people report at once in a busy organisation (issue 9 §3), so a report holds no lock
 * across its work and takes few round trips: the lists are checked in one query (the reporter
 * and the organisation's name come with the session); the case number comes from its own short
 * autocommitted statement (a report that fails after it leaves a gap in the numbers); then one
 * statement writes the case, its first timeline entry, its audit event and its outbox mails —
 * all or nothing. The audit event joins the organisation's chain at commit (ADR 014).
 */

/**
 * `POST /api/incidents`: the quick report (issue 3 §1, shortened in issue 9 §1: the follow-up
 * questions may be skipped). With an idempotency key a retried submission returns the incident
 * created the first time (`created: false`) and never a duplicate.
 */
export async function reportIncident(
  ctx: AppContext,
  caller: Caller,
  signedIn: SignedInReporter,
  body: ReportIncidentBody,
  idempotencyKey: string | undefined,
): Promise<{ incident: IncidentDetail; created: boolean }> {
  authorizeOrThrow(caller, Action.IncidentReport, collection(caller));
  const replay = async (): Promise<{ incident: IncidentDetail; created: boolean } | null> => {
    if (!idempotencyKey) return null;
    const existing = await findIncidentByIdempotencyKey(ctx.db, caller.userId, idempotencyKey);
    if (!existing) return null;
    return await ctx.db.transaction(async (tx) => ({
      incident: await detailFor(ctx, tx, caller, existing),
      created: false,
    }));
  };
  const earlier = await replay();
  if (earlier) return earlier;
  if (!reportTargetKinds(caller).includes(body.targetKind)) {
    throw ruleViolation({ targetKind: 'target_kind_not_allowed' });
  }
  const now = ctx.clock();
  const organisationId = caller.organisationId;
  // Checked before a number is given, so that a refused report leaves no gap.
  await assertCodes(ctx.db, organisationId, body);
  const severity = initialSeverity(body);
  const self = body.targetKind === TargetKind.Self;
  const urgent = needsImmediateNotice(severity);
  const officers = urgent ? await findActiveOfficers(ctx.db, organisationId) : [];
  const reference = await allocateIncidentReference(
    ctx.db,
    organisationId,
    Number(swedishDate(now).slice(0, 4)),
  );
  const incidentId = randomUUID();
  const reported = {
    id: randomUUID(),
    at: now,
    actorUserId: caller.userId,
    kind: TimelineKind.Reported,
    details: { ongoing: body.ongoing },
  };
  const incident = { id: incidentId, organisationId, reference, severity };
  // The reporter is the one affected person with an account (a report about oneself, or about
  // someone else, who then has none here): their "registered" mail, and the officers' alarm.
  const mails = [
    ...caseMails(ctx, incident, 'registered', signedIn.organisationName, [signedIn.user]),
    ...urgentNoticeMails(ctx, incident, officers),
  ];
  const write = async (db: DbOrTx) => {
    const outbox = queueMailsWithin(ctx, db, mails);
    const row = await insertIncidentWithFirstEvent(
      db,
      {
        id: incidentId,
        organisationId,
        reference,
        reportedByUserId: caller.userId,
        reportedAt: now,
        idempotencyKey: idempotencyKey ?? null,
        description: body.description,
        ongoing: body.ongoing,
        occurredFrom: body.occurredFrom ? new Date(body.occurredFrom) : null,
        occurredTo: body.occurredTo ? new Date(body.occurredTo) : null,
        targetKind: body.targetKind,
        targetUserId: self ? caller.userId : null,
        targetName: self ? null : (body.targetName ?? null),
        // The follow-up questions the reporter skipped are "not stated" until triage.
        targetRole: body.targetRole ?? null,
        // The party matters only for the party contact's need-to-know, and only with consent.
        targetPartyId: body.targetKind === TargetKind.Other ? null : caller.partyId,
        partyContactConsent:
          body.targetKind === TargetKind.Other ? false : (body.partyContactConsent ?? false),
        categories: [...new Set(body.categories)],
        channel: body.channel ?? null,
        perpetratorType: body.perpetratorType ?? null,
        motive: body.motive ?? null,
        matterReference: body.matterReference ?? null,
        policeContacted: body.policeContacted ?? null,
        consequences: [...new Set(body.consequences ?? [])],
        severity,
        status: IncidentStatus.New,
        seriousWorkIncident: body.seriousWorkIncident ?? false,
        // Reported in the election period (issue 12): the unit may clear the mark at triage.
        electionPeriod: inElectionPeriod(now),
        // An acute or high report is told to the security unit now, with the mails.
        notifiedAt: urgent ? now : null,
        createdAt: now,
        updatedAt: now,
      },
      reported,
      [
        auditWithin(db, caller, now, {
          action: AuditAction.IncidentReport,
          recordType: 'incident',
          recordId: incidentId,
        }),
        ...(outbox.cte ? [outbox.cte] : []),
      ],
    );
    return { row, needsEvent: outbox.needsEvent };
  };
  try {
    // One statement writes the case, its timeline entry, audit event and mails: atomic on its
    // own. With SMTP the mail.queued event joins it in a transaction.
    const row =
      mails.length > 0 && ctx.config.smtpUrl
        ? await ctx.db.transaction(async (tx) => {
            const { row } = await write(tx);
            await recordMailsQueued(ctx, tx, mails);
            return row;
          })
        : (await write(ctx.db)).row;
    // The new case's view needs nothing more from the database: no evidence, measures, police
    // report or links yet, and the one timeline entry just written.
    const view = detailView(
      caller,
      row,
      {
        names: new Map([[caller.userId, signedIn.user.name]]),
        evidence: [],
        measures: [],
        policeReport: null,
        timeline: [
          {
            id: reported.id,
            at: now.toISOString(),
            kind: reported.kind,
            actor: { id: caller.userId, name: signedIn.user.name },
            text: null,
            details: reported.details,
          },
        ],
        linkedIncidents: [],
        personPoliceReport: null,
        personMeasures: [],
      },
      { unitView: can(caller, Action.IncidentHandle, record(caller, incidentParties(row))), now },
    );
    return { incident: view, created: true };
  } catch (error) {
    // Two submissions with the same key at the same moment: the first one won; answer it.
    if (
      (error as { cause?: { constraint?: unknown } }).cause?.constraint === 'incidents_idempotency_unique'
    ) {
      const winner = await replay();
      if (winner) return winner;
    }
    throw error;
  }
}

/** The signed-in reporter as the session has them (read once per request). */
export interface SignedInReporter {
  readonly user: Pick<UserRow, 'name' | 'email' | 'language' | 'status'>;
  readonly organisationName: string;
}

/** What a signal brings to the case it becomes. */
export interface SignalForIncident {
  readonly id: string;
  readonly text: string;
  readonly urgency: Urgency;
  readonly createdAt: Date;
  readonly matterReference: string | null;
  readonly meetingReference: string | null;
  /** The signal's sender, who becomes the reporter. */
  readonly sender: { readonly id: string; readonly role: Role };
}

/**
 * A case from a signal (`POST /api/signals/{id}/incident`), in the signal service's transaction.
 * The sender becomes the reporter; the signal's text is the description; the case starts as Ny
 * with "risk observation" as its category until the unit corrects it. The reporter is told the
 * case is registered; the timeline says where it came from.
 */
export async function openIncidentFromSignal(
  ctx: AppContext,
  tx: Tx,
  caller: Caller,
  signal: SignalForIncident,
): Promise<IncidentRow> {
  const now = ctx.clock();
  const partyContact = signal.sender.role === Role.PartyContact;
  const references = [signal.matterReference, signal.meetingReference].filter(
    (reference): reference is string => reference !== null,
  );
  const incident = await insertIncident(tx, {
    organisationId: caller.organisationId,
    // In the signal's transaction (a rare, manual step): a signal found not open gives no number
    // away. The counter stays locked until that transaction ends; reports take their numbers in
    // statements of their own and wait for it only that long.
    reference: await nextIncidentReference(tx, caller.organisationId, Number(swedishDate(now).slice(0, 4))),
    reportedByUserId: signal.sender.id,
    reportedAt: signal.createdAt,
    description: signal.text,
    ongoing: false,
    targetKind: partyContact ? TargetKind.Other : TargetKind.Self,
    targetUserId: partyContact ? null : signal.sender.id,
    targetName: null,
    targetRole: partyContact ? TargetRole.PartyOrganisation : TargetRole.Official,
    partyContactConsent: false,
    categories: ['reconnaissance'],
    channel: 'unknown',
    perpetratorType: 'unknown',
    matterReference: references.join(' / ') || null,
    policeContacted: false,
    consequences: [],
    severity: signal.urgency === 'high' ? 'high' : null,
    status: IncidentStatus.New,
    signalId: signal.id,
    // Reported when the signal came in; of the election period as a report then would be.
    electionPeriod: inElectionPeriod(signal.createdAt),
    notifiedAt: now,
    createdAt: now,
    updatedAt: now,
  });
  await queueCaseMail(ctx, tx, incident, 'registered');
  await addTimelineEntry(tx, caller, incident, now, TimelineKind.Reported, null, { fromSignal: true });
  return incident;
}

/** What a meeting's live log entry brings to the case it becomes (issue 10 §3). */
export interface MeetingLogEntryForIncident {
  /** The description: what the entry says, with the meeting and the time. */
  readonly description: string;
  readonly occurredAt: Date;
  /** Report-list codes of the domain's `logEntryIncidentSuggestion`. */
  readonly categories: readonly string[];
  readonly channel: string;
  readonly policeContacted: boolean | null;
}

/**
 * A case from an entry of a meeting's live log (`POST /api/meetings/{id}/log/{entryId}/incident`),
 * in the meeting log service's transaction: the security unit's member who clicked reports it;
 * whom it concerns is left for triage (a disturbance at a meeting concerns the meeting, not one
 * person). The unit made it, so nobody is mailed; the timeline says where it came from.
 */
export async function openIncidentFromMeetingLog(
  ctx: AppContext,
  tx: Tx,
  caller: Caller,
  entry: MeetingLogEntryForIncident,
): Promise<IncidentRow> {
  authorizeOrThrow(caller, Action.IncidentReport, collection(caller));
  const now = ctx.clock();
  const incident = await insertIncident(tx, {
    organisationId: caller.organisationId,
    reference: await nextIncidentReference(tx, caller.organisationId, Number(swedishDate(now).slice(0, 4))),
    reportedByUserId: caller.userId,
    reportedAt: now,
    description: entry.description,
    ongoing: false,
    occurredFrom: entry.occurredAt,
    targetKind: TargetKind.Other,
    targetName: null,
    targetRole: null,
    partyContactConsent: false,
    categories: [...new Set(entry.categories)],
    channel: entry.channel,
    perpetratorType: 'unknown',
    policeContacted: entry.policeContacted,
    consequences: [],
    severity: null,
    status: IncidentStatus.New,
    electionPeriod: inElectionPeriod(now),
    notifiedAt: now,
    createdAt: now,
    updatedAt: now,
  });
  await addTimelineEntry(tx, caller, incident, now, TimelineKind.Reported, null, { fromMeetingLog: true });
  await audit(tx, caller, now, {
    action: AuditAction.IncidentReport,
    recordType: 'incident',
    recordId: incident.id,
    details: { fromMeetingLog: true },
  });
  return incident;
}
