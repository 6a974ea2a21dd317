import type { LogEntryKind } from '@varn/domain';
import type { I18n } from '../../lib/i18n/i18n';
import type { LogEntryView } from '../../lib/api/meeting-plans';
import type { QueuedLogEntry } from './log-queue';

/** "Störning" for `disturbance`. */
export const logKindLabel = (kind: LogEntryKind, t: I18n['t']): string => t(`meetingLog.kind.${kind}`);

/** One line of the log as the page shows it: stored by the server, or still on this phone. */
export interface LogRow {
  readonly id: string;
  readonly kind: LogEntryKind;
  readonly text: string;
  readonly occurredAt: Date;
  /** When the server stored it; for an entry still on the phone, when it was written. */
  readonly recordedAt: Date;
  /** Who wrote it; null when the server does not say. */
  readonly by: string | null;
  /** `pending`: on this phone, to be sent; `refused`: the server said no (needs attention). */
  readonly status: 'sent' | 'pending' | 'refused';
  /** The server's entry (for making an incident of it); null while on the phone. */
  readonly stored: LogEntryView | null;
}

/**
 * The log of one meeting: the server's entries and this phone's queued ones, each once. An entry
 * both stored and still queued (the answer is on its way) counts as sent.
 */
export function mergeLog(
  stored: readonly LogEntryView[],
  queued: readonly QueuedLogEntry[],
  meetingId: string,
  me: { readonly name: string },
): LogRow[] {
  const rows: LogRow[] = stored.map((entry) => ({
    id: entry.id,
    kind: entry.kind,
    text: entry.text,
    occurredAt: new Date(entry.occurredAt),
    recordedAt: new Date(entry.recordedAt),
    by: entry.createdBy.name,
    status: 'sent',
    stored: entry,
  }));
  const known = new Set(rows.map((row) => row.id));
  for (const entry of queued) {
    if (entry.meetingId !== meetingId || known.has(entry.id)) continue;
    rows.push({
      id: entry.id,
      kind: entry.kind,
      text: entry.text,
      occurredAt: new Date(entry.occurredAt),
      recordedAt: new Date(entry.queuedAt),
      by: me.name,
      status: entry.problem === null ? 'pending' : 'refused',
      stored: null,
    });
  }
  return rows;
}

/** How far ahead of the phone's clock an entry's time may be: the server refuses more (5 minutes). */
export const maxFutureMs = 5 * 60_000;

/**
 * What is wrong with a time typed for an entry (ISO, from the `datetime-local` field), or null:
 * `invalid` when it is no time, `future` when it lies more than {@link maxFutureMs} ahead of `now`.
 */
export function occurredAtProblem(iso: string | undefined, now: Date): 'invalid' | 'future' | null {
  if (iso === undefined) return 'invalid';
  const at = Date.parse(iso);
  if (Number.isNaN(at)) return 'invalid';
  return at - now.getTime() > maxFutureMs ? 'future' : null;
}
