import { describe, expect, it } from 'vitest';
import {
  attendanceStatuses,
  attendanceStatusText,
  courseKinds,
  courseKindText,
  defaultCourseValidityMonths,
  isCourseValidity,
  sessionModes,
  sessionModeText,
} from './courses';

describe('course kinds', () => {
  it('are the five courses of issue 11 §3', () => {
    expect(courseKinds).toEqual([
      'basic_security',
      'pre_election_refresher',
      'election_workers',
      'kl_4_18a',
      'party_contacts',
    ]);
  });

  it('name the KL 4:18 a course after its paragraph', () => {
    expect(courseKindText.kl_4_18a.sv).toContain('4 kap. 18 a §');
  });

  it.each(courseKinds)('%s has a default validity within the allowed range', (kind) => {
    expect(isCourseValidity(defaultCourseValidityMonths[kind])).toBe(true);
  });

  // A refresher taken in the election year's spring must not still count at the next election.
  it('makes the refresher run out well before the next election (48 months)', () => {
    expect(defaultCourseValidityMonths.pre_election_refresher).toBeLessThan(48);
  });
});

describe('isCourseValidity: whole months, 1 to 120', () => {
  it.each<[number, boolean]>([
    [0, false],
    [1, true],
    [12, true],
    [120, true],
    [121, false],
    [6.5, false],
    [-12, false],
    [Number.NaN, false],
  ])('%d → %s', (months, valid) => {
    expect(isCourseValidity(months)).toBe(valid);
  });
});

describe('the vocabularies have distinct names in both languages', () => {
  it.each([
    ['course kinds', courseKinds, courseKindText],
    ['session modes', sessionModes, sessionModeText],
    ['attendance statuses', attendanceStatuses, attendanceStatusText],
  ] as const)('%s', (_label, codes, texts) => {
    for (const language of ['sv', 'en'] as const) {
      const names = codes.map(
        (code) => (texts as Record<string, { sv: string; en: string }>)[code]?.[language],
      );
      expect(names.every((name) => typeof name === 'string' && name.trim() !== '')).toBe(true);
      expect(new Set(names).size).toBe(codes.length);
    }
  });

  it('has the three attendance statuses of issue 11 §3', () => {
    expect(attendanceStatuses).toEqual(['attended', 'excused', 'absent']);
  });
});
