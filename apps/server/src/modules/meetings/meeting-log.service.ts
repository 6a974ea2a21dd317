import {
  Action,
  AuditAction,
  can,
  formatSwedishDateTime,
  logEntryIncidentSuggestion,
  logEntryKindText,
  orderLogEntries,
} from '@varn/domain';
import type { CreateLogEntryBody, LogEntry, LogEntryIncident, LogFollow, MeetingLog } from '@varn/contracts';
import type { Tx } from '../../db/client';
import type { AppContext, Caller } from '../../lib/context';
import { AppError, notFound, ruleViolation } from '../../lib/errors';
import { audit } from '../audit';
import { openIncidentFromMeetingLog } from '../incidents';
import { queueMails, renderMail } from '../mail';
import { loadMeeting, meetingResource, withBodyIds } from './meeting-access';
import type { MeetingRow } from './meetings.repository';
import {
  deleteLogFollower,
  findLogEntries,
  findLogEntryById,
  findLogEntryForUpdate,
  findLogEntryView,
  findLogFollowersToNotify,
  insertLogEntryIfNew,
  insertLogFollower,
  isFollowingLog,
  setLogEntryIncident,
  type LogEntryRow,
} from './meeting-log.repository';

/*
 * The live log of a meeting (issue 10 §3): written on phones by the unit's staff at the meeting,
 * queued while offline and sent again, so an entry's id is the phone's and a retry is stored once.
 * Followers are mailed through the outbox (sent after commit, ADR 005/012): the kind, the meeting
 * and the time, never the entry's text.
 */

/** How far ahead of the server's clock an entry's time may lie (a phone's clock runs a little fast). */
const maxClockSkewMs = 5 * 60_000;

type EntryWithNames = NonNullable<Awaited<ReturnType<typeof findLogEntryView>>>;

const entryView = ({ entry, writerName, incidentReference }: EntryWithNames): LogEntry => ({
  id: entry.id,
  kind: entry.kind,
  text: entry.text,
  occurredAt: entry.occurredAt.toISOString(),
  recordedAt: entry.recordedAt.toISOString(),
  createdBy: { id: entry.createdByUserId, name: writerName },
  incident:
    entry.incidentId && incidentReference ? { id: entry.incidentId, reference: incidentReference } : null,
});

async function meetingToLog(tx: Tx, caller: Caller, meetingId: string) {
  const writer = await withBodyIds(tx, caller);
  return { writer, meeting: await loadMeeting(tx, writer, meetingId, Action.MeetingLog) };
}

/** `GET /api/meetings/{id}/log`: the entries in the domain's order (`orderLogEntries`). Audited. */
export async function getMeetingLog(ctx: AppContext, caller: Caller, meetingId: string): Promise<MeetingLog> {
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const { writer, meeting } = await meetingToLog(tx, caller, meetingId);
    const rows = await findLogEntries(tx, writer.organisationId, meeting.id);
    await audit(tx, writer, now, {
      action: AuditAction.MeetingLogRead,
      recordType: 'meeting',
      recordId: meeting.id,
      details: { entries: rows.length },
    });
    const ordered = orderLogEntries(
      rows.map((row) => ({
        ...row,
        id: row.entry.id,
        occurredAt: row.entry.occurredAt,
        recordedAt: row.entry.recordedAt,
      })),
    );
    return {
      entries: ordered.map(entryView),
      following: await isFollowingLog(tx, meeting.id, writer.userId),
    };
  });
}

/** Whether a stored entry is the one sent again (same meeting, kind, text and time). */
const sameEntry = (row: LogEntryRow, meetingId: string, body: CreateLogEntryBody): boolean =>
  row.meetingId === meetingId &&
  row.kind === body.kind &&
  row.text === body.text &&
  row.occurredAt.getTime() === new Date(body.occurredAt).getTime();

/**
 * `POST /api/meetings/{id}/log`: stores an entry with the phone's id. A retry of the same entry
 * answers the stored one (`created: false`); another entry under a used id answers 409.
 */
export async function addLogEntry(
  ctx: AppContext,
  caller: Caller,
  meetingId: string,
  body: CreateLogEntryBody,
): Promise<{ entry: LogEntry; created: boolean }> {
  const now = ctx.clock();
  const occurredAt = new Date(body.occurredAt);
  if (occurredAt.getTime() > now.getTime() + maxClockSkewMs)
    throw ruleViolation({
      occurredAt: {
        sv: 'Tiden ligger i framtiden. Kontrollera telefonens klocka.',
        en: "The time is in the future. Check the phone's clock.",
      },
    });
  return await ctx.db.transaction(async (tx) => {
    const { writer, meeting } = await meetingToLog(tx, caller, meetingId);
    const stored = await insertLogEntryIfNew(tx, {
      id: body.id,
      organisationId: writer.organisationId,
      meetingId: meeting.id,
      kind: body.kind,
      text: body.text,
      occurredAt,
      recordedAt: now,
      createdByUserId: writer.userId,
    });
    if (!stored) {
      const earlier = await findLogEntryById(tx, body.id);
      if (earlier?.organisationId !== writer.organisationId || !sameEntry(earlier, meeting.id, body))
        throw new AppError('conflict');
      const view = await findLogEntryView(tx, writer.organisationId, earlier.id);
      if (!view) throw notFound();
      return { entry: entryView(view), created: false };
    }
    await audit(tx, writer, now, {
      action: AuditAction.MeetingLogWrite,
      recordType: 'meeting',
      recordId: meeting.id,
      details: { entry: stored.id, kind: stored.kind },
    });
    await notifyFollowers(ctx, tx, writer, meeting, stored);
    const view = await findLogEntryView(tx, writer.organisationId, stored.id);
    if (!view) throw new Error('the stored log entry is missing');
    return { entry: entryView(view), created: true };
  });
}

/** Mails the log's followers (not the writer) about a new entry, through the outbox. */
async function notifyFollowers(
  ctx: AppContext,
  tx: Tx,
  writer: Caller,
  meeting: MeetingRow,
  entry: LogEntryRow,
): Promise<void> {
  const followers = await findLogFollowersToNotify(tx, writer.organisationId, meeting.id, writer.userId);
  const link = new URL(`/meetings/${meeting.id}/log`, ctx.config.publicUrl).href;
  const mails = followers
    // A follower whose role no longer reads the log is not told.
    .filter((follower) =>
      can(
        { userId: follower.id, organisationId: writer.organisationId, role: follower.role, partyId: null },
        Action.MeetingLog,
        meetingResource(writer, meeting),
      ),
    )
    .map((follower) => ({
      ...renderMail(follower.language, 'meeting.log', {
        meeting: meeting.title,
        kind: logEntryKindText[entry.kind][follower.language].toLowerCase(),
        time: formatSwedishDateTime(entry.occurredAt, follower.language),
        link,
      }),
      organisationId: writer.organisationId,
      to: follower.email,
    }));
  if (mails.length > 0) await queueMails(ctx, tx, mails);
}

/** `POST /api/meetings/{id}/log/follow`: the caller is mailed about new entries. */
export async function followMeetingLog(
  ctx: AppContext,
  caller: Caller,
  meetingId: string,
): Promise<LogFollow> {
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const { writer, meeting } = await meetingToLog(tx, caller, meetingId);
    const added = await insertLogFollower(tx, {
      organisationId: writer.organisationId,
      meetingId: meeting.id,
      userId: writer.userId,
      now,
    });
    if (added)
      await audit(tx, writer, now, {
        action: AuditAction.MeetingLogFollow,
        recordType: 'meeting',
        recordId: meeting.id,
      });
    return { following: true };
  });
}

/** `DELETE /api/meetings/{id}/log/follow`: no more mails about the log. */
export async function unfollowMeetingLog(
  ctx: AppContext,
  caller: Caller,
  meetingId: string,
): Promise<LogFollow> {
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const { writer, meeting } = await meetingToLog(tx, caller, meetingId);
    if (await deleteLogFollower(tx, writer.organisationId, meeting.id, writer.userId))
      await audit(tx, writer, now, {
        action: AuditAction.MeetingLogUnfollow,
        recordType: 'meeting',
        recordId: meeting.id,
      });
    return { following: false };
  });
}

/**
 * `POST /api/meetings/{id}/log/{entryId}/incident`: the entry becomes a case through the incidents
 * module (prefilled by `logEntryIncidentSuggestion`), once: the entry is locked while it is turned,
 * and the incident's id is stored on it, so a second click answers the same incident.
 */
export async function logEntryToIncident(
  ctx: AppContext,
  caller: Caller,
  meetingId: string,
  entryId: string,
): Promise<LogEntryIncident> {
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const { writer, meeting } = await meetingToLog(tx, caller, meetingId);
    const entry = await findLogEntryForUpdate(tx, writer.organisationId, meeting.id, entryId);
    if (!entry) throw notFound();
    if (entry.incidentId) {
      const view = await findLogEntryView(tx, writer.organisationId, entry.id);
      if (!view?.incidentReference) throw new Error('the incident of a log entry is missing');
      return { incidentId: entry.incidentId, reference: view.incidentReference, created: false };
    }
    const suggestion = logEntryIncidentSuggestion(entry.kind);
    const kind = logEntryKindText[entry.kind].sv;
    const when = formatSwedishDateTime(entry.occurredAt, 'sv');
    const incident = await openIncidentFromMeetingLog(ctx, tx, writer, {
      description: [`${kind} vid ${meeting.title}, ${when} (från mötesloggen).`, entry.text]
        .filter(Boolean)
        .join('\n\n'),
      occurredAt: entry.occurredAt,
      categories: suggestion.categories,
      channel: suggestion.channel,
      policeContacted: suggestion.policeContacted,
    });
    await setLogEntryIncident(tx, writer.organisationId, entry.id, incident.id);
    await audit(tx, writer, now, {
      action: AuditAction.MeetingLogToIncident,
      recordType: 'meeting',
      recordId: meeting.id,
      details: { entry: entry.id, incident: incident.id },
    });
    return { incidentId: incident.id, reference: incident.reference, created: true };
  });
}
