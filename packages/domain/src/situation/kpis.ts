/**
 * The lägesbild's key figures (DOMAIN.md §7, issue 12 §1): each a count over a count, computed
 * here from the counts the database gives, so that the page, the PDF report and the exports show
 * the same figure with the same rounding.
 */

/** A share: `part` of `whole`, and the rate (0–1), null when there is nothing to divide by. */
export interface Share {
  readonly part: number;
  readonly whole: number;
  readonly rate: number | null;
}

/** `part` of `whole`; throws on counts that are not whole numbers with 0 ≤ part ≤ whole (a caller's error). */
export function shareOf(part: number, whole: number): Share {
  if (!Number.isInteger(part) || !Number.isInteger(whole) || part < 0 || part > whole)
    throw new RangeError(`share ${part} of ${whole}`);
  return { part, whole, rate: whole === 0 ? null : part / whole };
}

/** A rate as a whole percentage for people ("17 %"), or null. Rounded half up. */
export function percentOf(share: Share): number | null {
  return share.rate === null ? null : Math.round(share.rate * 100);
}

/**
 * The share of threats reported to the police, nationally, as Brå's Politikernas
 * trygghetsundersökning has found it (about 16–19 % of the exposed reported the latest event):
 * the baseline the lägesbild shows beside the organisation's own rate. The target is every threat
 * (DOMAIN.md §1: "every threat is reported to the police").
 */
export const nationalPoliceReportBaseline = { low: 0.16, high: 0.19 } as const;

/** The target of the police-report rate: every threat reported. */
export const policeReportTarget = 1;

/**
 * The police-report rate: of the incidents of the period for which a report is recommended
 * (`policeReportRecommended`: threats and the acts that are crimes in themselves), the share with
 * a police report made.
 */
export function policeReportRate(reported: number, reportable: number): Share {
  return shareOf(reported, reportable);
}

/**
 * Repeat victimisation: of the persons targeted in the period, the share targeted more than once
 * (each entry is one person's number of incidents; persons with none are not listed). Brå counts a
 * person once however many incidents they suffered; a repeat victim is the unit's signal that
 * measures did not stop it.
 */
export function repeatVictimisation(incidentsPerPerson: readonly number[]): Share {
  for (const count of incidentsPerPerson)
    if (!Number.isInteger(count) || count < 1) throw new RangeError(`incidents ${count}`);
  return shareOf(incidentsPerPerson.filter((count) => count > 1).length, incidentsPerPerson.length);
}

/** How a share stands against its target, for the page's colour and words. */
export const KpiStanding = { Met: 'met', Near: 'near', Far: 'far', Unknown: 'unknown' } as const;
export type KpiStanding = (typeof KpiStanding)[keyof typeof KpiStanding];

/**
 * A share against a target rate: met at or above it, near within ten percentage points below,
 * else far; unknown when there is nothing to count.
 */
export function kpiStanding(share: Share, target: number): KpiStanding {
  if (share.rate === null) return KpiStanding.Unknown;
  if (share.rate >= target) return KpiStanding.Met;
  return share.rate >= target - 0.1 ? KpiStanding.Near : KpiStanding.Far;
}

/** How many persons had a given number of incidents (`incidents` ≥ 1): what the database counts. */
export interface VictimisationBucket {
  readonly incidents: number;
  readonly persons: number;
}

/** {@link repeatVictimisation} from a histogram of persons by their number of incidents. */
export function repeatVictimisationOf(buckets: readonly VictimisationBucket[]): Share {
  let persons = 0;
  let repeated = 0;
  for (const bucket of buckets) {
    if (!Number.isInteger(bucket.incidents) || bucket.incidents < 1 || !Number.isInteger(bucket.persons))
      throw new RangeError(`bucket ${bucket.incidents}×${bucket.persons}`);
    persons += bucket.persons;
    if (bucket.incidents > 1) repeated += bucket.persons;
  }
  return shareOf(repeated, persons);
}

/** A share as it may be published: null parts are hidden. */
export interface PublishedShare {
  readonly part: number | null;
  readonly whole: number | null;
  readonly rate: number | null;
}

/**
 * A share for readers of aggregates (small-cell rule, DOMAIN.md §7): hidden whole when the whole
 * is below `minimum`. When the share counts persons (`ofPersons`: repeat victims, trained
 * officials), the part and the rate are hidden too when the part or the rest (whole − part) is
 * below the minimum: "2 of 40 repeatedly targeted" points at two people. Shares of incidents,
 * meetings or matters keep their part: a case is not a person.
 */
export function publishedShare(share: Share, ofPersons: boolean, minimum = 5): PublishedShare {
  if (share.whole < minimum) return { part: null, whole: null, rate: null };
  if (ofPersons && (share.part < minimum || share.whole - share.part < minimum))
    return { part: null, whole: share.whole, rate: null };
  return share;
}
