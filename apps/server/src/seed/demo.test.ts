import { describe, expect, it } from 'vitest';
import {
  assessmentHistorySchema,
  assessmentListSchema,
  matterListSchema,
  screeningListSchema,
  screeningSchema,
} from '@varn/contracts';
import { buildTestApp, createTestDatabase, loggedInClient, testPassword } from '../../test/helpers';
import { demoUsers, seedDemo } from './demo';

/** The demo organisation (issue 2 §8, issue 4 "Done when"): Riskguide is not empty. */

const database = await createTestDatabase();
const app = await buildTestApp(database);
const now = new Date('2026-11-27T09:00:00.000Z');

const emailOf = (role: string): string => demoUsers.find((user) => user.role === role)?.email ?? '';

describe('the demo seed', () => {
  it('creates the demo once', async () => {
    expect(await seedDemo(database.db, testPassword, now)).toBe(true);
    expect(await seedDemo(database.db, testPassword, now)).toBe(false);
  });

  it('has matters with finished assessments in several cells, one reassessed, with tracked measures', async () => {
    const officer = await loggedInClient(app, emailOf('security_officer'));
    const list = matterListSchema.parse((await officer.get('/api/matters')).json());
    const cells = list.matters.flatMap((matter) => (matter.result.cell ? [matter.result.cell] : [])).sort();
    expect(cells).toEqual(['A', 'C', 'E', 'F', 'G', 'I']);
    const norrby = list.matters.find((matter) => matter.title === 'Nedläggning av Norrby skola');
    expect(norrby?.result).toMatchObject({ riskLevel: 'high', cell: 'I' });
    const history = assessmentHistorySchema.parse(
      (await officer.get(`/api/matters/${norrby?.id}/assessments`)).json(),
    );
    expect(history.assessments.map((entry) => entry.cell)).toEqual(['I', 'E']);
    expect(history.assessments[0]?.changes?.cell).toEqual({ from: 'E', to: 'I' });
    const finished = assessmentListSchema.parse(
      (await officer.get('/api/assessments?status=finished')).json(),
    );
    expect(finished.assessments).toHaveLength(7);
    const latest = finished.assessments.find((entry) => entry.matter.id === norrby?.id && entry.cell === 'I');
    const pdf = await officer.get(`/api/assessments/${latest?.id}/pdf`);
    expect(pdf.statusCode).toBe(200);

    const official = await loggedInClient(app, emailOf('official'));
    const seen = (await official.get(`/api/matters/${norrby?.id}`)).json() as { measures: unknown[] };
    expect(seen.measures).toHaveLength(4);
  });

  it('has a screening of the coming council meeting, moderate and high sent on to step 2', async () => {
    const secretary = await loggedInClient(app, emailOf('secretary'));
    const list = screeningListSchema.parse((await secretary.get('/api/screenings')).json());
    expect(list.screenings).toHaveLength(1);
    expect(list.screenings[0]).toMatchObject({ rows: 4, needsStep2: 2, queued: 2 });
    const screening = screeningSchema.parse(
      (await secretary.get(`/api/screenings/${list.screenings[0]?.id}`)).json(),
    );
    expect(screening.rows.map((row) => row.level)).toEqual(['low', 'low', 'moderate', 'high']);
    const officer = await loggedInClient(app, emailOf('security_officer'));
    const drafts = assessmentListSchema.parse((await officer.get('/api/assessments?status=draft')).json());
    expect(drafts.assessments.map((entry) => entry.matter.title).sort()).toEqual([
      'Höjda avgifter i äldreomsorgen',
      'Ny simhall vid Sjövallen',
    ]);
  });
});
