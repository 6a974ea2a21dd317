import { describe, expect, it } from 'vitest';
import { staffingKinds, staffingKindText } from './staffing';

describe('staffing kinds', () => {
  it('are the unit, guards and police present or on call (DOMAIN.md §1, issue 10 §2)', () => {
    expect(staffingKinds).toEqual(['unit_staff', 'guard', 'police_present', 'police_on_call']);
  });

  it.each(['sv', 'en'] as const)('have distinct names in %s', (language) => {
    const names = staffingKinds.map((kind) => staffingKindText[kind][language].trim());
    expect(names.every((name) => name !== '')).toBe(true);
    expect(new Set(names).size).toBe(names.length);
  });
});
