import type { svReporting } from './reporting.sv';

/** English texts: Reporting an incident, my cases, signals (reporters: officials, staff, party contacts). Exactly the keys of the Swedish file. */
export const enReporting: Readonly<Record<keyof typeof svReporting, string>> = {
  'nav.reporting': 'Report',
};
