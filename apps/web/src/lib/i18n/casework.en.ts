import type { svCasework } from './casework.sv';

/** English texts: The security unit's casework: queue, case file, measures, police report, evidence, signals, handling times, report lists. Exactly the keys of the Swedish file. */
export const enCasework: Readonly<Record<keyof typeof svCasework, string>> = {
  'nav.casework': 'Cases',
};
