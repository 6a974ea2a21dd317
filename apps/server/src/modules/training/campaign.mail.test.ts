import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, describe, expect, it } from 'vitest';
import { courseListSchema, trainingSessionSchema } from '@varn/contracts';
import {
  buildTestApp,
  createCaseOrganisation,
  createTestDatabase,
  silentLog,
  testClock,
  testConfig,
} from '../../../test/helpers';
import { insertPerson } from '../../../test/training-fixtures';
import { startMailDispatcher } from '../mail';
import { trainingJobs } from './training.jobs';

/**
 * The refresher campaign's mail over a real SMTP server (issue 11 §3): the invitation is queued in
 * the transaction and sent by the dispatcher after commit; the job's reminder arrives once.
 */

async function startSmtpServer(): Promise<{ url: string; received: { to: string[]; mail: ParsedMail }[] }> {
  const received: { to: string[]; mail: ParsedMail }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (mail) => {
          received.push({ to: session.envelope.rcptTo.map((recipient) => recipient.address), mail });
          callback();
        },
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.server.address();
  if (address === null || typeof address === 'string') throw new Error('SMTP server has no port');
  afterAll(async () => await new Promise<void>((resolve) => server.close(() => resolve())));
  return { url: `smtp://127.0.0.1:${address.port}`, received };
}

const smtp = await startSmtpServer();
const mailFrom = 'Värn Ekby <varn@ekby.se>';
const config = testConfig({ SMTP_URL: smtp.url, MAIL_FROM: mailFrom });
const clock = testClock(new Date('2026-06-01T08:00:00.000Z'));
const database = await createTestDatabase();
const app = await buildTestApp(database, { clock, config });
const ekby = await createCaseOrganisation(database, app, 'Ekby kommun');

describe('the campaign’s mail over SMTP', () => {
  it('sends the invitation after commit and the reminder once', async () => {
    const bodyId = (
      await ekby.admin.post('/api/bodies', { name: 'Kommunfullmäktige', kind: 'council' })
    ).json() as {
      id: string;
    };
    const personId = await insertPerson(database, ekby.id, {
      name: 'Åsa Öberg',
      email: 'asa.oberg@ekby.se',
      assignments: [{ bodyId: bodyId.id }],
    });
    const courses = courseListSchema.parse((await ekby.officer.get('/api/training/courses')).json()).courses;
    const refresher = courses.find((course) => course.kind === 'pre_election_refresher');
    const session = await ekby.officer.post('/api/training/sessions', {
      courseId: refresher?.id,
      heldOn: '2026-06-05',
      mode: 'online',
    });
    const sessionId = trainingSessionSchema.parse(session.json()).id;
    const dispatcher = startMailDispatcher({
      db: database.db,
      smtpUrl: smtp.url,
      from: mailFrom,
      clock,
      log: silentLog,
    });
    try {
      const invited = await ekby.officer.post('/api/training/campaign/invitations', {
        sessionId,
        personIds: [personId],
      });
      expect(invited.json()).toEqual({ invited: 1, mailed: 1, skipped: 0 });
      await dispatcher.drain();
      const job = trainingJobs[0];
      if (!job) throw new Error('no job');
      expect(await job.run({ db: database.db, clock, config })).toEqual({ reminders: 1 });
      expect(await job.run({ db: database.db, clock, config })).toEqual({ reminders: 0 });
      await dispatcher.drain();
      const arrived = smtp.received.filter((mail) => mail.to.includes('asa.oberg@ekby.se'));
      expect(arrived.map((mail) => mail.mail.subject)).toEqual([
        'Inbjudan: Repetition före valet 5 juni 2026',
        'Påminnelse: Repetition före valet 5 juni 2026',
      ]);
      expect(arrived[0]?.mail.text).toContain('Hej Åsa Öberg!');
      expect(arrived[0]?.mail.text).toContain('digitalt');
    } finally {
      await dispatcher.stop();
    }
  });
});
