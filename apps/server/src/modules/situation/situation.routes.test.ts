import { describe, expect, it } from 'vitest';
import { situationAssessmentSchema, situationSchema, type Situation } from '@varn/contracts';
import {
  buildTestApp,
  createCaseOrganisation,
  createMatterVia,
  createTestDatabase,
  incidentReport,
  testClock,
} from '../../../test/helpers';

/**
 * The lägesbild (issue 12 §1, §4): the unit's full picture with every count, the viewer's and the
 * party contact's aggregates with small cells hidden, the unit's assessment.
 */

const clock = testClock(new Date('2026-09-02T09:00:00.000Z'));
const database = await createTestDatabase();
const app = await buildTestApp(database, { clock });
const ekby = await createCaseOrganisation(database, app, 'Ekby kommun');
const grannby = await createCaseOrganisation(database, app, 'Grannby kommun');

// Seven threats against Olle (party S) this year, two of them reported to the police; three
// harassment cases against Stina (staff); one case for Grannby, which Ekby never counts.
for (let index = 0; index < 7; index += 1)
  expect(
    (
      await ekby.official.post(
        '/api/incidents',
        incidentReport({
          categories: ['threat'],
          channel: 'social_public',
          perpetratorType: 'extremist_right',
        }),
      )
    ).statusCode,
  ).toBe(201);
for (let index = 0; index < 3; index += 1)
  await ekby.staff.post(
    '/api/incidents',
    incidentReport({ targetRole: 'staff', categories: ['harassment'] }),
  );
await grannby.official.post('/api/incidents', incidentReport({ categories: ['threat'] }));

const read = async (client: typeof ekby.officer, query = ''): Promise<Situation> => {
  const response = await client.get(`/api/situation${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return situationSchema.parse(response.json());
};

describe('the security unit', () => {
  it('sees every count of its own organisation, with the trends of the election year', async () => {
    const situation = await read(ekby.officer);
    expect(situation.scope).toBe('full');
    expect(situation.year).toBe(2026);
    expect(situation.now.openTotal).toBe(10);
    expect(situation.now.newIncidentsThisWeek).toBe(10);
    expect(situation.now.openBySeverity.find((row) => row.severity === 'unassessed')?.count).toBeGreaterThan(
      0,
    );
    expect(situation.trends.electionYear).toBe(true);
    expect(situation.trends.comparisonYear).toBe(2025);
    expect(situation.trends.electionMonths).toEqual(['06', '07', '08', '09']);
    expect(situation.trends.byMonth.groups.find((group) => group.key === '09')?.count).toBe(10);
    expect(situation.trends.byCategory.groups.find((group) => group.key === 'threat')).toMatchObject({
      count: 7,
      label: { sv: 'Hot (även dödshot)' },
    });
    expect(situation.trends.byPtuExposure.groups.find((group) => group.key === 'threat')?.count).toBe(7);
    expect(situation.trends.byPtuExposure.groups.find((group) => group.key === 'harassment')?.count).toBe(3);
    expect(situation.trends.byPtuPerpetrator.groups.find((group) => group.key === 'organised')?.count).toBe(
      7,
    );
    // Threats and harassment: a police report is recommended for all ten, none made yet.
    expect(situation.kpis.policeReportRate).toMatchObject({ part: 0, whole: 10, rate: 0 });
    // Olle and Stina, each targeted more than once.
    expect(situation.kpis.repeatVictimisation).toMatchObject({ part: 2, whole: 2, rate: 1 });
    // Contacts are people of the register (issue 11): neither party has appointed one there yet.
    expect(situation.kpis.partiesWithContact).toMatchObject({ part: 0, whole: 2 });
    expect(situation.election).toEqual({ date: '2026-09-13', daysUntil: 11 });
  });

  it('counts the matters decided this year that went through the Riskguide first', async () => {
    const decided = async (title: string, decisionDate: string) =>
      await createMatterVia(ekby.secretary, { title, decisionDate });
    const school = await decided('Nedläggning av Åby skola', '2026-08-20');
    const harbour = await decided('Ny detaljplan för hamnen', '2026-06-11');
    await decided('Belysning i parken', '2026-03-05');
    // Not decided yet, and last year's: not counted.
    await decided('Taxa för parkering', '2026-10-01');
    await decided('Bidrag till föreningar', '2025-11-20');
    const screened = await ekby.secretary.post('/api/screenings', {
      rows: [
        { matterId: school, level: 'low' },
        { matterId: harbour, level: 'moderate' },
      ],
    });
    expect(screened.statusCode, screened.body).toBe(201);
    expect((await read(ekby.officer)).kpis.mattersScreened).toMatchObject({ part: 2, whole: 3 });
  });

  it('records the overall level with a written assessment, shown with the assessor', async () => {
    const response = await ekby.officer.post('/api/situation/assessments', {
      level: 'elevated',
      text: 'Valrörelsen har gett fler hot i sociala medier; vi följer upp varje ärende inom ett dygn.',
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(situationAssessmentSchema.parse(response.json())).toMatchObject({
      level: 'elevated',
      assessedBy: 'Sara Säkerhet',
    });
    const situation = await read(ekby.officer);
    expect(situation.assessment).toMatchObject({
      level: 'elevated',
      stale: false,
      assessedBy: 'Sara Säkerhet',
    });
    expect((await read(ekby.viewer)).assessment).toMatchObject({ level: 'elevated', assessedBy: null });
  });

  it('refuses an assessment without text or with an unknown level, in words', async () => {
    for (const body of [{ level: 'elevated', text: ' ' }, { level: 'catastrophic', text: 'x' }, {}]) {
      const response = await ekby.officer.post('/api/situation/assessments', body);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ error: { code: 'validation_failed' } });
    }
    expect(
      (await ekby.viewer.post('/api/situation/assessments', { level: 'high', text: 'x' })).statusCode,
    ).toBe(403);
  });
});

describe('readers of aggregates', () => {
  it('the viewer sees counts with small cells hidden and no names or titles', async () => {
    const situation = await read(ekby.viewer);
    expect(situation.scope).toBe('aggregate');
    expect(situation.now.openTotal).toBe(10);
    // Three staff cases, and fewer than five of every severity: hidden, never 0.
    expect(situation.trends.byTargetRole.groups.find((group) => group.key === 'staff')?.count).toBeNull();
    expect(situation.trends.byCategory.groups.find((group) => group.key === 'harassment')?.count).toBeNull();
    expect(situation.kpis.repeatVictimisation).toEqual({ part: null, whole: null, rate: null });
    expect(situation.now.meetings?.upcoming).toEqual([]);
    expect(situation.now.matters?.items).toEqual([]);
    expect(JSON.stringify(situation)).not.toContain('Olle');
  });

  it("the party contact sees their party's cases only, as aggregates", async () => {
    const situation = await read(ekby.contact);
    expect(situation.scope).toBe('party');
    expect(situation.party?.name).toBe('Socialdemokraterna');
    expect(situation.now.openTotal).toBe(7);
    expect(situation.trends.byCategory.groups.map((group) => group.key)).toEqual(['threat']);
    expect(situation.now.meetings).toBeNull();
    expect(situation.kpis.partiesWithContact).toBeNull();
    const other = await read(ekby.contactM);
    expect(other.now.openTotal).toBeNull();
  });

  it('others have no lägesbild', async () => {
    for (const client of [ekby.official, ekby.staff, ekby.secretary, ekby.admin])
      expect((await client.get('/api/situation')).statusCode).toBe(403);
    expect((await ekby.officer.get('/api/situation?year=1999')).statusCode).toBe(400);
  });
});
