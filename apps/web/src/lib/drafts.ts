/**
 * Drafts kept in the browser (the report form keeps what is typed so nothing is lost). They hold
 * sensitive text, so an explicit logout removes them; an expired session keeps them, so that the
 * person can log in again and send.
 */
const draftPrefix = 'varn.reportDraft.';

/** The storage key of a user's report draft. */
export function reportDraftKey(userId: string): string {
  return `${draftPrefix}${userId}`;
}

/** Removes every report draft kept in this browser. */
export function clearReportDrafts(): void {
  try {
    for (const key of Object.keys(window.localStorage)) {
      if (key.startsWith(draftPrefix)) window.localStorage.removeItem(key);
    }
  } catch {
    // Storage may be unavailable (private mode); there is nothing to remove then.
  }
}

const meetingLogPrefix = 'varn.meetingLog.';

/** The storage key of a user's queued, not yet sent, meeting log entries (`features/meetings-log`). */
export function meetingLogQueueKey(userId: string): string {
  return `${meetingLogPrefix}${userId}`;
}

/** Removes every queued meeting log entry kept in this browser (an explicit logout, as for reports). */
export function clearMeetingLogQueues(): void {
  try {
    for (const key of Object.keys(window.localStorage)) {
      if (key.startsWith(meetingLogPrefix)) window.localStorage.removeItem(key);
    }
  } catch {
    // Storage may be unavailable (private mode); there is nothing to remove then.
  }
}
