import { describe, expect, it } from 'vitest';
import {
  buildTestApp,
  createCaseOrganisation,
  createMatterVia,
  createTestDatabase,
  testClock,
} from '../../../test/helpers';
import { insertAgendaItem, insertMeeting } from '../../../test/meeting-plan-fixtures';
import { meetingsReadiness } from './readiness.service';

/** Readiness warnings as other views ask for them (issue 10 §2): from the meetings' risk and plans. */

const clock = testClock(new Date('2026-12-08T09:00:00.000Z'));
const database = await createTestDatabase();
const app = await buildTestApp(database, { clock });
const ekby = await createCaseOrganisation(database, app, 'Ekby kommun');

describe('meetingsReadiness', () => {
  it('warns of a high-risk meeting without a plan, and of a draft not approved in time', async () => {
    // Thursday 10 December: with the default two days, approval is due from Tuesday 8 December.
    const highRisk = await insertMeeting(database, ekby.id, {
      startsAt: new Date('2026-12-10T17:00:00.000Z'),
    });
    const drafted = await insertMeeting(database, ekby.id, {
      startsAt: new Date('2026-12-10T17:00:00.000Z'),
    });
    const later = await insertMeeting(database, ekby.id, { startsAt: new Date('2026-12-20T17:00:00.000Z') });
    const quiet = await insertMeeting(database, ekby.id, { startsAt: new Date('2026-12-10T17:00:00.000Z') });
    // A matter screened high on the first meeting's agenda makes it high; it has no plan.
    const matterId = await createMatterVia(ekby.officer, { title: 'Nedläggning av Norrby skola' });
    const screened = await ekby.officer.post('/api/screenings', {
      rows: [{ matterId, level: 'high', reason: 'Starka reaktioner väntas.' }],
    });
    expect(screened.statusCode).toBe(201);
    await insertAgendaItem(database, ekby.id, highRisk.id, matterId);
    await ekby.officer.put(`/api/meetings/${drafted.id}/plan`, { revision: 0, threatLevel: 'high' });
    await ekby.officer.put(`/api/meetings/${later.id}/plan`, { revision: 0, threatLevel: 'moderate' });
    const warnings = await meetingsReadiness(
      database.db,
      ekby.id,
      [highRisk, drafted, later, quiet],
      clock(),
    );
    expect(warnings.get(highRisk.id)).toEqual([{ code: 'high_risk_without_plan' }]);
    expect(warnings.get(drafted.id)?.map((warning) => warning.code)).toEqual(['plan_not_approved']);
    expect(warnings.get(later.id)).toEqual([]);
    expect(warnings.get(quiet.id)).toEqual([]);
    clock.set(new Date('2026-12-18T09:00:00.000Z'));
    const soon = await meetingsReadiness(database.db, ekby.id, [later], clock());
    expect(soon.get(later.id)).toMatchObject([
      { code: 'plan_not_approved', planStatus: 'draft', daysBefore: 2 },
    ]);
  });
});
