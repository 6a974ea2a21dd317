import { describe, expect, it } from 'vitest';
import { situationSchema, type Situation } from '@varn/contracts';
import {
  buildTestApp,
  createTestDatabase,
  loggedInClient,
  testClock,
  testPassword,
} from '../../test/helpers';
import { seedDemo } from './demo';

/**
 * The demo organisation's lägesbild tells its story (issue 12 "Done when"): the unit's elevated
 * level with the assessment of the month, the national threat level 3, an
 * election year that peaked in August and September against an ordinary year, threats not all
 * reported to the police, people targeted more than once, a fifth of the decided matters not
 * screened — and the viewer gets it in counts only.
 */

const now = new Date('2026-12-05T09:00:00.000Z');
const database = await createTestDatabase();
await seedDemo(database.db, testPassword, now);
const app = await buildTestApp(database, { clock: testClock(now) });

const read = async (email: string): Promise<Situation> => {
  const client = await loggedInClient(app, email);
  const response = await client.get('/api/situation');
  expect(response.statusCode, response.body).toBe(200);
  return situationSchema.parse(response.json());
};
const officer = await read('sakerhet@exempelkommun.se');
const viewer = await read('ledning@exempelkommun.se');

describe("the demo's lägesbild", () => {
  it("opens with the unit's level, the national threat level and the election behind it", () => {
    expect(officer.assessment).toMatchObject({
      level: 'elevated',
      stale: false,
      assessedBy: expect.any(String),
    });
    expect(officer.assessment?.text).toContain('Förhöjt läge');
    expect(officer.threatLevel?.level).toBe(3);
    expect(officer.election.date).toBe('2030-09-08');
  });

  it('shows the election-year peak against the ordinary year before', () => {
    const { trends } = officer;
    expect(trends).toMatchObject({ year: 2026, comparisonYear: 2025, electionYear: true });
    const month = (key: string) => trends.byMonth.groups.find((group) => group.key === key);
    const averageLastYear = (trends.byMonth.comparisonTotal ?? 0) / 12;
    expect(month('08')?.count).toBeGreaterThanOrEqual(2 * averageLastYear);
    expect(month('09')?.count).toBeGreaterThanOrEqual(2 * averageLastYear);
    expect(trends.byMonth.total).toBeGreaterThan(trends.byMonth.comparisonTotal ?? 0);
    expect(trends.electionMonths).toEqual(['06', '07', '08', '09']);
  });

  it('has gaps a council chair should see: threats not reported, people targeted again', () => {
    const rate = officer.kpis.policeReportRate.rate ?? 1;
    expect(rate).toBeGreaterThan(officer.kpis.policeReportRate.baseline.high);
    expect(rate).toBeLessThan(1);
    expect(officer.kpis.repeatVictimisation.part).toBeGreaterThanOrEqual(5);
    expect(officer.now.openTotal).toBeGreaterThan(0);
    expect(officer.kpis.trainingCoverage.whole).toBeGreaterThan(0);
    // Most matters decided this year went through the Riskguide first; not all.
    const screened = officer.kpis.mattersScreened;
    expect(screened?.whole).toBeGreaterThanOrEqual(20);
    expect(screened?.rate).toBeGreaterThanOrEqual(0.7);
    expect(screened?.rate).toBeLessThan(1);
  });

  it('gives the viewer the same story in counts, without a name or a title', () => {
    expect(viewer.scope).toBe('aggregate');
    expect(viewer.trends.byMonth.groups.find((group) => group.key === '09')?.count).toBe(
      officer.trends.byMonth.groups.find((group) => group.key === '09')?.count,
    );
    expect(viewer.now.meetings?.upcoming).toEqual([]);
    expect(viewer.now.matters?.items).toEqual([]);
    expect(viewer.assessment?.assessedBy).toBeNull();
    const text = JSON.stringify(viewer);
    for (const upcoming of officer.now.meetings?.upcoming ?? []) expect(text).not.toContain(upcoming.title);
    for (const matter of officer.now.matters?.items ?? []) expect(text).not.toContain(matter.title);
  });
});
