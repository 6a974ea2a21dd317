import type { Actor } from '@varn/domain';
import type { Locale } from '@varn/contracts';
import type { Config } from '../config';
import type { Db } from '../db/client';

/** Where the time comes from: the system clock in production, a fixed or advancing one in tests. */
export type Clock = () => Date;

/** What every service function receives first: the database and the process-wide parts. */
export interface AppContext {
  readonly db: Db;
  readonly clock: Clock;
  readonly config: Config;
}

/** The authenticated caller of a service: the policy's actor plus what the audit trail records. */
export interface Caller extends Actor {
  readonly sessionId: string;
  readonly ip: string | null;
  readonly userAgent: string | null;
  readonly locale: Locale;
}

/** An anonymous caller (login, invitation): only what the audit trail records. */
export interface AnonymousCaller {
  readonly ip: string | null;
  readonly userAgent: string | null;
  readonly locale: Locale;
}
