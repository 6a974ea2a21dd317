import { incidentStatuses, severities, type IncidentStatus, type Severity } from '@varn/domain';
import { queueFlags, type QueueFlag } from '../../lib/queue-address';
import { endOfSwedishDate, isCalendarDate, startOfSwedishDate } from '../../lib/stockholm-dates';

/**
 * The queue's filters as they stand in the address (so "back" from a case returns to them, and
 * the counters and the inbox can link to them): the same names as the API's where they mean the
 * same. Closed cases are hidden unless a status is chosen or `closed=show`.
 */
export interface QueueFilters {
  /** A status, or '' for every status. */
  readonly status: string;
  readonly category: string;
  readonly severity: string;
  readonly handler: string;
  /** Calendar dates, YYYY-MM-DD, both days included. */
  readonly from: string;
  readonly to: string;
  /** Only cases that need this action. */
  readonly flags: readonly QueueFlag[];
  /** Closed cases are shown too. */
  readonly showClosed: boolean;
}

const isStatus = (value: string): value is IncidentStatus =>
  (incidentStatuses as readonly string[]).includes(value);
const isSeverity = (value: string): value is Severity => (severities as readonly string[]).includes(value);

/** Reads the filters from the address; values that make no sense are ignored rather than sent. */
export function filtersOf(params: URLSearchParams): QueueFilters {
  const value = (name: string): string => params.get(name)?.trim() ?? '';
  const status = value('status');
  const severity = value('severity');
  const from = value('from');
  const to = value('to');
  return {
    // `status=open` (an older address) is the default now: every open case.
    status: isStatus(status) ? status : '',
    category: value('category'),
    severity: isSeverity(severity) ? severity : '',
    handler: value('handler'),
    from: isCalendarDate(from) ? from : '',
    to: isCalendarDate(to) ? to : '',
    flags: queueFlags.filter((flag) => value(flag) === 'true'),
    showClosed: value('closed') === 'show',
  };
}

/** Whether anything is filtered (closed cases shown counts: the list is not the default one). */
export function isFiltered(filters: QueueFilters): boolean {
  const { flags, showClosed, ...values } = filters;
  return flags.length > 0 || showClosed || Object.values(values).some((value) => value !== '');
}

/** The address query of filters and a page (empty values left out). */
export function searchOf(filters: QueueFilters, page: number): string {
  const params = new URLSearchParams();
  const { flags, showClosed, ...values } = filters;
  for (const [name, value] of Object.entries(values)) if (value !== '') params.set(name, value);
  for (const flag of flags) params.set(flag, 'true');
  if (showClosed) params.set('closed', 'show');
  if (page > 1) params.set('page', String(page));
  const search = params.toString();
  return search ? `?${search}` : '';
}

/**
 * The API's query for the filters: open cases unless a status is chosen or closed ones are shown;
 * a date range covers whole days in Sweden.
 */
export function apiQueryOf(filters: QueueFilters) {
  const flag = (name: QueueFlag) => (filters.flags.includes(name) ? ('true' as const) : undefined);
  return {
    status: filters.status === '' ? undefined : filters.status,
    open: filters.status === '' && !filters.showClosed ? ('true' as const) : undefined,
    category: filters.category || undefined,
    severity: filters.severity || undefined,
    handlerUserId: filters.handler || undefined,
    unassigned: flag('unassigned'),
    overdue: flag('overdue'),
    policeUpdateDue: flag('policeUpdateDue'),
    workEnvironmentDue: flag('workEnvironmentDue'),
    from: startOfSwedishDate(filters.from),
    to: endOfSwedishDate(filters.to),
  };
}
