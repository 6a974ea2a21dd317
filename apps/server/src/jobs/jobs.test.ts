import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { incidentDetailSchema, measureSchema, type ReportIncidentBody } from '@varn/contracts';
import {
  assessMatter,
  buildTestApp,
  collectEvents,
  createCaseOrganisation,
  createMatterVia,
  createTestDatabase,
  createUser,
  incidentReport,
  queuedMails,
  Role,
  step2Answers,
  type TestClient,
  testClock,
  testConfig,
  type CaseOrganisation,
  urlOf,
} from '../../test/helpers';
import { organisations } from '../db/schema';
import type { AppContext } from '../lib/context';
import type { JobDefinition } from './job';
import { startJobQueue, type JobQueue } from './job-queue';
import { jobs } from './registry';

/**
 * The scheduled jobs of every module, as registered (issue 3 §6, issue 8 §1), with an injected
 * clock: the daily digest, the measure reminders, the police-report reminders and the sessions'
 * housekeeping; then the same through the real PostgreSQL-backed queue (pg-boss).
 */

const database = await createTestDatabase();
/** Friday 27 November 2026, 10:00 in Sweden. */
const start = new Date('2026-11-27T09:00:00.000Z');
const clock = testClock(start);
const app = await buildTestApp(database, { clock });
// With SMTP configured (nobody listens there: no dispatcher runs), queued mail is pending and
// announced by a `mail.queued` event after commit.
const ctx: AppContext = { db: database.db, clock, config: testConfig({ SMTP_URL: 'smtp://127.0.0.1:9' }) };
const mailEvents = await collectEvents(database);

function job(name: string): JobDefinition {
  const found = jobs.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no job ${name}`);
  return found;
}
const runDailyDigest = (context: AppContext) => job('daily-digest').run(context);
/** The measure and police-report reminders, which ran as one job before issue 8. */
const runReminders = async (context: AppContext) => ({
  ...(await job('measure-reminders').run(context)),
  ...(await job('police-reminders').run(context)),
});
beforeEach(() => clock.set(start));

const hour = 3_600_000;
const day = 24 * hour;

async function report(client: TestClient, body: ReportIncidentBody = incidentReport()) {
  const response = await client.post('/api/incidents', body);
  expect(response.statusCode, response.body).toBe(201);
  return incidentDetailSchema.parse(response.json());
}

/** The subjects of the mails queued to a person of an organisation. */
async function subjectsTo(organisation: CaseOrganisation, email: string): Promise<string[]> {
  return (await queuedMails(database, organisation.id))
    .filter((mail) => mail.to === email)
    .map((mail) => mail.subject);
}

describe('the daily digest', () => {
  it('mails every active security officer once with the counts of reports and signals not yet told, and never repeats', async () => {
    const ekby = await createCaseOrganisation(database, app, 'Ekby kommun');
    const grannby = await createCaseOrganisation(database, app, 'Grannby kommun');
    await report(ekby.official, incidentReport({ categories: ['insult'] }));
    await report(ekby.staff, incidentReport({ targetRole: 'staff', categories: ['harassment'] }));
    // Told at once already: an acute report and a high signal are not in the digest.
    await report(ekby.official, incidentReport({ ongoing: true }));
    expect(
      (await ekby.contact.post('/api/signals', { text: 'Hot i kommentarsfälten.', urgency: 'high' }))
        .statusCode,
    ).toBe(201);
    expect(
      (await ekby.contact.post('/api/signals', { text: 'Affischer rivna.', urgency: 'low' })).statusCode,
    ).toBe(201);
    await report(grannby.official);
    const digestsTo = async (organisation: CaseOrganisation, email: string) =>
      (await queuedMails(database, organisation.id)).filter(
        (mail) => mail.to === email && mail.subject.startsWith('Värn:'),
      );

    clock.advance(hour);
    await mailEvents.settle();
    mailEvents.events.length = 0;
    expect(await runDailyDigest(ctx)).toEqual({ organisations: 2, mails: 4 });
    // One wake-up of the dispatchers per organisation's transaction, after its commit.
    await mailEvents.settle();
    expect(mailEvents.events.map((event) => event.organisationId).sort()).toEqual(
      [ekby.id, grannby.id].sort(),
    );
    for (const officer of [ekby.people.officer, ekby.people.officer2]) {
      const digests = await digestsTo(ekby, officer.email);
      expect(digests.map((mail) => mail.subject)).toEqual(['Värn: 3 nya rapporter och signaler']);
      expect(digests[0]?.bodyText).toContain('2 nya rapporter och 1 nya signaler');
      expect(digests[0]?.bodyText).toContain('http://localhost:3000/incidents');
    }
    expect(await digestsTo(ekby, ekby.people.formerOfficer.email)).toEqual([]);
    expect(await digestsTo(ekby, ekby.people.official.email)).toEqual([]);
    for (const officer of [grannby.people.officer, grannby.people.officer2]) {
      const digests = await digestsTo(grannby, officer.email);
      expect(digests.map((mail) => mail.subject)).toEqual(['Värn: 1 nya rapporter och signaler']);
      expect(digests[0]?.bodyText).toContain('1 nya rapporter och 0 nya signaler');
    }

    // Nothing new: no mail, and no wake-up of the dispatcher.
    clock.advance(day);
    mailEvents.events.length = 0;
    expect(await runDailyDigest(ctx)).toEqual({ organisations: 0, mails: 0 });
    await mailEvents.settle();
    expect(mailEvents.events).toEqual([]);
    expect(await digestsTo(ekby, ekby.people.officer.email)).toHaveLength(1);

    // The next report is in the next digest, alone.
    await report(ekby.official);
    clock.advance(hour);
    expect(await runDailyDigest(ctx)).toEqual({ organisations: 1, mails: 2 });
    expect((await digestsTo(ekby, ekby.people.officer.email)).map((mail) => mail.subject)).toEqual([
      'Värn: 3 nya rapporter och signaler',
      'Värn: 1 nya rapporter och signaler',
    ]);
  });
});

describe('measure reminders', () => {
  it('go to the owner when the due date is reached in Sweden (not the day before), once per due date', async () => {
    const ekby = await createCaseOrganisation(database, app, 'Påminnelseby kommun');
    const incident = await report(ekby.official);
    const path = `/api/incidents/${incident.id}/measures`;
    const add = async (body: object) => {
      const response = await ekby.officer.post(path, body);
      expect(response.statusCode, response.body).toBe(201);
      return measureSchema.parse(response.json());
    };
    const owned = await add({
      type: 'personal_alarm',
      ownerUserId: ekby.people.officer2.id,
      dueDate: '2026-12-10',
    });
    await add({ type: 'advice', dueDate: '2026-12-01' }); // no owner: nobody to remind
    const done = await add({ type: 'escort', ownerUserId: ekby.people.officer.id, dueDate: '2026-12-01' });
    expect((await ekby.officer.patch(`${path}/${done.id}`, { status: 'done' })).statusCode).toBe(200);
    const reminders = () => subjectsTo(ekby, ekby.people.officer2.email);
    const subject = `Påminnelse: åtgärd i ärende ${incident.reference}`;

    // 23:30 on 9 December in Sweden: not yet.
    clock.set(new Date('2026-12-09T22:30:00.000Z'));
    expect(await runReminders(ctx)).toMatchObject({ measures: 0 });
    expect(await reminders()).toEqual([]);
    // 00:30 on 10 December in Sweden (still the 9th in UTC): due.
    clock.set(new Date('2026-12-09T23:30:00.000Z'));
    expect(await runReminders(ctx)).toMatchObject({ measures: 1 });
    expect(await reminders()).toEqual([subject]);
    const [mail] = (await queuedMails(database, ekby.id)).filter((queued) => queued.subject === subject);
    expect(mail?.bodyText).toContain('Hej Sven Skydd!');
    expect(mail?.bodyText).toContain('10 december 2026');
    expect(mail?.bodyText).toContain(`/incidents/${incident.id}`);
    // Once: not again the same day, nor later.
    clock.advance(hour);
    expect(await runReminders(ctx)).toMatchObject({ measures: 0 });
    clock.advance(3 * day);
    expect(await runReminders(ctx)).toMatchObject({ measures: 0 });
    expect(await reminders()).toEqual([subject]);
    expect(await subjectsTo(ekby, ekby.people.officer.email)).not.toContain(subject);

    // A new due date is a new reminder.
    expect((await ekby.officer.patch(`${path}/${owned.id}`, { dueDate: '2026-12-20' })).statusCode).toBe(200);
    clock.set(new Date('2026-12-19T12:00:00.000Z'));
    expect(await runReminders(ctx)).toMatchObject({ measures: 0 });
    clock.set(new Date('2026-12-20T06:00:00.000Z'));
    expect(await runReminders(ctx)).toMatchObject({ measures: 1 });
    expect(await reminders()).toEqual([subject, subject]);
  });
  it("of a Riskguide measure name the matter's diary number and link to the matter's page", async () => {
    const ekby = await createCaseOrganisation(database, app, 'Ärendeby kommun');
    const matterId = await createMatterVia(ekby.officer, {
      title: 'Nedläggning av Åby skola',
      diaryNumber: 'BUN 2026/0042',
      body: 'Barn- och utbildningsnämnden',
    });
    const assessment = await assessMatter(ekby.officer, matterId, { step2: step2Answers({ A1: 'high' }) });
    const chosen = await ekby.officer.post(`/api/assessments/${assessment.id}/measures`, {
      measures: [
        { libraryMeasureId: 'inform_early', ownerUserId: ekby.people.officer2.id, dueDate: '2026-12-01' },
      ],
    });
    expect(chosen.statusCode, chosen.body).toBe(201);

    clock.set(new Date('2026-12-01T07:00:00.000Z'));
    expect(await runReminders(ctx)).toMatchObject({ measures: 1 });
    const subject = 'Påminnelse: åtgärd i ärende BUN 2026/0042';
    expect(await subjectsTo(ekby, ekby.people.officer2.email)).toEqual([subject]);
    const [mail] = (await queuedMails(database, ekby.id)).filter((queued) => queued.subject === subject);
    expect(mail?.bodyText).toContain(`http://localhost:3000/riskguide/matters/${matterId}`);
    // Neutral: the title is not in the mail, the diary number names the matter.
    expect(mail?.bodyText).not.toContain('Åby skola');
  });
  it('never go to an owner who is no longer a security officer or is deactivated', async () => {
    const ekby = await createCaseOrganisation(database, app, 'Bytesby kommun');
    const moved = await createUser(database, ekby.id, Role.SecurityOfficer, { name: 'Bo Bytt' });
    const leaving = await createUser(database, ekby.id, Role.SecurityOfficer, { name: 'Lisa Lämnat' });
    const incident = await report(ekby.official);
    const matterId = await createMatterVia(ekby.officer, {
      title: 'Nedläggning av Öby bibliotek',
      diaryNumber: 'KFN 2026/0007',
      body: 'Kultur- och fritidsnämnden',
    });
    const assessment = await assessMatter(ekby.officer, matterId, { step2: step2Answers({ A1: 'high' }) });
    for (const owner of [moved, leaving, ekby.people.officer2]) {
      const added = await ekby.officer.post(`/api/incidents/${incident.id}/measures`, {
        type: 'personal_alarm',
        ownerUserId: owner.id,
        dueDate: '2026-12-01',
      });
      expect(added.statusCode, added.body).toBe(201);
    }
    const chosen = await ekby.officer.post(`/api/assessments/${assessment.id}/measures`, {
      measures: [
        { libraryMeasureId: 'inform_early', ownerUserId: moved.id, dueDate: '2026-12-01' },
        { libraryMeasureId: 'communication_plan', ownerUserId: leaving.id, dueDate: '2026-12-01' },
      ],
    });
    expect(chosen.statusCode, chosen.body).toBe(201);
    // After the measures were assigned, one officer moves to another role and one leaves.
    const changed = await ekby.admin.patch(`/api/users/${moved.id}`, { role: Role.Staff });
    expect(changed.statusCode, changed.body).toBe(200);
    expect((await ekby.admin.post(`/api/users/${leaving.id}/deactivate`)).statusCode).toBe(200);

    clock.set(new Date('2026-12-01T07:00:00.000Z'));
    expect(await runReminders(ctx)).toMatchObject({ measures: 1 });
    expect(await subjectsTo(ekby, ekby.people.officer2.email)).toEqual([
      `Påminnelse: åtgärd i ärende ${incident.reference}`,
    ]);
    const mails = await queuedMails(database, ekby.id);
    for (const former of [moved, leaving]) {
      expect(mails.filter((mail) => mail.to === former.email).map((mail) => mail.subject)).toEqual([]);
    }
    expect(mails.filter((mail) => mail.subject.startsWith('Påminnelse'))).toHaveLength(1);
  });
});

describe('police-report reminders', () => {
  const policeReport = { electedRoleStated: true, protectionRequested: true };

  it("go after the organisation's number of days without a status change — to the handler, or every officer — and again after another interval", async () => {
    const ekby = await createCaseOrganisation(database, app, 'Polisby kommun');
    const handled = await report(ekby.official, incidentReport({ categories: ['threat'] }));
    const unhandled = await report(ekby.official, incidentReport({ categories: ['threat'] }));
    const judged = await report(ekby.official, incidentReport({ categories: ['threat'] }));
    const dropped = await report(ekby.official, incidentReport({ categories: ['threat'] }));
    expect(
      (await ekby.officer.patch(`/api/incidents/${handled.id}`, { handlerUserId: ekby.people.officer2.id }))
        .statusCode,
    ).toBe(200);
    for (const incident of [handled, unhandled, judged, dropped])
      expect(
        (
          await ekby.officer.put(`/api/incidents/${incident.id}/police-report`, {
            ...policeReport,
            status: 'reported',
          })
        ).statusCode,
      ).toBe(200);
    for (const status of ['under_investigation', 'prosecuted', 'judgment'])
      await ekby.officer.put(`/api/incidents/${judged.id}/police-report`, { ...policeReport, status });
    // Nedlagd: the investigation was closed.
    await ekby.officer.put(`/api/incidents/${dropped.id}/police-report`, {
      ...policeReport,
      status: 'closed',
    });

    const subject = (reference: string) => `Påminnelse: följ upp polisanmälan i ärende ${reference}`;
    const remindersTo = async (email: string) =>
      (await subjectsTo(ekby, email))
        .filter((mailSubject) => mailSubject.startsWith('Påminnelse: följ upp'))
        .sort();
    const at = (days: number) => clock.set(new Date(start.getTime() + days * day));

    at(30);
    clock.advance(-60_000);
    expect(await runReminders(ctx)).toMatchObject({ policeReports: 0 });
    at(30);
    expect(await runReminders(ctx)).toMatchObject({ policeReports: 2 });
    expect(await remindersTo(ekby.people.officer2.email)).toEqual(
      [subject(handled.reference), subject(unhandled.reference)].sort(),
    );
    expect(await remindersTo(ekby.people.officer.email)).toEqual([subject(unhandled.reference)]);
    expect(await remindersTo(ekby.people.formerOfficer.email)).toEqual([]);
    const [body] = (await queuedMails(database, ekby.id)).filter(
      (mail) => mail.subject === subject(handled.reference),
    );
    expect(body?.bodyText).toContain('30 dagar');

    // Not again until another interval has passed.
    at(59);
    expect(await runReminders(ctx)).toMatchObject({ policeReports: 0 });
    at(60);
    expect(await runReminders(ctx)).toMatchObject({ policeReports: 2 });
    expect(await remindersTo(ekby.people.officer.email)).toEqual([
      subject(unhandled.reference),
      subject(unhandled.reference),
    ]);

    // A status change starts the count again.
    at(61);
    await ekby.officer.put(`/api/incidents/${handled.id}/police-report`, {
      ...policeReport,
      status: 'under_investigation',
    });
    at(90);
    expect(await runReminders(ctx)).toMatchObject({ policeReports: 1 });
    expect(
      (await remindersTo(ekby.people.officer2.email)).filter(
        (mailSubject) => mailSubject === subject(handled.reference),
      ),
    ).toHaveLength(2);
    at(91);
    expect(await runReminders(ctx)).toMatchObject({ policeReports: 1 });
    expect(
      (await remindersTo(ekby.people.officer2.email)).filter(
        (mailSubject) => mailSubject === subject(handled.reference),
      ),
    ).toHaveLength(3);
    // A report with a judgment, or whose investigation was closed (nedlagd), is never followed up.
    const subjects = (await queuedMails(database, ekby.id)).map((mail) => mail.subject);
    expect(subjects).not.toContain(subject(judged.reference));
    expect(subjects).not.toContain(subject(dropped.reference));
  });

  it("count the organisation's own number of days", async () => {
    const tioby = await createCaseOrganisation(database, app, 'Tioby kommun');
    await database.db
      .update(organisations)
      .set({ policeReminderDays: 10 })
      .where(eq(organisations.id, tioby.id));
    const incident = await report(tioby.official, incidentReport({ categories: ['threat'] }));
    await tioby.officer.put(`/api/incidents/${incident.id}/police-report`, {
      ...policeReport,
      status: 'reported',
    });
    const subject = `Påminnelse: följ upp polisanmälan i ärende ${incident.reference}`;
    const reminders = async () =>
      (await subjectsTo(tioby, tioby.people.officer.email)).filter((mailSubject) => mailSubject === subject);
    clock.set(new Date(start.getTime() + 10 * day - 60_000));
    await runReminders(ctx);
    expect(await reminders()).toEqual([]);
    clock.set(new Date(start.getTime() + 10 * day));
    await runReminders(ctx);
    expect(await reminders()).toEqual([subject]);
    const [mail] = (await queuedMails(database, tioby.id)).filter((queued) => queued.subject === subject);
    expect(mail?.bodyText).toContain('10 dagar');
  });
});

describe('the sessions housekeeping', () => {
  it('deletes sessions ended more than 30 days ago and login-failure counters older than a day, and keeps the rest', async () => {
    const stadby = await createCaseOrganisation(database, app, 'Städby kommun');
    const sessionsOf = async (userId: string) =>
      (await database.pool.query<{ id: string }>('select id from sessions where user_id = $1', [userId]))
        .rows;
    const now = clock();
    const ago = (days: number) => new Date(now.getTime() - days * day);
    const [old] = await sessionsOf(stadby.people.officer.id);
    const [recent] = await sessionsOf(stadby.people.officer2.id);
    if (!old || !recent) throw new Error('the logged-in clients have no sessions');
    await database.pool.query('update sessions set revoked_at = $1 where id = $2', [ago(31), old.id]);
    await database.pool.query('update sessions set revoked_at = $1 where id = $2', [ago(29), recent.id]);
    await database.pool.query(
      `insert into login_throttles (key, failures, last_failure_at) values ($1, 3, $2), ($3, 3, $4)`,
      [`test:old:${stadby.id}`, ago(2), `test:new:${stadby.id}`, new Date(now.getTime() - hour)],
    );

    expect(await job('auth-housekeeping').run(ctx)).toMatchObject({ sessions: expect.any(Number) });
    expect(await sessionsOf(stadby.people.officer.id)).toEqual([]);
    expect(await sessionsOf(stadby.people.officer2.id)).toEqual([recent]);
    const keys = (
      await database.pool.query<{ key: string }>('select key from login_throttles where key like $1', [
        `test:%:${stadby.id}`,
      ])
    ).rows.map((row) => row.key);
    expect(keys).toEqual([`test:new:${stadby.id}`]);
  });
});

describe('the job queue (pg-boss)', () => {
  let queue: JobQueue | undefined;
  afterEach(async () => {
    await queue?.stop();
    queue = undefined;
  });

  it('runs the reminders put on the queue, with the injected clock', async () => {
    const queueby = await createCaseOrganisation(database, app, 'Köby kommun');
    const incident = await report(queueby.official);
    const added = await queueby.officer.post(`/api/incidents/${incident.id}/measures`, {
      type: 'support_talk',
      ownerUserId: queueby.people.officer.id,
      dueDate: '2027-01-15',
    });
    expect(added.statusCode).toBe(201);
    clock.set(new Date('2027-01-15T08:00:00.000Z'));

    const errors: object[] = [];
    const done: object[] = [];
    queue = await startJobQueue(
      ctx,
      urlOf(database),
      { info: (object) => done.push(object), error: (object) => errors.push(object) },
      { jobs, retired: ['reminders'], pollingIntervalSeconds: 0.5 },
    );
    await queue.send('measure-reminders');

    const subject = `Påminnelse: åtgärd i ärende ${incident.reference}`;
    // The mail is visible when the job's transaction commits; its log line comes just after.
    const finished = async () =>
      (await subjectsTo(queueby, queueby.people.officer.email)).includes(subject) &&
      done.some((entry) => 'job' in entry && entry.job === 'measure-reminders');
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline && !(await finished())) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(await subjectsTo(queueby, queueby.people.officer.email)).toEqual([subject]);
    expect(done).toContainEqual(expect.objectContaining({ job: 'measure-reminders', measures: 1 }));
    expect(errors).toEqual([]);
  });
});
