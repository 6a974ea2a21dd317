import nodemailer from 'nodemailer';
import { nextMailAttempt } from '@varn/domain';
import type { Db } from '../../db/client';
import type { Clock } from '../../lib/context';
import { claimDueMails, markMailFailedAttempt, markMailSent } from './mail.repository';

/** Whether nodemailer reports a permanent SMTP refusal (reply code 5xx). */
function isPermanentSmtpError(error: unknown): boolean {
  const responseCode = (error as { responseCode?: unknown }).responseCode;
  return typeof responseCode === 'number' && responseCode >= 500 && responseCode < 600;
}

/** Logging the dispatcher needs; never given addresses or content. */
export interface DispatcherLog {
  info(object: object, message: string): void;
  warn(object: object, message: string): void;
  error(object: object, message: string): void;
}

/** The running dispatcher. */
export interface MailDispatcher {
  /** Looks for due mail now (after a commit that queued some). */
  kick(): void;
  /** Sends what is due and returns how many were attempted: for tests and shutdown. */
  drain(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * Sends queued mail over SMTP (nodemailer). Each mail is claimed with `FOR UPDATE SKIP LOCKED`
 * and marked sent in the same transaction, so a crash before commit leaves it pending and it
 * is sent again; a temporary failure is retried with backoff (domain `nextMailAttempt`), a
 * permanent refusal (5xx) is marked failed at once.
 */
export function startMailDispatcher(options: {
  db: Db;
  smtpUrl: string;
  from: string;
  clock: Clock;
  log: DispatcherLog;
  pollIntervalMs?: number;
}): MailDispatcher {
  const transport = nodemailer.createTransport(options.smtpUrl);
  let running: Promise<number> | null = null;
  let again = false;
  let stopped = false;

  /**
   * Sends one due mail in its own transaction (so a slow SMTP server holds one row and one
   * connection, and a crash repeats at most one send). Returns whether there was one.
   */
  const sendOne = async (): Promise<boolean> =>
    await options.db.transaction(async (tx) => {
      const [mail] = await claimDueMails(tx, options.clock(), 1);
      if (!mail) return false;
      try {
        await transport.sendMail({
          from: options.from,
          to: mail.toAddress,
          subject: mail.subject,
          text: mail.bodyText,
        });
        await markMailSent(tx, mail.id, options.clock());
      } catch (error) {
        // A permanent refusal (SMTP 5xx: no such mailbox, policy) is not retried.
        const permanent = isPermanentSmtpError(error);
        const next = permanent
          ? { giveUp: true as const }
          : nextMailAttempt(mail.attempts + 1, options.clock());
        const message = error instanceof Error ? error.message : String(error);
        await markMailFailedAttempt(tx, mail.id, message, next.giveUp ? null : next.at);
        options.log.warn(
          { mailId: mail.id, attempts: mail.attempts + 1, giveUp: next.giveUp },
          'mail send failed',
        );
      }
      return true;
    });

  const sendBatch = async (): Promise<number> => {
    let sent = 0;
    while (sent < 20 && !stopped && (await sendOne())) sent += 1;
    return sent;
  };

  const drain = async (): Promise<number> => {
    if (running) {
      again = true;
      return await running;
    }
    running = (async () => {
      let total = 0;
      do {
        again = false;
        let sent: number;
        do {
          sent = await sendBatch();
          total += sent;
        } while (sent > 0 && !stopped);
      } while (again && !stopped);
      return total;
    })();
    try {
      return await running;
    } finally {
      running = null;
    }
  };

  const run = (): void => {
    if (stopped) return;
    drain().catch((error: unknown) => options.log.error({ err: error }, 'mail dispatch failed'));
  };
  const timer = setInterval(run, options.pollIntervalMs ?? 5000);
  timer.unref();
  run();

  return {
    kick: run,
    drain,
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running?.catch(() => 0);
      transport.close();
    },
  };
}
