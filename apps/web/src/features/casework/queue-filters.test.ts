import { describe, expect, it } from 'vitest';
import type { QueueFilter } from '@varn/contracts';
import { queueAddress } from '../../lib/queue-address';
import { apiQueryOf, filtersOf, isFiltered, searchOf } from './queue-filters';

const defined = (query: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined));
const read = (search: string) => filtersOf(new URLSearchParams(search));

describe('the queue in the address', () => {
  it('shows open cases by default, closed ones only when asked', () => {
    expect(defined(apiQueryOf(read('')))).toEqual({ open: 'true' });
    expect(defined(apiQueryOf(read('?closed=show')))).toEqual({});
    expect(defined(apiQueryOf(read('?status=closed')))).toEqual({ status: 'closed' });
    // An older address: "every open case" is the default now.
    expect(defined(apiQueryOf(read('?status=open')))).toEqual({ open: 'true' });
    expect(isFiltered(read(''))).toBe(false);
    expect(isFiltered(read('?closed=show'))).toBe(true);
  });

  it('reads the flags the counters link to, and ignores values that make no sense', () => {
    expect(
      defined(apiQueryOf(read('?unassigned=true&overdue=true&policeUpdateDue=yes&severity=extreme'))),
    ).toEqual({ open: 'true', unassigned: 'true', overdue: 'true' });
  });

  it('writes what it reads', () => {
    for (const search of ['?severity=acute&unassigned=true', '?status=dormant&closed=show', '?overdue=true'])
      expect(searchOf(read(search), 1)).toBe(search);
    expect(searchOf(read('?workEnvironmentDue=true'), 3)).toBe('?workEnvironmentDue=true&page=3');
  });

  it.each<[string, QueueFilter]>([
    ['new cases without a handler', { open: 'true', unassigned: 'true' }],
    ['acute', { open: 'true', severity: 'acute' }],
    ['new', { status: 'new' }],
    ['overdue measures', { open: 'true', overdue: 'true' }],
    ['police reports without a status update', { open: 'true', policeUpdateDue: 'true' }],
    ['reports to Arbetsmiljöverket due', { open: 'true', workEnvironmentDue: 'true' }],
    ['closed', { open: 'false' }],
    ['everything', {}],
  ])('opens a count of %s as the same query to the server', (_name, filter) => {
    const address = queueAddress(filter);
    expect(address.pathname).toBe('/incidents');
    const query = defined(apiQueryOf(read(address.search)));
    expect(query).toEqual(filter.open === 'false' ? { status: 'closed' } : filter);
  });
});
