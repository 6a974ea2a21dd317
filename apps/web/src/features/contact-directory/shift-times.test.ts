import { describe, expect, it } from 'vitest';
import { isoOfLocalDateTime } from './shift-times';

describe('a shift time from the form', () => {
  it('is the local time as an ISO time with its offset applied', () => {
    expect(isoOfLocalDateTime('2026-12-07T08:00')).toBe(new Date(2026, 11, 7, 8, 0).toISOString());
  });

  it('leaves an empty or unreadable value for the server to name', () => {
    expect(isoOfLocalDateTime('')).toBe('');
    expect(isoOfLocalDateTime('måndag morgon')).toBe('måndag morgon');
  });
});
