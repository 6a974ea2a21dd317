import pino from 'pino';
import { buildApp, loggerOptions } from './app';
import { loadConfig } from './config';
import { connectDatabase } from './db/database';
import { startEventListener } from './events';
import { startJobQueue } from './jobs/job-queue';
import { jobs, retiredJobs } from './jobs/registry';
import { type MailDispatcher, startMailDispatcher } from './modules/mail';
import { ensureDefaultChecklistTemplates } from './modules/meetings';
import { ensureDefaultCoursesEverywhere } from './modules/training';
import { ensureDefaultTemplates } from './modules/riskguide';
import { ensureDefaultTaxonomies } from './modules/taxonomy';
import { randomDemoPassword, seedDemo, demoUsers } from './seed/demo';

/**
 * `npm start`: starts (or connects to) PostgreSQL, migrates, seeds the demo on an empty
 * database, and listens. SIGINT/SIGTERM close HTTP first, then the mail dispatcher, the pool and
 * the embedded server, so that no PostgreSQL process outlives the app.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = pino(loggerOptions(config.logLevel));
  const log = {
    info: (message: string) => logger.info(message),
    warn: (message: string) => logger.warn(message),
    error: (message: string) => logger.error(message),
  };

  const running = await connectDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, log });
  const { db } = running.database;

  const seedWanted = process.env.VARN_DEMO === undefined ? running.embedded : config.demo;
  if (seedWanted) {
    const password = config.demoPassword ?? randomDemoPassword();
    if (await seedDemo(db, password, new Date())) {
      const shown = config.demoPassword ? '(from VARN_DEMO_PASSWORD)' : password;
      // Printed once, on the first start only: it is the only way to learn a random demo password.
      process.stdout.write(
        `\nDemo organisation "Exempelkommun" created. Log in at ${config.publicUrl.href} as one of:\n` +
          demoUsers.map((user) => `  ${user.email.padEnd(32)} ${user.role}`).join('\n') +
          `\nPassword for all demo users: ${shown}\n\n`,
      );
    }
  }

  // The process's one LISTEN connection: events recorded in committed transactions, of this
  // instance and every other on the same database.
  const events = await startEventListener(running.url, logger);
  let dispatcher: MailDispatcher | undefined;
  if (config.smtpUrl) {
    const mail = startMailDispatcher({
      db,
      smtpUrl: config.smtpUrl,
      from: config.mailFrom,
      clock: () => new Date(),
      log: logger,
    });
    events.subscribe('mail.queued', () => mail.kick());
    events.onReconnect(() => mail.kick());
    dispatcher = mail;
  }
  await ensureDefaultTaxonomies(db, new Date());
  await ensureDefaultTemplates(db, new Date());
  await ensureDefaultChecklistTemplates(db, new Date());
  await ensureDefaultCoursesEverywhere(db, new Date());
  const ctx = { db, clock: () => new Date(), config };
  const queue = await startJobQueue(ctx, running.url, logger, { jobs, retired: retiredJobs });

  const app = await buildApp({ config, db, logger, events });
  await app.listen({ host: config.host, port: config.port });

  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) {
      logger.warn(`${signal} again: exiting at once`);
      process.exit(1);
    }
    stopping = true;
    logger.info(`${signal}: shutting down`);
    try {
      // Connections busy when the close began stay open as keep-alive connections, which
      // server.close() would wait for until they time out (72 s): close each once it is idle,
      // and all of them after 10 s.
      const sweep = setInterval(() => app.server.closeIdleConnections(), 100);
      const deadline = setTimeout(() => app.server.closeAllConnections(), 10_000);
      try {
        await app.close();
      } finally {
        clearInterval(sweep);
        clearTimeout(deadline);
      }
      await queue.stop();
      await dispatcher?.stop();
      await events.stop();
      await running.close();
      logger.info('stopped cleanly');
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`Värn could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
