import type { QueueFilter } from '@varn/contracts';

/**
 * The address of the security unit's queue (`/incidents`) filtered the way a counter or an inbox
 * count is (the server's `QueueFilter`). The queue page reads the same parameters back; closed
 * cases are hidden there unless asked for, so "open cases only" needs no parameter.
 */

/** The queue page's own flags: a parameter set to `true` in the address. */
export const queueFlags = ['unassigned', 'overdue', 'policeUpdateDue', 'workEnvironmentDue'] as const;
export type QueueFlag = (typeof queueFlags)[number];

/** `/incidents?…` for a filter, as a React Router location. */
export function queueAddress(filter: QueueFilter): { pathname: string; search: string } {
  const params = new URLSearchParams();
  if (filter.status) params.set('status', filter.status);
  else if (filter.open === 'false') params.set('status', 'closed');
  else if (filter.open === undefined) params.set('closed', 'show');
  if (filter.severity) params.set('severity', filter.severity);
  for (const flag of queueFlags) if (filter[flag] === 'true') params.set(flag, 'true');
  const search = params.toString();
  return { pathname: '/incidents', search: search ? `?${search}` : '' };
}
