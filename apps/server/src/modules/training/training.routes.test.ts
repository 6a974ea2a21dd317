import { describe, expect, it } from 'vitest';
import {
  campaignMailResultSchema,
  courseListSchema,
  myTrainingSchema,
  partyTrainingSchema,
  personTrainingSchema,
  trainingCampaignSchema,
  trainingCoverageSchema,
  trainingSessionSchema,
  type Course,
  type TrainingCoverage,
} from '@varn/contracts';
import {
  buildTestApp,
  createCaseOrganisation,
  createBody,
  createParty,
  createTestDatabase,
  queuedMails,
  testClock,
  type TestClient,
} from '../../../test/helpers';
import { insertPerson } from '../../../test/training-fixtures';
import { auditEvents } from '../../db/schema';
import { trainingJobs } from './training.jobs';
import { testConfig } from '../../../test/helpers';
import { and, eq } from 'drizzle-orm';

/**
 * Training through the API (issue 11 §3) on a real database, at Monday 4 May 2026 — inside the
 * refresher campaign before the election of 13 September 2026 (it opened on 13 March).
 */

const clock = testClock(new Date('2026-05-04T08:00:00.000Z'));
const database = await createTestDatabase();
const app = await buildTestApp(database, { clock });
const ekby = await createCaseOrganisation(database, app, 'Ekby kommun');
const ks = await createBody(database, ekby.id, 'Kommunstyrelsen', 'executive_board');
const v = await createParty(database, ekby.id, 'V', 'Vänsterpartiet');

/** Eight officials of party S in KS (the first with an e-mail and the official's account), two of V. */
const sPeople: string[] = [];
for (let index = 0; index < 8; index += 1)
  sPeople.push(
    await insertPerson(database, ekby.id, {
      name: `S-ledamot ${index}`,
      partyId: ekby.parties.s.id,
      assignments: [{ bodyId: ks, role: index === 0 ? 'chair' : 'member' }],
      ...(index === 0 ? { email: 'olle@ekby.se', userId: ekby.people.official.id } : {}),
      ...(index === 1 ? { email: 'sanna@ekby.se' } : {}),
    }),
  );
const vPeople = [
  await insertPerson(database, ekby.id, {
    name: 'V-ledamot 1',
    partyId: v.id,
    assignments: [{ bodyId: ks }],
  }),
  await insertPerson(database, ekby.id, {
    name: 'V-ledamot 2',
    partyId: v.id,
    assignments: [{ bodyId: ks }],
  }),
];

async function courses(client: TestClient): Promise<Course[]> {
  const response = await client.get('/api/training/courses');
  expect(response.statusCode).toBe(200);
  return courseListSchema.parse(response.json()).courses;
}

async function courseOf(kind: Course['kind']): Promise<Course> {
  const course = (await courses(ekby.officer)).find((candidate) => candidate.kind === kind);
  if (!course) throw new Error(kind);
  return course;
}

async function schedule(courseId: string, heldOn: string): Promise<string> {
  const response = await ekby.officer.post('/api/training/sessions', {
    courseId,
    heldOn,
    mode: 'in_person',
    place: 'Stadshuset, sal B',
    trainer: 'Säkerhetsenheten',
  });
  expect(response.statusCode).toBe(201);
  return trainingSessionSchema.parse(response.json()).id;
}

async function coverage(client: TestClient): Promise<TrainingCoverage> {
  const response = await client.get('/api/training/coverage');
  expect(response.statusCode).toBe(200);
  return trainingCoverageSchema.parse(response.json());
}

describe('courses', () => {
  it('gives an organisation the five kinds, and keeps names unique', async () => {
    const list = await courses(ekby.admin);
    expect(list.map((course) => [course.kind, course.validityMonths])).toEqual([
      ['basic_security', 48],
      ['pre_election_refresher', 12],
      ['election_workers', 12],
      ['kl_4_18a', 24],
      ['party_contacts', 24],
    ]);
    const created = await ekby.officer.post('/api/training/courses', {
      kind: 'basic_security',
      name: 'Grundutbildning, digital',
      validityMonths: 36,
    });
    expect(created.statusCode).toBe(201);
    const again = await ekby.officer.post('/api/training/courses', {
      kind: 'kl_4_18a',
      name: 'grundutbildning, DIGITAL',
      validityMonths: 12,
    });
    expect(again.statusCode).toBe(422);
    const { id } = created.json() as { id: string };
    const archived = await ekby.officer.patch(`/api/training/courses/${id}`, { archived: true });
    expect(archived.json()).toMatchObject({ archived: true, validityMonths: 36 });
    // An archived course takes no new sessions.
    const session = await ekby.officer.post('/api/training/sessions', {
      courseId: id,
      heldOn: '2026-06-01',
      mode: 'online',
    });
    expect(session.statusCode).toBe(422);
  });
});

describe('sessions and attendance', () => {
  it('records many people at once, and coverage follows; a cancelled session does not count', async () => {
    const basic = await courseOf('basic_security');
    const before = await coverage(ekby.officer);
    expect(before.courses.find((row) => row.kind === 'basic_security')).toMatchObject({
      total: 10,
      trained: 0,
    });

    const sessionId = await schedule(basic.id, '2026-04-20');
    const recorded = await ekby.officer.post(`/api/training/sessions/${sessionId}/attendance`, {
      rows: [
        ...sPeople.slice(1, 7).map((personId) => ({ personId, status: 'attended' })),
        { personId: sPeople[7], status: 'excused', note: 'Sjuk' },
        { personId: vPeople[0], status: 'absent' },
      ],
    });
    expect(recorded.statusCode).toBe(200);
    const session = trainingSessionSchema.parse(recorded.json());
    expect([session.attended, session.excused, session.absent]).toEqual([6, 1, 1]);
    // A second record replaces a person's row.
    const changed = await ekby.officer.post(`/api/training/sessions/${sessionId}/attendance`, {
      rows: [{ personId: vPeople[0], status: 'attended' }],
    });
    expect(trainingSessionSchema.parse(changed.json())).toMatchObject({ attended: 7, absent: 0 });

    const after = await coverage(ekby.officer);
    expect(after.courses.find((row) => row.kind === 'basic_security')).toMatchObject({
      total: 10,
      trained: 7,
      never: 3,
    });
    expect(after.bodies.find((row) => row.body.id === ks)).toMatchObject({ total: 10, trained: 7 });
    // S: 6 trained, 2 not (hidden, n < 5, and so is its row's other count); V: 1 and 1, hidden.
    const figures = Object.fromEntries(
      after.parties.parties.map((row) => [row.party.abbreviation, [row.trained, row.notTrained]]),
    );
    expect(figures).toEqual({ S: [null, null], V: [null, null], M: [null, null] });
    expect(after.due?.map((row) => row.person.name)).toEqual(
      expect.arrayContaining(['S-ledamot 0', 'S-ledamot 7', 'V-ledamot 2']),
    );

    // Viewers see the figures but no names.
    const viewed = await coverage(ekby.viewer);
    expect(viewed.due).toBeNull();
    expect(viewed.courses).toEqual(after.courses);

    // An unknown person is refused by row; a cancelled session takes no attendance and counts for nobody.
    const unknown = await ekby.officer.post(`/api/training/sessions/${sessionId}/attendance`, {
      rows: [{ personId: ekby.people.staff.id, status: 'attended' }],
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json()).toMatchObject({ error: { fields: { 'rows.0.personId': expect.any(String) } } });
    const cancelled = await ekby.officer.post(`/api/training/sessions/${sessionId}/cancel`);
    expect(trainingSessionSchema.parse(cancelled.json()).cancelled).toBe(true);
    expect(
      (
        await ekby.officer.post(`/api/training/sessions/${sessionId}/attendance`, {
          rows: [{ personId: sPeople[0], status: 'attended' }],
        })
      ).statusCode,
    ).toBe(422);
    expect((await coverage(ekby.officer)).courses.find((row) => row.kind === 'basic_security')).toMatchObject(
      {
        trained: 0,
      },
    );
    // The same attendance in a session that stands: S has 6 trained, shown; its 2 others hidden, and so on.
    const again = await schedule(basic.id, '2026-04-21');
    await ekby.officer.post(`/api/training/sessions/${again}/attendance`, {
      rows: sPeople.slice(1, 7).map((personId) => ({ personId, status: 'attended' })),
    });
  });
});

describe("a person's training", () => {
  it('is read by the unit and by the person themself, audited; not by another official', async () => {
    const ownPerson = sPeople[0] ?? '';
    const unit = await ekby.officer.get(`/api/training/people/${sPeople[1]}`);
    expect(unit.statusCode).toBe(200);
    const training = personTrainingSchema.parse(unit.json());
    expect(training.standings.find((row) => row.kind === 'basic_security')).toMatchObject({
      required: true,
      status: 'valid',
      lastAttendedOn: '2026-04-21',
      expiresOn: '2030-04-21',
    });
    expect(training.standings.find((row) => row.kind === 'pre_election_refresher')).toMatchObject({
      required: true,
      status: 'never',
    });
    expect(training.history.map((row) => row.heldOn)).toEqual(['2026-04-21']);

    const mine = await ekby.official.get('/api/me/training');
    expect(mine.statusCode).toBe(200);
    expect(myTrainingSchema.parse(mine.json()).training?.person.id).toBe(ownPerson);
    expect((await ekby.official.get(`/api/training/people/${ownPerson}`)).statusCode).toBe(200);
    expect((await ekby.official.get(`/api/training/people/${sPeople[1]}`)).statusCode).toBe(404);
    // Someone without a person in the register has no training to show; a secretary none at all.
    expect(myTrainingSchema.parse((await ekby.staff.get('/api/me/training')).json()).training).toBeNull();
    expect((await ekby.secretary.get('/api/me/training')).statusCode).toBe(403);

    const audited = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'register.read_training'), eq(auditEvents.recordId, ownPerson)));
    expect(audited.length).toBeGreaterThanOrEqual(2);
  });
});

describe("a party's training", () => {
  it('shows a party contact their own party by person, and not another party', async () => {
    const own = await ekby.contact.get(`/api/parties/${ekby.parties.s.id}/training`);
    expect(own.statusCode).toBe(200);
    const party = partyTrainingSchema.parse(own.json());
    expect(party.people).toHaveLength(8);
    expect(party.coverage).toMatchObject({ total: 8, trained: 6 });
    expect((await ekby.contact.get(`/api/parties/${v.id}/training`)).statusCode).toBe(404);
    expect((await ekby.officer.get(`/api/parties/${v.id}/training`)).statusCode).toBe(200);
    expect((await ekby.viewer.get(`/api/parties/${v.id}/training`)).statusCode).toBe(404);
  });
});

describe('the refresher campaign', () => {
  it('lists everyone to refresh, invites once each, and reminds once in the week before', async () => {
    const refresher = await courseOf('pre_election_refresher');
    const campaign = trainingCampaignSchema.parse((await ekby.officer.get('/api/training/campaign')).json());
    expect(campaign).toMatchObject({ electionDate: '2026-09-13', opensOn: '2026-03-13', open: true });
    expect(campaign.people).toHaveLength(10);

    const sessionId = await schedule(refresher.id, '2026-05-20');
    const invite = async () =>
      await ekby.officer.post('/api/training/campaign/invitations', {
        sessionId,
        personIds: sPeople.slice(0, 3),
      });
    expect(campaignMailResultSchema.parse((await invite()).json())).toEqual({
      invited: 3,
      mailed: 2,
      skipped: 0,
    });
    expect(campaignMailResultSchema.parse((await invite()).json())).toEqual({
      invited: 0,
      mailed: 0,
      skipped: 3,
    });
    const mails = (await queuedMails(database, ekby.id)).filter((mail) =>
      mail.subject.startsWith('Inbjudan:'),
    );
    expect(mails.map((mail) => mail.to).sort()).toEqual(['olle@ekby.se', 'sanna@ekby.se']);
    expect(mails[0]?.bodyText).toContain('20 maj 2026');

    // A session that is not a refresher is refused.
    const basic = await courseOf('basic_security');
    const other = await schedule(basic.id, '2026-05-22');
    expect(
      (
        await ekby.officer.post('/api/training/campaign/invitations', {
          sessionId: other,
          personIds: [sPeople[0]],
        })
      ).statusCode,
    ).toBe(422);

    // Too early for reminders (16 days before); then, a week before, once.
    expect(
      campaignMailResultSchema.parse((await ekby.officer.post('/api/training/campaign/reminders')).json())
        .mailed,
    ).toBe(0);
    clock.set(new Date('2026-05-13T06:00:00.000Z'));
    const job = trainingJobs[0];
    if (!job) throw new Error('no job');
    const ctx = { db: database.db, clock, config: testConfig() };
    expect(await job.run(ctx)).toEqual({ reminders: 2 });
    expect(await job.run(ctx)).toEqual({ reminders: 0 });
    expect(
      campaignMailResultSchema.parse((await ekby.officer.post('/api/training/campaign/reminders')).json())
        .mailed,
    ).toBe(0);
    const reminders = (await queuedMails(database, ekby.id)).filter((mail) =>
      mail.subject.startsWith('Påminnelse:'),
    );
    expect(reminders.map((mail) => mail.to).sort()).toEqual(['olle@ekby.se', 'sanna@ekby.se']);

    const later = trainingCampaignSchema.parse((await ekby.officer.get('/api/training/campaign')).json());
    expect(later.people.find((row) => row.person.id === sPeople[1])?.invitation).toMatchObject({
      sessionId,
      heldOn: '2026-05-20',
      remindedAt: '2026-05-13T06:00:00.000Z',
    });
    clock.set(new Date('2026-05-04T08:00:00.000Z'));
  });
});
