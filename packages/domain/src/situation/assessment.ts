import type { BilingualText } from '../shared/bilingual';

/**
 * The security unit's overall assessed level (DOMAIN.md §7: "overall assessed level with a written
 * assessment"): the unit's own judgement of the threat against the organisation's democracy now,
 * dated, with the words that explain it. Separate from the national terror threat level (1–5),
 * which Säpo sets and the admin records.
 */
export const SituationLevel = {
  /** Normalläge: the usual hate and threats, handled in the ordinary way. */
  Normal: 'normal',
  /** Förhöjt läge: more or worse than usual; the unit follows up more closely. */
  Elevated: 'elevated',
  /** Högt läge: serious threats against several; meetings and people are protected further. */
  High: 'high',
  /** Mycket högt läge: an acute threat against the democratic process; crisis organisation. */
  VeryHigh: 'very_high',
} as const;
export type SituationLevel = (typeof SituationLevel)[keyof typeof SituationLevel];

/** The levels, lowest first. */
export const situationLevels: readonly SituationLevel[] = Object.values(SituationLevel);

/** The levels' names for the report and the exports (the web has them in its catalogues too). */
export const situationLevelText: Readonly<Record<SituationLevel, BilingualText>> = {
  normal: { sv: 'Normalläge', en: 'Normal' },
  elevated: { sv: 'Förhöjt läge', en: 'Elevated' },
  high: { sv: 'Högt läge', en: 'High' },
  very_high: { sv: 'Mycket högt läge', en: 'Very high' },
};

/** Narrows an untrusted string to a level. */
export function isSituationLevel(value: string): value is SituationLevel {
  return (situationLevels as readonly string[]).includes(value);
}

/**
 * Days after which the unit's written assessment is old: the page asks for a new one. A month, so
 * that the picture the council gets is never older than its last meeting cycle.
 */
export const assessmentStaleDays = 30;

/** Whether an assessment made on `assessedAt` is older than {@link assessmentStaleDays} at `now`. */
export function assessmentIsStale(assessedAt: Date, now: Date): boolean {
  return now.getTime() - assessedAt.getTime() > assessmentStaleDays * 86_400_000;
}
