import { describe, expect, it } from 'vitest';
import {
  defaultCategories,
  defaultChannels,
  defaultPerpetratorTypes,
  defaultPoliceReminderDays,
  electionPeriodOf,
  generalElectionDate,
  policeUpdateOverdue,
  startOfSwedishDay,
  swedishDate,
  type PoliceReportStatus,
} from '@varn/domain';
import { createTestDatabase, testPassword } from '../../test/helpers';
import { seedDemo } from './demo';
import { planDemoCases } from './demo-incidents';

/**
 * The demo's cases tell the lägesbild's story (issue 12 "Done when"): a light year, then an
 * election year peaking in August and September, the mix moving with the campaign, people
 * targeted again, threats not all reported to the police, signals before the election.
 */

const database = await createTestDatabase();
const now = new Date('2026-12-05T09:00:00.000Z');
const day = 86_400_000;
await seedDemo(database.db, testPassword, now);

/** The general election nearest before `now`, by the domain's rule. */
let electionYear = Number(swedishDate(now).slice(0, 4));
while (generalElectionDate(electionYear) === null) electionYear -= 1;
const electionDate = generalElectionDate(electionYear) ?? '';
const electionDay = startOfSwedishDay(electionDate).getTime();

interface CaseRow {
  reported_at: Date;
  month: string;
  categories: string[];
  channel: string | null;
  perpetrator_type: string | null;
  target_role: string | null;
  target: string | null;
  election_period: boolean;
  police_status: PoliceReportStatus | null;
  police_status_changed_at: Date | null;
}

const cases = (
  await database.pool.query<CaseRow>(`
    select i.reported_at, to_char(i.reported_at at time zone 'Europe/Stockholm', 'YYYY-MM') as month,
           i.categories, i.channel, i.perpetrator_type, i.target_role,
           case when i.target_role in ('party_organisation', 'municipal_premises') then null
                else coalesce(i.target_user_id::text, lower(btrim(i.target_name))) end as target,
           i.election_period, p.status as police_status, p.status_changed_at as police_status_changed_at
    from incidents i left join police_reports p on p.incident_id = i.id`)
).rows;

const monthCount = (month: string): number => cases.filter((row) => row.month === month).length;
const between = (from: number, to: number) =>
  cases.filter((row) => row.reported_at.getTime() >= from && row.reported_at.getTime() < to);

describe("the demo's two years of cases", () => {
  it('has about two years of cases, the election year’s August and September at least twice an ordinary month', () => {
    expect(electionDate).toBe('2026-09-13');
    expect(cases.length).toBeGreaterThanOrEqual(220);
    expect(cases.length).toBeLessThanOrEqual(280);
    const ordinaryYear = electionYear - 1;
    const ordinaryMonths = Array.from({ length: 12 }, (_, index) =>
      monthCount(`${ordinaryYear}-${String(index + 1).padStart(2, '0')}`),
    );
    // Every month of the ordinary year has cases, 6–9 of them.
    expect(Math.min(...ordinaryMonths)).toBeGreaterThanOrEqual(5);
    expect(Math.max(...ordinaryMonths)).toBeLessThanOrEqual(9);
    const average = ordinaryMonths.reduce((sum, count) => sum + count, 0) / 12;
    for (const month of ['08', '09'])
      expect(monthCount(`${electionYear}-${month}`), month).toBeGreaterThanOrEqual(2 * average);
    // Rising through the spring, falling after the election.
    expect(monthCount(`${electionYear}-05`)).toBeGreaterThan(monthCount(`${electionYear}-01`));
    expect(monthCount(`${electionYear}-10`)).toBeLessThan(monthCount(`${electionYear}-09`) / 2);
    // Most of the peak in the weeks before election day.
    expect(between(electionDay - 28 * day, electionDay + day).length).toBeGreaterThan(
      2 * between(electionDay + day, electionDay + 29 * day).length,
    );
    expect(cases.filter((row) => row.month < `${ordinaryYear}-01`)).toEqual([]);
  });

  it('marks the election period by its rule: twelve weeks before election day to two weeks after', () => {
    const period = electionPeriodOf(electionDate);
    expect(period).toEqual({ from: '2026-06-21', to: '2026-09-27' });
    const inPeriod = (row: CaseRow) => {
      const date = swedishDate(row.reported_at);
      return date >= period.from && date <= period.to;
    };
    // The one case the meetings' seed adds from a live log is not marked by this rule.
    const wrong = cases.filter((row) => row.election_period !== inPeriod(row));
    expect(wrong.filter((row) => row.election_period)).toEqual([]);
    expect(wrong.length).toBeLessThanOrEqual(1);
    expect(cases.filter((row) => row.election_period).length).toBeGreaterThan(60);
  });

  it('moves the mix in the campaign: social media and in person, organised perpetrators, election workers at the polls', () => {
    const campaign = between(electionDay - 60 * day, electionDay + day);
    const ordinary = cases.filter((row) => row.month.startsWith(String(electionYear - 1)));
    const share = (rows: CaseRow[], test: (row: CaseRow) => boolean) =>
      rows.filter(test).length / rows.length;
    const socialOrInPerson = (row: CaseRow) =>
      ['social_public', 'social_direct', 'in_person_public'].includes(row.channel ?? '');
    const organised = (row: CaseRow) =>
      (row.perpetrator_type ?? '').startsWith('extremist_') ||
      ['group', 'criminal_network', 'foreign_power'].includes(row.perpetrator_type ?? '');
    expect(share(campaign, socialOrInPerson)).toBeGreaterThan(share(ordinary, socialOrInPerson) + 0.15);
    expect(share(campaign, organised)).toBeGreaterThan(1.5 * share(ordinary, organised));
    expect(campaign.filter((row) => row.categories.includes('vandalism')).length).toBeGreaterThanOrEqual(3);
    const electionWorkers = cases.filter((row) => row.target_role === 'election_worker');
    expect(electionWorkers.length).toBeGreaterThanOrEqual(4);
    for (const row of electionWorkers) {
      const fromElection = (row.reported_at.getTime() - electionDay) / day;
      expect(fromElection).toBeGreaterThan(-19);
      expect(fromElection).toBeLessThan(5);
    }
  });

  it('uses only codes of the default taxonomy', () => {
    const codes = (entries: readonly { code: string }[]) => new Set(entries.map((entry) => entry.code));
    const categories = codes(defaultCategories);
    const channels = codes(defaultChannels);
    const perpetrators = codes(defaultPerpetratorTypes);
    for (const row of cases) {
      for (const category of row.categories) expect(categories.has(category), category).toBe(true);
      expect(channels.has(row.channel ?? ''), row.channel ?? '').toBe(true);
      expect(perpetrators.has(row.perpetrator_type ?? ''), row.perpetrator_type ?? '').toBe(true);
    }
  });

  it('targets several people more than once, but not everyone', () => {
    const perTarget = new Map<string, number>();
    for (const { target } of cases) if (target) perTarget.set(target, (perTarget.get(target) ?? 0) + 1);
    const repeated = [...perTarget.values()].filter((count) => count > 1);
    expect(repeated.length).toBeGreaterThanOrEqual(5);
    expect(repeated.filter((count) => count >= 5).length).toBeGreaterThanOrEqual(3);
    expect(repeated.length / perTarget.size).toBeLessThan(0.7);
  });

  it('reports most threats to the police but not all, some reports waiting long for a status update', () => {
    const threats = cases.filter((row) => row.categories.includes('threat'));
    const reported = threats.filter((row) => row.police_status !== null);
    const rate = reported.length / threats.length;
    expect(rate).toBeGreaterThan(0.55);
    expect(rate).toBeLessThan(0.8);
    const overdue = cases.filter(
      (row) =>
        row.police_status !== null &&
        row.police_status_changed_at !== null &&
        policeUpdateOverdue(
          { status: row.police_status, statusChangedAt: row.police_status_changed_at },
          defaultPoliceReminderDays,
          now,
        ),
    );
    expect(overdue.length).toBeGreaterThanOrEqual(3);
    const longOverdue = overdue.filter(
      (row) => (row.police_status_changed_at?.getTime() ?? 0) < now.getTime() - 90 * day,
    );
    expect(longOverdue.length).toBeGreaterThanOrEqual(2);
    // And outcomes for the older ones.
    expect(cases.some((row) => row.police_status === 'judgment')).toBe(true);
    expect(cases.some((row) => row.police_status === 'closed')).toBe(true);
  });

  it('has signals over the period, more in the months before the election', async () => {
    const signals = (
      await database.pool.query<{ created_at: Date; status: string }>(
        'select created_at, status from signals',
      )
    ).rows;
    const inSpan = (from: number, to: number) =>
      signals.filter((row) => row.created_at.getTime() >= from && row.created_at.getTime() < to).length;
    expect(signals.length).toBeGreaterThanOrEqual(12);
    const beforeElection = inSpan(electionDay - 120 * day, electionDay);
    expect(beforeElection).toBeGreaterThanOrEqual(5);
    expect(beforeElection).toBeGreaterThan(inSpan(electionDay - 485 * day, electionDay - 365 * day) + 3);
    expect(signals.filter((row) => row.status === 'new').length).toBe(2);
  });

  it('plans the same cases every time for the same day', () => {
    const first = planDemoCases(now);
    expect(planDemoCases(now)).toEqual(first);
    expect(first.every((planned) => planned.time <= now.getTime() - 2 * 3_600_000)).toBe(true);
  });
});
