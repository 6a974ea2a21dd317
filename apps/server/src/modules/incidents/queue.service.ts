import {
  Action,
  AuditAction,
  can,
  incidentListScope,
  policeUpdateCutoff,
  showsOngoing,
  swedishDate,
  workEnvironmentDeadline,
} from '@varn/domain';
import type { Inbox, InboxCase, IncidentList, IncidentQuery, QueueFilter } from '@varn/contracts';
import type { Tx } from '../../db/client';
import type { AppContext, Caller } from '../../lib/context';
import { authorizeOrThrow } from '../../lib/authorize';
import { audit } from '../audit';
import { partyReadinessGapsOf } from '../parties';
import { countOpenSignals, findOpenSignals } from '../signals';
import { collection, policeReminderDaysOf } from './incident-records';
import { excerptOf, toSummary } from './incident-view';
import {
  countIncidentCounters,
  findInboxCases,
  findIncidentsPage,
  type IncidentFilter,
  type QueueMoment,
} from './incidents.repository';

/**
 * The security unit's queue and the security officer's inbox (issue 9 §2): what needs action
 * first (domain `queueRank`), counters over the open cases, each with the queue filter it links to.
 */

/** How many cases (and signals) each section of the inbox shows; its count links to the rest. */
const inboxItems = 5;

/** Now, for the queue: the Swedish date and the organisation's cutoff for police reports. */
async function queueMoment(
  ctx: AppContext,
  tx: Tx,
  organisationId: string,
): Promise<QueueMoment & { readonly policeReminderDays: number }> {
  const now = ctx.clock();
  const policeReminderDays = await policeReminderDaysOf(tx, organisationId);
  return {
    today: swedishDate(now),
    policeUnchangedSince: policeUpdateCutoff(policeReminderDays, now),
    policeReminderDays,
  };
}

/**
 * The open-case counters of the organisation now (the lägesbild, issue 12): unaudited counts; the
 * caller audits its own read and suppresses them for readers of aggregates.
 */
export async function openCaseCountersOf(ctx: AppContext, tx: Tx, organisationId: string) {
  const at = await queueMoment(ctx, tx, organisationId);
  return {
    ...(await countIncidentCounters(tx, organisationId, { kind: 'all' }, at)),
    policeReminderDays: at.policeReminderDays,
  };
}

/** The repository's filter of the query's (or a counter's) parameters at a moment. */
function filterOf(query: QueueFilter & Partial<IncidentQuery>, at: QueueMoment): IncidentFilter {
  return {
    status: query.status,
    open: query.open === undefined ? undefined : query.open === 'true',
    category: query.category,
    severity: query.severity,
    handlerUserId: query.handlerUserId,
    unassigned: query.unassigned === 'true',
    overdueOn: query.overdue === 'true' ? at.today : undefined,
    policeUnchangedSince: query.policeUpdateDue === 'true' ? at.policeUnchangedSince : undefined,
    workEnvironmentDue: query.workEnvironmentDue === 'true',
    from: query.from ? new Date(query.from) : undefined,
    to: query.to ? new Date(query.to) : undefined,
  };
}

/** The number of open signals, for whoever handles them (0 for others). */
async function openSignalsFor(tx: Tx, caller: Caller): Promise<number> {
  const handles = can(caller, Action.SignalHandle, { type: 'signal', organisationId: caller.organisationId });
  return handles ? await countOpenSignals(tx, caller.organisationId) : 0;
}

/** `GET /api/incidents`: the queue (security unit) or "my cases"; audited, the list names people's cases. */
export async function listIncidents(
  ctx: AppContext,
  caller: Caller,
  query: IncidentQuery,
): Promise<IncidentList> {
  authorizeOrThrow(caller, Action.IncidentList, collection(caller));
  const scope = incidentListScope(caller);
  return await ctx.db.transaction(async (tx) => {
    const at = await queueMoment(ctx, tx, caller.organisationId);
    const { rows, total } = await findIncidentsPage(tx, caller.organisationId, scope, filterOf(query, at), {
      limit: query.limit ?? 50,
      offset: query.offset ?? 0,
      today: at.today,
      sort: query.sort ?? 'queue',
    });
    const counters = await countIncidentCounters(tx, caller.organisationId, scope, at);
    await audit(tx, caller, ctx.clock(), {
      action: AuditAction.IncidentList,
      recordType: 'incident',
      details: { count: rows.length },
    });
    return {
      incidents: rows.map((row) => toSummary(row.incident, row.handlerName, row.overdueMeasures)),
      total,
      counters: { ...counters, openSignals: await openSignalsFor(tx, caller) },
    };
  });
}

type InboxRow = Awaited<ReturnType<typeof findInboxCases>>[number];

function toInboxCase(row: InboxRow, now: Date): InboxCase {
  const { incident } = row;
  return {
    id: incident.id,
    reference: incident.reference,
    reportedAt: incident.reportedAt.toISOString(),
    status: incident.status,
    severity: incident.severity,
    ongoing: showsOngoing(incident),
    excerpt: excerptOf(incident.description),
    handler:
      incident.handlerUserId && row.handlerName
        ? { id: incident.handlerUserId, name: row.handlerName }
        : null,
    overdueMeasures: row.overdueMeasures,
    oldestOverdueDate: row.oldestOverdueDate,
    policeReport:
      row.policeStatus && row.policeStatusChangedAt
        ? { status: row.policeStatus, statusChangedAt: row.policeStatusChangedAt.toISOString() }
        : null,
    workEnvironmentDeadline: row.workEnvironmentPending
      ? workEnvironmentDeadline(incident.reportedAt, now).deadline.toISOString()
      : null,
  };
}

/**
 * `GET /api/incidents/inbox`: the security officer's home page. Each section counts the open
 * cases of one queue filter and shows the first few in the queue's order (acute first); audited,
 * as it names cases.
 */
export async function getInbox(ctx: AppContext, caller: Caller): Promise<Inbox> {
  authorizeOrThrow(caller, Action.IncidentInbox, collection(caller));
  const now = ctx.clock();
  const organisationId = caller.organisationId;
  return await ctx.db.transaction(async (tx) => {
    const at = await queueMoment(ctx, tx, organisationId);
    const counters = await countIncidentCounters(tx, organisationId, { kind: 'all' }, at);
    const section = async (count: number, filter: QueueFilter) => ({
      count,
      filter,
      cases:
        count === 0
          ? []
          : (await findInboxCases(tx, organisationId, filterOf(filter, at), at.today, inboxItems)).map(
              (row) => toInboxCase(row, now),
            ),
    });
    const open = { open: 'true' } as const;
    const inbox: Inbox = {
      unassigned: await section(counters.unassigned, { ...open, unassigned: 'true' }),
      signals: {
        count: await countOpenSignals(tx, organisationId),
        signals: (await findOpenSignals(tx, organisationId, inboxItems)).map((signal) => ({
          id: signal.id,
          excerpt: excerptOf(signal.text),
          urgency: signal.urgency,
          status: signal.status,
          createdAt: signal.createdAt.toISOString(),
        })),
      },
      policeUpdateDue: await section(counters.policeUpdateDue, { ...open, policeUpdateDue: 'true' }),
      overdueMeasures: await section(counters.overdueMeasures, { ...open, overdue: 'true' }),
      workEnvironmentDue: await section(counters.workEnvironmentDue, { ...open, workEnvironmentDue: 'true' }),
      policeReminderDays: at.policeReminderDays,
      partyGaps: await partyReadinessGapsOf(tx, organisationId, now),
    };
    await audit(tx, caller, now, {
      action: AuditAction.IncidentInbox,
      recordType: 'incident',
      details: {
        count:
          inbox.unassigned.cases.length +
          inbox.policeUpdateDue.cases.length +
          inbox.overdueMeasures.cases.length +
          inbox.workEnvironmentDue.cases.length,
      },
    });
    return inbox;
  });
}
