import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { errorBodySchema, riskguideSummarySchema, screeningSchema } from '@varn/contracts';
import {
  assessMatter,
  buildTestApp,
  createCaseOrganisation,
  createMatterVia,
  createTestDatabase,
  step2Answers,
  step3Answers,
  testClock,
} from '../../../test/helpers';
import { auditEvents } from '../../db/schema';

/**
 * Riskguide in figures (issue 4 §7: viewers read aggregates): what the counts are built from, that
 * they stay within the organisation and the period, that they never name a matter, and that
 * reading them is audited. Who may call the route is in test/access.routes.test.ts.
 */

const database = await createTestDatabase();
/** Friday 27 November 2026, 10:00 in Sweden. */
const start = new Date('2026-11-27T09:00:00.000Z');
const clock = testClock(start);
const app = await buildTestApp(database, { clock });
beforeEach(() => clock.set(start));
const ekby = await createCaseOrganisation(database, app, 'Ekby kommun');
const grannby = await createCaseOrganisation(database, app, 'Grannby kommun');

const day = 86_400_000;
const year2026 = '?from=2026-01-01T00:00:00.000Z&to=2027-01-01T00:00:00.000Z';
const titles = [
  'Nedläggning av Åby skola',
  'Ny detaljplan för hamnen',
  'Bidrag till föreningar',
  'Belysning i parken',
  'Taxa för parkering',
];

describe('GET /api/riskguide/summary', () => {
  it('counts matters by their current level, the period’s assessments by level and cell, days to finish and measures — and names nothing', async () => {
    const [school, harbour, grants, lights, parking] = titles;
    const screened = await ekby.secretary.post('/api/screenings', {
      title: 'KS 3 december',
      rows: [
        { matter: { title: school }, level: 'high' },
        { matter: { title: harbour }, level: 'moderate' },
        { matter: { title: grants }, level: 'low' },
        { matter: { title: lights }, level: 'low' },
      ],
    });
    expect(screened.statusCode, screened.body).toBe(201);
    const screening = screeningSchema.parse(screened.json());
    expect((await ekby.secretary.post(`/api/screenings/${screening.id}/queue`, {})).statusCode).toBe(200);
    await createMatterVia(ekby.secretary, { title: parking ?? '' });
    // Another organisation's matters are not counted.
    expect(
      (
        await grannby.secretary.post('/api/screenings', {
          rows: [{ matter: { title: 'Grannbys badhus' }, level: 'high' }],
        })
      ).statusCode,
    ).toBe(201);

    // Two and a half days after the queue, the school is assessed: high, cell I.
    clock.set(new Date(start.getTime() + 2.5 * day));
    const schoolId = screening.rows.find((row) => row.matter.title === school)?.matter.id ?? '';
    const assessment = await assessMatter(ekby.officer, schoolId, {
      step2: step2Answers({ A1: 'high', C1: 'high' }),
      step3: step3Answers({ K4: 'fully', X1: 'fully', X2: 'fully', X3: 'fully', X4: 'fully' }),
    });
    expect(assessment.result?.step3?.cell).toBe('I');
    const chosen = await ekby.officer.post(`/api/assessments/${assessment.id}/measures`, {
      measures: [
        { libraryMeasureId: 'inform_early', dueDate: '2026-12-01' },
        { libraryMeasureId: 'guards', dueDate: '2026-12-20' },
      ],
    });
    expect(chosen.statusCode, chosen.body).toBe(201);

    clock.set(new Date('2026-12-05T09:00:00.000Z'));
    const response = await ekby.viewer.get(`/api/riskguide/summary${year2026}`);
    expect(response.statusCode, response.body).toBe(200);
    const summary = riskguideSummarySchema.parse(response.json());
    expect(summary.now).toEqual({
      matters: 5,
      // The school's assessment (high) counts, not its screening; the harbour waits at moderate.
      byLevel: { high: 1, moderate: 1, low: 2, none: 1 },
      waitingForAssessment: 1,
      measures: { open: 2, overdue: 1, done: 0 },
    });
    expect(summary.matrix.simple_or_complicated).toEqual({ low: 'A', moderate: 'B', high: 'C' });
    expect(summary.matrix.very_complex.high).toBe('I');
    expect(summary.period).toEqual({
      screened: 4,
      assessed: 1,
      byRiskLevel: { low: 0, moderate: 0, high: 1 },
      byCell: { A: 0, B: 0, C: 0, D: 0, E: 0, F: 0, G: 0, H: 0, I: 1 },
      daysToFinish: { median: 2.5, longest: 2.5 },
    });
    for (const title of [...titles, 'Grannbys badhus', 'Sara Säkerhet', 'Siv Sekreterare'])
      expect(response.body).not.toContain(title);

    // Another period: what happened in it is zero, the state now is the same.
    const earlier = riskguideSummarySchema.parse(
      (
        await ekby.officer.get(
          '/api/riskguide/summary?from=2025-01-01T00:00:00.000Z&to=2026-01-01T00:00:00.000Z',
        )
      ).json(),
    );
    expect(earlier.period.screened).toBe(0);
    expect(earlier.period.assessed).toBe(0);
    expect(earlier.period.daysToFinish).toEqual({ median: null, longest: null });
    expect(earlier.now).toEqual(summary.now);

    // Grannby sees its own matter only.
    const theirs = riskguideSummarySchema.parse(
      (await grannby.viewer.get(`/api/riskguide/summary${year2026}`)).json(),
    );
    expect(theirs.now.matters).toBe(1);
    expect(theirs.now.byLevel.high).toBe(1);

    const audited = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.organisationId, ekby.id), eq(auditEvents.action, 'riskguide.summary')));
    expect(audited.map((event) => event.actorUserId)).toEqual([
      ekby.people.viewer.id,
      ekby.people.officer.id,
    ]);
  });

  it.each([
    ['without a period', ''],
    ['with the end before the start', '?from=2026-06-01T00:00:00.000Z&to=2026-01-01T00:00:00.000Z'],
    ['with something that is not a time', '?from=igår&to=2026-01-01T00:00:00.000Z'],
    ['with an unknown parameter', `${year2026}&party=S`],
  ])('answers 400, translated, %s', async (_label, query) => {
    const response = await ekby.viewer.get(`/api/riskguide/summary${query}`, {
      headers: { 'accept-language': 'en' },
    });
    expect(response.statusCode, response.body).toBe(400);
    const error = errorBodySchema.parse(response.json()).error;
    expect(error.code).toBe('validation_failed');
    expect(error.message).toMatch(/^[A-Z]/u);
  });
});
