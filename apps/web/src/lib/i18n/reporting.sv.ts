/**
 * Swedish texts: Reporting an incident, my cases, signals (reporters: officials, staff, party contacts).
 * Kept in their own file so that features can grow their catalogues side by side; sv.ts spreads it.
 */
export const svReporting = {
  'nav.reporting': 'Rapportera',
} as const satisfies Record<string, string>;
