import type { BilingualText } from '../shared/bilingual';
import { swedishDate } from '../shared/swedish-time';

/**
 * The national terror threat level (terrorhotnivån) that Säkerhetspolisen sets on a five-step
 * scale (DOMAIN.md §7, issue 10 §2). Värn does not fetch it: the unit records each change with the
 * date it took effect, and the history answers what the level was on a meeting's day.
 */

/**
 * A step of Säkerhetspolisen's scale: 1 inget identifierat hot, 2 begränsat hot, 3 förhöjt hot,
 * 4 högt hot, 5 mycket högt hot. (Säpo raised it from 3 to 4 on 17 August 2023.)
 */
export type NationalThreatLevel = 1 | 2 | 3 | 4 | 5;

/** The steps, lowest first. */
export const nationalThreatLevels: readonly NationalThreatLevel[] = [1, 2, 3, 4, 5];

/** Whether a number is a step of the scale. */
export function isNationalThreatLevel(value: number): value is NationalThreatLevel {
  return (nationalThreatLevels as readonly number[]).includes(value);
}

/** Säkerhetspolisen's names of the steps, for the UI, the plan and the situational picture. */
export const nationalThreatLevelText: Readonly<Record<NationalThreatLevel, BilingualText>> = {
  1: { sv: 'Inget identifierat hot', en: 'No identified threat' },
  2: { sv: 'Begränsat hot', en: 'Limited threat' },
  3: { sv: 'Förhöjt hot', en: 'Elevated threat' },
  4: { sv: 'Högt hot', en: 'High threat' },
  5: { sv: 'Mycket högt hot', en: 'Very high threat' },
};

/** One recorded change of the level. */
export interface NationalThreatLevelChange {
  readonly level: NationalThreatLevel;
  /** The day the level took effect (Säpo's decision), a calendar date YYYY-MM-DD. */
  readonly changedOn: string;
  /** When the unit recorded it: a later record for the same day corrects an earlier one. */
  readonly recordedAt: Date;
}

/**
 * The level in force at an instant: the change with the latest `changedOn` on or before the day
 * `at` falls on in Sweden; of several changes on that day, the one recorded last. Null when
 * nothing was recorded by then. The history may come in any order.
 */
export function nationalThreatLevelAt(
  history: readonly NationalThreatLevelChange[],
  at: Date,
): NationalThreatLevel | null {
  const day = swedishDate(at);
  let current: NationalThreatLevelChange | null = null;
  for (const change of history) {
    if (change.changedOn > day) continue;
    if (
      current === null ||
      change.changedOn > current.changedOn ||
      (change.changedOn === current.changedOn && change.recordedAt.getTime() > current.recordedAt.getTime())
    )
      current = change;
  }
  return current?.level ?? null;
}
