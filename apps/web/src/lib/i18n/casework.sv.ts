/**
 * Swedish texts: The security unit's casework: queue, case file, measures, police report, evidence, signals, handling times, report lists.
 * Kept in their own file so that features can grow their catalogues side by side; sv.ts spreads it.
 */
export const svCasework = {
  'nav.casework': 'Ärenden',
} as const satisfies Record<string, string>;
