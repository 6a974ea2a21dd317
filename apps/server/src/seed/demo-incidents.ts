import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { IncidentStatus, MeasureStatus, PoliceReportStatus } from '@varn/domain';
import {
  addCalendarDays,
  electionPeriodOf,
  generalElectionDate,
  policeReportRecommended,
  startOfSwedishDay,
  swedishDate,
} from '@varn/domain';
import type { Tx } from '../db/client';
import {
  incidentCounters,
  incidentEvents,
  incidents,
  measures,
  policeReportHistory,
  policeReports,
  signals,
} from '../db/schema';
import {
  afterElectionScenarios,
  campaignScenarios,
  campaignSignals,
  colleagueTargets,
  closingSummaries,
  electionWorkerTargets,
  everydayScenarios,
  everydaySignals,
  measurePlans,
  firstNames,
  frequentPartyMemberTargets,
  surnames,
  pollingScenarios,
  type Scenario,
} from './demo-incident-scenarios';

/**
 * Two years of realistic demo cases for Exempelkommun (issue 3 "Done when"; issue 12: "the demo
 * organisation's lägesbild tells a story a council chair understands in one minute"): from
 * 1 January of the year before `now`, a light year, and a general election's year rising through
 * the spring to a peak in August and September, most of it in the weeks before election day, then
 * falling. Deterministic: the same demo every time for the same `now`.
 *
 * The rows are built in memory and written a table at a time (a few statements for the whole
 * demo), so that the seed stays fast at `npm start` and in the tests.
 */

/** A small deterministic pseudo-random generator (mulberry32). */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const hours = 3_600_000;
const days = 24 * hours;

/** Cases a month in a year without a general election, January to December (~84 a year). */
const ordinaryMonths = [7, 8, 7, 8, 7, 6, 5, 7, 8, 8, 7, 6] as const;

/**
 * Cases a month in a general election's year, January to July and October to December: rising
 * through the spring (the campaign starts), lower again after the election.
 */
const electionYearMonths = [8, 9, 11, 13, 15, 17, 14, 0, 0, 13, 10, 8] as const;

/**
 * The peak: August (rising), 1 September to election day (rising, the most), and the rest of
 * September after the result.
 */
const peak = { august: 28, septemberBefore: 22, septemberAfter: 8 } as const;

/** The general election held in `year` (YYYY-MM-DD), or null (the domain's rule). */
const electionOf = (year: number): string | null => generalElectionDate(year);

/** A stretch of time that gets `count` cases, evenly or more and more towards its end. */
interface Window {
  readonly from: number;
  readonly to: number;
  readonly count: number;
  readonly rising: boolean;
}

const monthStart = (year: number, month: number): number =>
  startOfSwedishDay(
    `${year + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-01`,
  ).getTime();

/** The windows of one calendar year. */
function windowsOfYear(year: number): Window[] {
  const election = electionOf(year);
  const month = (index: number, count: number): Window => ({
    from: monthStart(year, index),
    to: monthStart(year, index + 1),
    count,
    rising: false,
  });
  if (election === null) return ordinaryMonths.map((count, index) => month(index, count));
  const afterElectionDay = startOfSwedishDay(addCalendarDays(election, 1)).getTime();
  return [
    ...electionYearMonths.slice(0, 7).map((count, index) => month(index, count)),
    { from: monthStart(year, 7), to: monthStart(year, 8), count: peak.august, rising: true },
    { from: monthStart(year, 8), to: afterElectionDay, count: peak.septemberBefore, rising: true },
    { from: afterElectionDay, to: monthStart(year, 9), count: peak.septemberAfter, rising: false },
    ...electionYearMonths.slice(9).map((count, index) => month(index + 9, count)),
  ];
}

/** Where in an election's cycle a moment is, which decides the mix of cases. */
type Phase = 'ordinary' | 'campaign' | 'polling' | 'after';

function phaseAt(time: number): { phase: Phase; daysToElection: number | null } {
  const election = electionOf(Number(swedishDate(new Date(time)).slice(0, 4)));
  if (election === null) return { phase: 'ordinary', daysToElection: null };
  const daysToElection = (startOfSwedishDay(election).getTime() - time) / days;
  // Early voting opens 18 days before election day; the final count ends a few days after.
  if (daysToElection > 150) return { phase: 'ordinary', daysToElection };
  if (daysToElection > 18) return { phase: 'campaign', daysToElection };
  if (daysToElection > -4) return { phase: 'polling', daysToElection };
  if (daysToElection > -45) return { phase: 'after', daysToElection };
  return { phase: 'ordinary', daysToElection };
}

/** One planned case: when, what, and about whom. */
export interface PlannedCase {
  readonly time: number;
  readonly scenario: Scenario;
  /** Who reports: the person themself, or the party contact or staff for a named person. */
  readonly reportedBy: 'official' | 'staff' | 'party_contact';
  readonly targetName: string | null;
  readonly electionPeriod: boolean;
}

/**
 * The demo's cases at `now`, oldest first: from 1 January of the year before `now` up to two
 * hours before `now` (pure and deterministic, so the test can look at the plan too).
 */
export function planDemoCases(now: Date): PlannedCase[] {
  const random = generator(2014);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const weighted = (items: readonly (readonly [string, number])[]): string => {
    const total = items.reduce((sum, [, weight]) => sum + weight, 0);
    let left = random() * total;
    for (const [name, weight] of items) {
      left -= weight;
      if (left < 0) return name;
    }
    return items[0]?.[0] ?? '';
  };
  const cutoff = now.getTime() - 2 * hours;
  const firstYear = Number(swedishDate(now).slice(0, 4)) - 1;
  const times: number[] = [];
  for (const window of [...windowsOfYear(firstYear), ...windowsOfYear(firstYear + 1)]) {
    if (window.from >= cutoff) continue;
    const to = Math.min(window.to, cutoff);
    const count = Math.round((window.count * (to - window.from)) / (window.to - window.from));
    for (let n = 0; n < count; n += 1) {
      // A rising window puts more cases towards its end (density growing linearly).
      const share = window.rising ? Math.sqrt(random()) : random();
      const day = window.from + Math.floor((share * (to - window.from)) / days) * days;
      // Reported in the waking hours, Swedish time (midnight + 7–22 h).
      times.push(Math.min(day + (7 + random() * 15) * hours, to - 60_000));
    }
  }
  times.sort((a, b) => a - b);
  let everyday = 0;
  return times.map((time) => {
    const { phase, daysToElection } = phaseAt(time);
    const roll = random();
    // Election cases take a growing share of the campaign: a quarter in April, two thirds in August.
    const campaignShare =
      daysToElection === null ? 0 : 0.25 + 0.45 * (1 - Math.min(daysToElection, 150) / 150);
    const scenario =
      phase === 'campaign' && roll < campaignShare
        ? pick(campaignScenarios)
        : phase === 'polling' && roll < 0.4
          ? pick(pollingScenarios)
          : phase === 'polling' && roll < 0.8
            ? pick(campaignScenarios)
            : phase === 'after' && roll < 0.3
              ? pick(afterElectionScenarios)
              : // The everyday cases in turn, so that each appears.
                (everydayScenarios[everyday++ % everydayScenarios.length] as Scenario);
    // The demo official reports for herself one time in five; the party contact reports for named
    // members of the party the rest. Staff report for themselves or for a named colleague, and
    // for the election workers. A place or the party's branch is named as such.
    // In the last month she reports her own: the council's coming meetings link them (issue 10).
    const lastMonth = now.getTime() - time < 30 * days;
    const reportedBy =
      scenario.reporter === 'official' &&
      (scenario.targetRole === 'official' || scenario.targetRole === 'relative') &&
      !lastMonth &&
      random() < 0.8
        ? 'party_contact'
        : scenario.reporter;
    const targetName =
      scenario.targetRole === 'party_organisation'
        ? 'Partiavdelningen'
        : scenario.targetRole === 'municipal_premises'
          ? 'Kommunhuset'
          : scenario.targetRole === 'election_worker'
            ? weighted(electionWorkerTargets)
            : reportedBy === 'party_contact'
              ? random() < 0.35
                ? weighted(frequentPartyMemberTargets)
                : `${pick(firstNames)} ${pick(surnames)}`
              : reportedBy === 'staff' && random() < 0.7
                ? weighted(colleagueTargets)
                : null;
    const election = electionOf(Number(swedishDate(new Date(time)).slice(0, 4)));
    const period = election ? electionPeriodOf(election) : null;
    const day = swedishDate(new Date(time));
    return {
      time,
      scenario,
      reportedBy,
      targetName,
      electionPeriod: period !== null && day >= period.from && day <= period.to,
    };
  });
}

/** The demo's people, by role. */
export interface DemoPeople {
  readonly official: { id: string; partyId: string | null };
  readonly staff: { id: string };
  readonly partyContact: { id: string; partyId: string | null };
  readonly officer: { id: string };
}

/** Rows a statement at most (PostgreSQL takes 65,535 parameters a statement). */
const chunk = 400;

async function insertInChunks<T>(rows: readonly T[], insert: (rows: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += chunk) await insert(rows.slice(start, start + chunk));
}

/**
 * The police report's path to its status (each step one the domain allows: reported → under
 * investigation → closed | prosecuted → judgment).
 */
const policePath: Readonly<Record<PoliceReportStatus, readonly PoliceReportStatus[]>> = {
  reported: ['reported'],
  under_investigation: ['reported', 'under_investigation'],
  closed: ['reported', 'under_investigation', 'closed'],
  prosecuted: ['reported', 'under_investigation', 'prosecuted'],
  judgment: ['reported', 'under_investigation', 'prosecuted', 'judgment'],
};

/**
 * Inserts the demo's cases (about 250 over two years, `planDemoCases`) with their timelines,
 * measures and police reports, plus signals. Answers the number of cases.
 */
export async function seedDemoIncidents(
  tx: Tx,
  organisationId: string,
  people: DemoPeople,
  now: Date,
): Promise<number> {
  const plan = planDemoCases(now);
  const random = generator(1809);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const at = (time: number): Date => new Date(Math.min(time, now.getTime() - hours));
  const officer = people.officer.id;

  // Case numbers: each year's run reserved on the counter in one statement, given in date order.
  const perYear = new Map<number, number>();
  for (const { time } of plan) {
    const year = Number(swedishDate(new Date(time)).slice(0, 4));
    perYear.set(year, (perYear.get(year) ?? 0) + 1);
  }
  const nextNumber = new Map<number, number>();
  for (const [year, count] of perYear) {
    const [row] = await tx
      .insert(incidentCounters)
      .values({ organisationId, year, lastNumber: count })
      .onConflictDoUpdate({
        target: [incidentCounters.organisationId, incidentCounters.year],
        set: { lastNumber: sql`${incidentCounters.lastNumber} + ${count}` },
      })
      .returning({ lastNumber: incidentCounters.lastNumber });
    nextNumber.set(year, (row?.lastNumber ?? count) - count + 1);
  }

  const incidentRows: (typeof incidents.$inferInsert)[] = [];
  const eventRows: (typeof incidentEvents.$inferInsert)[] = [];
  const measureRows: (typeof measures.$inferInsert)[] = [];
  const reportRows: (typeof policeReports.$inferInsert)[] = [];
  const historyRows: (typeof policeReportHistory.$inferInsert)[] = [];

  for (const [index, planned] of plan.entries()) {
    const { time, scenario } = planned;
    const id = randomUUID();
    const reportedAt = new Date(time);
    const age = (now.getTime() - time) / days;
    const year = Number(swedishDate(reportedAt).slice(0, 4));
    const number = nextNumber.get(year) ?? 1;
    nextNumber.set(year, number + 1);
    const reporter =
      planned.reportedBy === 'staff'
        ? people.staff
        : planned.reportedBy === 'party_contact'
          ? people.partyContact
          : people.official;
    const self = planned.targetName === null;
    const status: IncidentStatus =
      age > 45
        ? random() < 0.95
          ? 'closed'
          : 'dormant'
        : age > 14
          ? pick<IncidentStatus>(['measures', 'follow_up', 'closed', 'assessing'])
          : age > 3
            ? pick<IncidentStatus>(['triaged', 'assessing', 'measures'])
            : // An acute report is taken at once: none waits unhandled.
              scenario.severity === 'acute' && age > 0.25
              ? 'triaged'
              : 'new';
    const handled = status !== 'new';
    const triagedAt = handled ? at(time + (2 + random() * 30) * hours) : null;
    const firstContactAt = handled ? at(time + (1 + random() * 48) * hours) : null;
    const assessed = ['measures', 'follow_up', 'closed', 'dormant'].includes(status);
    const assessedAt = assessed ? at(time + (1 + random() * 9) * days) : null;
    const closedAt = status === 'closed' ? at(time + (10 + random() * 40) * days) : null;
    const staffCase = scenario.reporter === 'staff';
    const workIncident = staffCase && scenario.severity !== 'low';

    // Police reports (issue 12's KPI, target 100 % of threats): about two threats in three are
    // reported, fewer of the other reportable acts, so the lägesbild shows a gap to close.
    const reportable = handled && policeReportRecommended(scenario.categories);
    const reported = reportable && random() < (scenario.categories.includes('threat') ? 0.68 : 0.4);

    const row: typeof incidents.$inferInsert = {
      id,
      organisationId,
      reference: `${year}-${String(number).padStart(4, '0')}`,
      reportedByUserId: reporter.id,
      reportedAt,
      description: scenario.text,
      ongoing: scenario.severity === 'acute' && age < 14 && random() < 0.5,
      occurredFrom: new Date(time - (1 + random() * 20) * hours),
      targetKind: self
        ? 'self'
        : planned.reportedBy === 'party_contact' && scenario.targetRole !== 'party_organisation'
          ? 'party_member'
          : 'other',
      targetUserId: self ? reporter.id : null,
      targetName: planned.targetName,
      targetRole: scenario.targetRole,
      targetPartyId:
        scenario.targetRole === 'party_organisation' || staffCase
          ? null
          : planned.reportedBy === 'party_contact'
            ? people.partyContact.partyId
            : people.official.partyId,
      partyContactConsent:
        scenario.targetRole !== 'party_organisation' && !staffCase && random() < (self ? 0.3 : 0.6),
      categories: [...scenario.categories],
      channel: scenario.channel,
      perpetratorType: scenario.perpetrator,
      policeContacted: reported || scenario.severity === 'acute' || random() < 0.1,
      consequences: [...(scenario.consequences ?? [])],
      severity:
        handled || scenario.severity === 'acute' || scenario.severity === 'high' ? scenario.severity : null,
      status,
      handlerUserId: handled ? officer : null,
      unlawfulInfluence: scenario.categories.includes('unlawful_influence'),
      sexualOrSexist: scenario.categories.includes('sexual_harassment'),
      electionPeriod: planned.electionPeriod,
      seriousWorkIncident: workIncident,
      workEnvironmentReportedAt: workIncident && handled ? new Date(time + 4 * hours) : null,
      workEnvironmentReportedByUserId: workIncident && handled ? officer : null,
      kiaReference: staffCase && handled ? `KIA-${2000 + index}` : null,
      triagedAt,
      firstContactAt,
      assessedAt,
      closedAt,
      closingSummary: closedAt ? (reported ? pick(closingSummaries) : pick(closingSummaries.slice(1))) : null,
      notifiedAt: reportedAt,
      createdAt: reportedAt,
      updatedAt: closedAt ?? assessedAt ?? triagedAt ?? reportedAt,
    };
    incidentRows.push(row);

    const event = (
      eventAt: Date | null,
      kind: string,
      text: string | null,
      details: Record<string, string | number | boolean | null>,
      actor: string | null,
    ) => {
      if (eventAt)
        eventRows.push({
          organisationId,
          incidentId: id,
          at: eventAt,
          actorUserId: actor,
          kind,
          text,
          details,
        });
    };
    event(reportedAt, 'reported', null, { ongoing: row.ongoing }, reporter.id);
    event(triagedAt, 'status_change', null, { from: 'new', to: 'triaged', event: 'triage' }, officer);
    event(
      firstContactAt,
      'contact',
      'Ringde upp den utsatta, gick igenom vad som hänt och vilket stöd som finns.',
      {},
      officer,
    );
    event(assessedAt, 'decision', 'Bedömning klar: åtgärder enligt plan.', {}, officer);
    event(
      closedAt,
      'status_change',
      row.closingSummary ?? null,
      { from: 'follow_up', to: 'closed', event: 'close' },
      officer,
    );

    if (assessed || status === 'assessing') {
      const planned = 1 + Math.floor(random() * 3);
      for (let m = 0; m < planned; m += 1) {
        const [type, description] = pick(measurePlans);
        const createdAt = at(time + 2 * days);
        measureRows.push({
          organisationId,
          subjectType: 'incident',
          subjectId: id,
          type,
          description,
          ownerUserId: officer,
          dueDate: swedishDate(new Date(time + (5 + random() * 30) * days)),
          status: status === 'closed' ? 'done' : pick<MeasureStatus>(['planned', 'in_progress', 'done']),
          // Support meant for the person is shown on their case page.
          visibleToPerson: type === 'support_talk' || type === 'personal_alarm',
          createdByUserId: officer,
          createdAt,
          updatedAt: createdAt,
        });
      }
    }

    if (reported) {
      const reportedOn = at(time + (0.5 + random() * 2) * days);
      // Older reports have mostly reached an outcome and recent ones are being investigated, but
      // some wait on the police for months without a status update (the inbox's reminders).
      const stuck = age > 45 && random() < 0.12;
      const policeStatus: PoliceReportStatus = stuck
        ? pick<PoliceReportStatus>(['reported', 'under_investigation', 'prosecuted'])
        : age > 120
          ? pick<PoliceReportStatus>(['closed', 'closed', 'closed', 'judgment', 'judgment'])
          : age > 30
            ? pick<PoliceReportStatus>(['under_investigation', 'under_investigation', 'closed'])
            : pick<PoliceReportStatus>(['reported', 'reported', 'under_investigation']);
      const statusChangedAt =
        policeStatus === 'reported'
          ? reportedOn
          : stuck
            ? at(reportedOn.getTime() + (5 + random() * 25) * days)
            : age > 120
              ? at(reportedOn.getTime() + (30 + random() * 60) * days)
              : age > 30
                ? at(now.getTime() - (3 + random() * 20) * days)
                : at(reportedOn.getTime() + (1 + random() * (age / 2)) * days);
      const reportId = randomUUID();
      reportRows.push({
        id: reportId,
        organisationId,
        incidentId: id,
        reportNumber: `5000-K${100000 + Math.floor(random() * 899999)}-${String(reportedOn.getUTCFullYear()).slice(2)}`,
        reportedOn: swedishDate(reportedOn),
        electedRoleStated: scenario.targetRole === 'official',
        protectionRequested: random() < 0.7,
        personConsented: self || random() < 0.7,
        investigatorContact: 'Polisregion Exempel, utredare via kontaktperson för förtroendevalda',
        status: policeStatus,
        statusChangedAt,
        createdAt: reportedOn,
        updatedAt: statusChangedAt,
      });
      const path = policePath[policeStatus];
      for (const [step, stepStatus] of path.entries()) {
        const stepAt =
          step === 0
            ? reportedOn
            : new Date(
                reportedOn.getTime() +
                  ((statusChangedAt.getTime() - reportedOn.getTime()) * step) / (path.length - 1),
              );
        historyRows.push({
          organisationId,
          policeReportId: reportId,
          status: stepStatus,
          at: stepAt,
          note: step === 0 ? 'Anmälan gjord tillsammans med den utsatta.' : null,
          actorUserId: officer,
        });
      }
    }
  }

  await insertInChunks(incidentRows, (rows) => tx.insert(incidents).values(rows));
  await insertInChunks(eventRows, (rows) => tx.insert(incidentEvents).values(rows));
  await insertInChunks(measureRows, (rows) => tx.insert(measures).values(rows));
  await insertInChunks(reportRows, (rows) => tx.insert(policeReports).values(rows));
  await insertInChunks(historyRows, (rows) => tx.insert(policeReportHistory).values(rows));
  await tx.insert(signals).values(planDemoSignals(now, people, organisationId));
  return incidentRows.length;
}

/** Days before election day of the campaign's signals. */
const campaignSignalDaysBefore = [95, 70, 50, 32, 18, 8] as const;

/**
 * Signals over the two years: the everyday ones spread out (the newest two still new), those of
 * the campaign in the months before the last election day.
 */
function planDemoSignals(
  now: Date,
  people: DemoPeople,
  organisationId: string,
): (typeof signals.$inferInsert)[] {
  const year = Number(swedishDate(now).slice(0, 4));
  const election = electionOf(year) ?? electionOf(year - 1);
  const dated: { createdAt: Date; text: string; urgency: 'high' | 'medium' | 'low' }[] = [
    ...everydaySignals.map(([text, urgency], index) => ({
      // The first five within the last weeks, as before; the rest spread over the two years.
      createdAt: new Date(now.getTime() - (index < 5 ? index * 9 + 1 : 80 + (index - 5) * 170) * days),
      text,
      urgency,
    })),
    ...(election === null
      ? []
      : campaignSignals.map(([text, urgency], index) => ({
          // From June to the week before election day, closer together towards it.
          createdAt: new Date(
            startOfSwedishDay(election).getTime() -
              (campaignSignalDaysBefore[index] ?? 1) * days +
              10 * hours,
          ),
          text,
          urgency,
        }))),
  ].filter(({ createdAt }) => createdAt.getTime() < now.getTime());
  return dated.map(({ createdAt, text, urgency }, index) => {
    const open = index < 2;
    const handledAt = open ? null : new Date(createdAt.getTime() + 3 * hours);
    return {
      organisationId,
      createdByUserId: index % 2 === 0 ? people.partyContact.id : people.official.id,
      text,
      urgency,
      status: open ? 'new' : index === 2 ? 'acknowledged' : 'dismissed',
      handledByUserId: open ? null : people.officer.id,
      handledAt,
      handlingNote:
        open || index === 2 ? null : 'Följt upp med den som skickade signalen; inget ärende behövs.',
      notifiedAt: createdAt,
      createdAt,
      updatedAt: handledAt ?? createdAt,
    };
  });
}
