import { addCalendarDays, swedishDate } from '../shared/swedish-time';
import {
  addCalendarMonths,
  trainingStandingOn,
  TrainingStatus,
  type Attendance,
  type CourseValidity,
} from './status';

/**
 * Swedish general elections (allmänna val: riksdag, regionfullmäktige, kommunfullmäktige on one
 * day) and the refresher campaign before each (DOMAIN.md §1, issue 11 §3). Ordinary elections are
 * held every four years on the second Sunday of September (vallagen 2005:837, 1 kap. 3 §, in this
 * form since the election of 2014: 14 Sep 2014, 9 Sep 2018, 11 Sep 2022, 13 Sep 2026, 8 Sep 2030).
 * Extra elections (extra val) and elections to the European Parliament are not computed: an
 * election worker's election is a date the unit enters.
 */

/** The first general election held on the second Sunday of September. */
export const firstSecondSundayElectionYear = 2014;

/**
 * The day of the ordinary general election of a year (YYYY-MM-DD), or null when no general
 * election is held that year: a year not in the four-year cycle (2026, 2030, …) or before
 * {@link firstSecondSundayElectionYear} (earlier elections were on the third Sunday).
 */
export function generalElectionDate(year: number): string | null {
  if (!Number.isInteger(year) || year < firstSecondSundayElectionYear) return null;
  if ((year - firstSecondSundayElectionYear) % 4 !== 0) return null;
  // 1 September's weekday (0 Sunday) gives the first Sunday; the second is a week later.
  const weekday = new Date(Date.UTC(year, 8, 1)).getUTCDay();
  const firstSunday = 1 + ((7 - weekday) % 7);
  return `${year}-09-${String(firstSunday + 7).padStart(2, '0')}`;
}

/**
 * The next general election at `now` (YYYY-MM-DD): this year's if its day in Sweden has not
 * passed (election day itself is still "next"), else the following one.
 */
export function nextGeneralElection(now: Date): string {
  const today = swedishDate(now);
  for (let year = Math.max(Number(today.slice(0, 4)), firstSecondSundayElectionYear); ; year += 1) {
    const date = generalElectionDate(year);
    if (date !== null && date >= today) return date;
  }
}

/** Days from the day in Sweden at `now` to an election day (0 on the day itself). */
export function daysUntilElection(electionDate: string, now: Date): number {
  const today = swedishDate(now);
  return Math.round(
    (Date.parse(`${electionDate}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000,
  );
}

/**
 * How many months before the election the refresher campaign opens, unless the unit says
 * otherwise: from March of the election year, after the winter's council meetings, leaving spring
 * and August for sessions.
 */
export const defaultRefresherCampaignMonths = 6;

/** The refresher campaign before one election: from `opensOn` up to and including election day. */
export interface RefresherCampaignWindow {
  readonly electionDate: string;
  readonly opensOn: string;
  /** The last day a refresher counts for this election: the day before election day. */
  readonly lastSessionOn: string;
}

/** The campaign window before an election day (YYYY-MM-DD). */
export function refresherCampaignWindow(
  electionDate: string,
  monthsBefore: number = defaultRefresherCampaignMonths,
): RefresherCampaignWindow {
  return {
    electionDate,
    opensOn: addCalendarMonths(electionDate, -monthsBefore),
    lastSessionOn: addCalendarDays(electionDate, -1),
  };
}

/** Whether `now` (the day in Sweden) falls in the campaign window, election day included. */
export function isInRefresherCampaign(window: RefresherCampaignWindow, now: Date): boolean {
  const today = swedishDate(now);
  return today >= window.opensOn && today <= window.electionDate;
}

/** A person as the campaign list needs them: their attendance rows of every course. */
export interface CampaignCandidate<P> {
  readonly person: P;
  readonly attendances: readonly Attendance[];
}

/**
 * Everyone without a valid refresher on election day (issue 11 §3: "everyone without a valid
 * refresher is listed, invited, and reminded"): those who never took `refresher`, or whose last
 * one runs out on or before `electionDate`. The people keep their order.
 */
export function peopleToRefresh<P>(
  candidates: readonly CampaignCandidate<P>[],
  refresher: CourseValidity,
  electionDate: string,
): P[] {
  return candidates
    .filter(
      ({ attendances }) =>
        trainingStandingOn(attendances, refresher, electionDate, 0).status !== TrainingStatus.Valid,
    )
    .map(({ person }) => person);
}
