import { describe, expect, it } from 'vitest';
import {
  isNationalThreatLevel,
  nationalThreatLevelAt,
  nationalThreatLevels,
  nationalThreatLevelText,
  type NationalThreatLevelChange,
} from './national-threat-level';

describe('isNationalThreatLevel: the five steps of Säkerhetspolisen’s scale', () => {
  it.each<[number, boolean]>([
    [0, false],
    [1, true],
    [3, true],
    [5, true],
    [6, false],
    [2.5, false],
    [-1, false],
    [Number.NaN, false],
  ])('%d → %s', (value, valid) => {
    expect(isNationalThreatLevel(value)).toBe(valid);
  });

  it('names the steps as Säkerhetspolisen does', () => {
    expect(nationalThreatLevels.map((level) => nationalThreatLevelText[level].sv)).toEqual([
      'Inget identifierat hot',
      'Begränsat hot',
      'Förhöjt hot',
      'Högt hot',
      'Mycket högt hot',
    ]);
  });
});

describe('nationalThreatLevelAt: the level in force on a day in Sweden', () => {
  const change = (
    level: 1 | 2 | 3 | 4 | 5,
    changedOn: string,
    recordedAt: string,
  ): NationalThreatLevelChange => ({
    level,
    changedOn,
    recordedAt: new Date(recordedAt),
  });
  // Out of order on purpose: the history may come in any order.
  const history = [
    change(4, '2023-08-17', '2023-08-17T12:00:00Z'),
    change(3, '2010-10-01', '2024-01-01T09:00:00Z'),
    // Recorded wrongly as 2, corrected later the same day.
    change(2, '2026-05-01', '2026-05-01T08:00:00Z'),
    change(3, '2026-05-01', '2026-05-01T09:00:00Z'),
  ];

  it.each<[string, string, number | null]>([
    ['before anything was recorded', '2010-09-30T12:00:00Z', null],
    ['the first day of the first level', '2010-10-01T12:00:00Z', 3],
    ['the day before a change', '2023-08-16T12:00:00Z', 3],
    ['the day of a change', '2023-08-17T06:00:00Z', 4],
    // 23:30 UTC on 16 August is 01:30 on 17 August in Sweden (UTC+2).
    ['the day of a change in Sweden, still the day before in UTC', '2023-08-16T23:30:00Z', 4],
    ['between changes', '2025-01-01T12:00:00Z', 4],
    ['a corrected day: the later record', '2026-05-01T12:00:00Z', 3],
    ['after the last change', '2026-12-10T17:00:00Z', 3],
  ])('%s (%s) → %s', (_label, at, level) => {
    expect(nationalThreatLevelAt(history, new Date(at))).toBe(level);
  });

  it('is null with no history', () => {
    expect(nationalThreatLevelAt([], new Date('2026-12-10T17:00:00Z'))).toBeNull();
  });

  it('does not depend on the order of the history', () => {
    const at = new Date('2026-05-01T12:00:00Z');
    expect(nationalThreatLevelAt([...history].reverse(), at)).toBe(3);
  });
});
