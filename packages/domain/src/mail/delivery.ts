/**
 * Delivery of queued e-mail (issue 2 §3): a failed send is retried with exponential backoff
 * until it is given up and shown as failed to admins.
 */

/** Delivery state of a queued e-mail. `held`: no SMTP server is configured; the mail is kept for admins to read. */
export const MailStatus = { Pending: 'pending', Sent: 'sent', Failed: 'failed', Held: 'held' } as const;

export type MailStatus = (typeof MailStatus)[keyof typeof MailStatus];

/** Sends attempted before a mail is marked failed. */
export const maxMailAttempts = 8;

/** Seconds to wait before attempt number `attempts + 1`, after `attempts` failed sends: 30 s, 1 min, 2 min … capped at 1 h. */
export function mailRetryDelaySeconds(attempts: number): number {
  return Math.min(3600, 30 * 2 ** Math.max(0, attempts - 1));
}

/** What happens after a failed send: retry at a time, or give up. */
export function nextMailAttempt(
  attempts: number,
  now: Date,
): { readonly giveUp: true } | { readonly giveUp: false; readonly at: Date } {
  if (attempts >= maxMailAttempts) return { giveUp: true };
  return { giveUp: false, at: new Date(now.getTime() + mailRetryDelaySeconds(attempts) * 1000) };
}
