import { describe, expect, it } from 'vitest';
import { webcalAddress } from './feed-address';

describe('webcalAddress', () => {
  it.each([
    ['https://varn.example.se/api/calendar/abc.ics', 'webcal://varn.example.se/api/calendar/abc.ics'],
    ['HTTP://localhost:3000/api/calendar/abc.ics', 'webcal://localhost:3000/api/calendar/abc.ics'],
    ['/api/calendar/abc.ics', '/api/calendar/abc.ics'],
  ])('%s → %s', (url, expected) => {
    expect(webcalAddress(url)).toBe(expected);
  });
});
