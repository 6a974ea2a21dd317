/**
 * Signals ("något är på gång", DOMAIN.md §1): a short heads-up from a party contact or an
 * official that something is happening or on its way. It lands in the security unit's queue and
 * can be turned into an incident.
 */
export const Urgency = { High: 'high', Medium: 'medium', Low: 'low' } as const;
export type Urgency = (typeof Urgency)[keyof typeof Urgency];
export const urgencies: readonly Urgency[] = [Urgency.High, Urgency.Medium, Urgency.Low];

export const SignalStatus = {
  New: 'new',
  Acknowledged: 'acknowledged',
  Converted: 'converted',
  Dismissed: 'dismissed',
} as const;
export type SignalStatus = (typeof SignalStatus)[keyof typeof SignalStatus];
export const signalStatuses: readonly SignalStatus[] = Object.values(SignalStatus);

/** Whether a signal may still be handled (acknowledged, converted or dismissed). */
export function isSignalOpen(status: SignalStatus): boolean {
  return status === SignalStatus.New || status === SignalStatus.Acknowledged;
}

/** Signals of high urgency reach every security officer at once; the rest go into the daily digest. */
export function signalNeedsImmediateNotice(urgency: Urgency): boolean {
  return urgency === Urgency.High;
}
