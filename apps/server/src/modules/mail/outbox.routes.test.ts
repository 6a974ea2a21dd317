import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { mailRetryDelaySeconds, maxMailAttempts } from '@varn/domain';
import { outboxSchema, type OutboxMail } from '@varn/contracts';
import {
  buildTestApp,
  createOrganisation,
  createTestDatabase,
  createUser,
  Role,
  TestClient,
  testClock,
  testConfig,
} from '../../../test/helpers';
import { mailOutbox } from '../../db/schema';
import { startMailDispatcher, type DispatcherLog, type MailDispatcher } from './mail.dispatcher';

const database = await createTestDatabase();
const clock = testClock();

/** A real SMTP server on localhost; `failing` makes it refuse every message after reading it. */
async function startSmtpServer() {
  const state = {
    failing: false,
    /** SMTP reply code of a refusal: 451 is temporary, 550 permanent. */
    failCode: 451,
    attempts: [] as string[],
    delivered: [] as { to: string; subject: string }[],
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const to = session.envelope.rcptTo.map((recipient) => recipient.address).join(',');
      state.attempts.push(to);
      if (state.failing) {
        stream.on('end', () =>
          callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: state.failCode })),
        );
        stream.resume();
        return;
      }
      simpleParser(stream).then(
        (mail) => {
          state.delivered.push({ to, subject: mail.subject ?? '' });
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
  return { url: `smtp://127.0.0.1:${address.port}`, state };
}

const smtp = await startSmtpServer();
const mailFrom = 'Värn <varn@ekby.se>';
const smtpApp = await buildTestApp(database, {
  clock,
  config: testConfig({ SMTP_URL: smtp.url, MAIL_FROM: mailFrom }),
});
const heldApp = await buildTestApp(database, { clock });

/** What the dispatcher logs; kept to check that no address ends up in the log. */
const logged: object[] = [];
const log: DispatcherLog = {
  info: (object) => logged.push(object),
  warn: (object) => logged.push(object),
  error: (object) => logged.push(object),
};
/** A dispatcher for the current test, stopped when the test ends. */
function dispatcherFor(smtpUrl: string): MailDispatcher {
  const dispatcher = startMailDispatcher({ db: database.db, smtpUrl, from: mailFrom, clock, log });
  onTestFinished(async () => await dispatcher.stop());
  return dispatcher;
}

const organisation = await createOrganisation(database, { name: 'Ekby kommun' });
const adminUser = await createUser(database, organisation.id, Role.Admin);

/** The admin logs in again for each test: the clock moves hours ahead between them. */
async function adminOf(app: typeof smtpApp): Promise<TestClient> {
  const admin = new TestClient(app);
  expect((await admin.logIn(adminUser.email)).statusCode).toBe(200);
  return admin;
}

/** Invites someone, which queues one mail to them; returns the address. */
async function queueInvitation(admin: TestClient): Promise<string> {
  const email = `mottagare.${randomUUID().slice(0, 8)}@ekby.se`;
  const response = await admin.post('/api/users', { email, name: 'Maja Mottagare', role: 'staff' });
  expect(response.statusCode).toBe(201);
  return email;
}

async function outboxMail(admin: TestClient, email: string): Promise<OutboxMail> {
  const response = await admin.get('/api/outbox');
  expect(response.statusCode).toBe(200);
  const mail = outboxSchema.parse(response.json()).mails.find((candidate) => candidate.to === email);
  if (!mail) throw new Error(`no mail to ${email}`);
  return mail;
}

async function nextAttemptAt(email: string): Promise<Date | undefined> {
  const [row] = await database.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, email));
  return row?.nextAttemptAt;
}

const attemptsTo = (email: string): number => smtp.state.attempts.filter((to) => to === email).length;

describe('the mail dispatcher', () => {
  it('does not retry a permanent refusal (5xx): the mail is marked failed at once', async () => {
    const admin = await adminOf(smtpApp);
    const dispatcher = dispatcherFor(smtp.url);
    smtp.state.failing = true;
    smtp.state.failCode = 550;
    onTestFinished(() => {
      smtp.state.failing = false;
      smtp.state.failCode = 451;
    });
    const email = await queueInvitation(admin);
    await dispatcher.drain();
    const mail = await outboxMail(admin, email);
    expect(mail).toMatchObject({ status: 'failed', attempts: 1 });
    expect(mail.lastError).toContain('550');
    clock.advance(24 * 3_600_000);
    await dispatcher.drain();
    expect(attemptsTo(email)).toBe(1);
  });

  it('retries a refused mail with growing waits and gives up after the maximum number of attempts', async () => {
    const admin = await adminOf(smtpApp);
    const dispatcher = dispatcherFor(smtp.url);
    smtp.state.failing = true;
    try {
      const email = await queueInvitation(admin);
      await dispatcher.drain();

      expect(attemptsTo(email)).toBe(1);
      const first = await outboxMail(admin, email);
      expect(first).toMatchObject({ status: 'pending', attempts: 1, sentAt: null });
      expect(first.lastError).toMatch(/451|Mailbox temporarily unavailable/u);
      expect(await nextAttemptAt(email)).toEqual(new Date(clock().getTime() + 30_000));

      // Not due yet: nothing is sent before the wait is over.
      clock.advance(29_000);
      await dispatcher.drain();
      expect(attemptsTo(email)).toBe(1);

      clock.advance(1_000);
      await dispatcher.drain();
      expect(attemptsTo(email)).toBe(2);
      expect(await outboxMail(admin, email)).toMatchObject({ status: 'pending', attempts: 2 });
      expect(await nextAttemptAt(email)).toEqual(new Date(clock().getTime() + 60_000));

      for (let attempts = 2; attempts < maxMailAttempts; attempts += 1) {
        clock.advance(mailRetryDelaySeconds(attempts) * 1000);
        await dispatcher.drain();
        expect(attemptsTo(email), `after attempt ${attempts + 1}`).toBe(attempts + 1);
      }
      const failed = await outboxMail(await adminOf(smtpApp), email);
      expect(failed).toMatchObject({ status: 'failed', attempts: maxMailAttempts, sentAt: null });
      expect(failed.lastError).toMatch(/451|Mailbox temporarily unavailable/u);

      // Given up: it is never tried again, however long one waits.
      clock.advance(24 * 3_600_000);
      await dispatcher.drain();
      expect(attemptsTo(email)).toBe(maxMailAttempts);
      expect(JSON.stringify(logged)).not.toContain(email);
    } finally {
      smtp.state.failing = false;
    }
  });

  it('sends a mail once the server accepts it again, and clears the error', async () => {
    const admin = await adminOf(smtpApp);
    const dispatcher = dispatcherFor(smtp.url);
    smtp.state.failing = true;
    const email = await queueInvitation(admin);
    await dispatcher.drain();
    expect(await outboxMail(admin, email)).toMatchObject({ status: 'pending', attempts: 1 });

    smtp.state.failing = false;
    clock.advance(30_000);
    await dispatcher.drain();
    expect(await outboxMail(admin, email)).toMatchObject({
      status: 'sent',
      attempts: 2,
      lastError: null,
      sentAt: clock().toISOString(),
    });
    expect(smtp.state.delivered.filter((mail) => mail.to === email)).toEqual([
      { to: email, subject: 'Inbjudan till Värn – Ekby kommun' },
    ]);
    // Sent once; later runs leave it alone.
    clock.advance(3_600_000);
    await dispatcher.drain();
    expect(attemptsTo(email)).toBe(2);
  });

  it('never sends held mail, even when a dispatcher with SMTP runs', async () => {
    const admin = await adminOf(heldApp);
    const email = await queueInvitation(admin);
    const outbox = outboxSchema.parse((await admin.get('/api/outbox')).json());
    expect(outbox.smtpConfigured).toBe(false);
    expect(outbox.mails.find((mail) => mail.to === email)).toMatchObject({ status: 'held', attempts: 0 });

    const dispatcher = dispatcherFor(smtp.url);
    await dispatcher.drain();
    clock.advance(3_600_000);
    await dispatcher.drain();
    expect(attemptsTo(email)).toBe(0);
    expect(await outboxMail(await adminOf(heldApp), email)).toMatchObject({
      status: 'held',
      attempts: 0,
      sentAt: null,
      lastError: null,
    });
  });
});
