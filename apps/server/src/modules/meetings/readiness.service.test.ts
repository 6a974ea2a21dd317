import { describe, expect, it } from 'vitest';
import {
  buildTestApp,
  createBody,
  createCaseOrganisation,
  createMatterVia,
  createTestDatabase,
  testClock,
} from '../../../test/helpers';
import { insertAgendaItem, insertMeeting } from '../../../test/meeting-plan-fixtures';
import { insertPerson } from '../../../test/training-fixtures';
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

describe('meetingsReadiness: untrained chairs (issue 11 §3)', () => {
  it('names the body’s chair and vice chair without a valid basic training, for a high-risk meeting', async () => {
    clock.set(new Date('2026-12-08T09:00:00.000Z'));
    const bodyId = await createBody(database, ekby.id, 'Barn- och utbildningsnämnden', 'committee');
    const chair = await insertPerson(database, ekby.id, {
      name: 'Cecilia Ordförande',
      assignments: [{ bodyId, role: 'chair', termStart: '2026-10-15', termEnd: null }],
    });
    await insertPerson(database, ekby.id, {
      name: 'Viktor Vice',
      assignments: [{ bodyId, role: 'vice_chair', termStart: '2026-10-15', termEnd: null }],
    });
    // A former chair, whose term ended, and a member are not key people.
    await insertPerson(database, ekby.id, {
      name: 'Fredrika Förra',
      assignments: [{ bodyId, role: 'chair', termStart: '2018-10-15', termEnd: '2022-10-14' }],
    });
    await insertPerson(database, ekby.id, {
      name: 'Mona Ledamot',
      assignments: [{ bodyId, termStart: '2026-10-15', termEnd: null }],
    });
    const highRisk = await insertMeeting(database, ekby.id, {
      bodyId,
      startsAt: new Date('2026-12-15T17:00:00.000Z'),
    });
    const lowRisk = await insertMeeting(database, ekby.id, {
      bodyId,
      startsAt: new Date('2026-12-16T17:00:00.000Z'),
    });
    const matterId = await createMatterVia(ekby.officer, { title: 'Skolstrukturen i norra delen' });
    await ekby.officer.post('/api/screenings', {
      rows: [{ matterId, level: 'high', reason: 'Starka reaktioner väntas.' }],
    });
    await insertAgendaItem(database, ekby.id, highRisk.id, matterId);
    await ekby.officer.put(`/api/meetings/${highRisk.id}/plan`, { revision: 0, threatLevel: 'high' });

    const untrained = async () =>
      (await meetingsReadiness(database.db, ekby.id, [highRisk, lowRisk], clock()))
        .get(highRisk.id)
        ?.filter((warning) => warning.code === 'untrained_key_person');
    expect(await untrained()).toEqual([
      { code: 'untrained_key_person', person: { role: 'chair', name: 'Cecilia Ordförande', userId: null } },
      { code: 'untrained_key_person', person: { role: 'vice_chair', name: 'Viktor Vice', userId: null } },
    ]);
    const low = (await meetingsReadiness(database.db, ekby.id, [lowRisk], clock())).get(lowRisk.id);
    expect(low?.some((warning) => warning.code === 'untrained_key_person')).toBe(false);

    // The chair attends the basic course: only the vice chair is left.
    const courses = (await ekby.officer.get('/api/training/courses')).json() as {
      courses: { id: string; kind: string }[];
    };
    const basic = courses.courses.find((course) => course.kind === 'basic_security');
    const session = await ekby.officer.post('/api/training/sessions', {
      courseId: basic?.id,
      heldOn: '2026-12-01',
      mode: 'online',
    });
    const sessionId = (session.json() as { id: string }).id;
    await ekby.officer.post(`/api/training/sessions/${sessionId}/attendance`, {
      rows: [{ personId: chair, status: 'attended' }],
    });
    expect(
      (await untrained())?.map((warning) => warning.code === 'untrained_key_person' && warning.person.name),
    ).toEqual(['Viktor Vice']);
  });
});
