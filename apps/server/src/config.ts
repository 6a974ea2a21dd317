import path from 'node:path';
import { z } from 'zod';

/**
 * Configuration from the environment, parsed once at start. Every variable is documented in
 * the README; an invalid value stops the start with a clear message instead of a late failure.
 */
const envSchema = z.object({
  DATABASE_URL: z.string().url().optional(),
  VARN_DATA_DIR: z.string().min(1).default('./data'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  VARN_PUBLIC_URL: z.string().url().optional(),
  VARN_TRUST_PROXY: z.enum(['0', '1', 'true', 'false']).default('0'),
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().min(3).default('Värn <no-reply@localhost>'),
  VARN_DEMO: z.enum(['0', '1', 'true', 'false']).default('1'),
  VARN_DEMO_PASSWORD: z.string().min(12).optional(),
  METRICS_TOKEN: z.string().min(16).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  VARN_WEB_DIST: z.string().optional(),
});

/** The parsed configuration of one process. */
export interface Config {
  readonly databaseUrl: string | undefined;
  readonly dataDir: string;
  readonly port: number;
  readonly host: string;
  /** The address users reach Värn at; links in e-mails use it, `https` turns on Secure cookies. */
  readonly publicUrl: URL;
  /** Whether VARN_PUBLIC_URL was set; without it any loopback origin is accepted (local start). */
  readonly publicUrlExplicit: boolean;
  readonly trustProxy: boolean;
  readonly smtpUrl: string | undefined;
  readonly mailFrom: string;
  readonly demo: boolean;
  readonly demoPassword: string | undefined;
  readonly metricsToken: string | undefined;
  readonly logLevel: string;
  /** The built web client, served at `/`; absent in API-only tests. */
  readonly webDist: string | undefined;
}

const truthy = (value: string): boolean => value === '1' || value === 'true';

/** Parses the environment; throws an error naming each invalid variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (`SMTP_URL=`) means "not set", as operators expect.
  const given = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = envSchema.safeParse(given);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
      .join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  const publicUrl = new URL(e.VARN_PUBLIC_URL ?? `http://localhost:${e.PORT}`);
  return {
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.VARN_DATA_DIR),
    port: e.PORT,
    host: e.HOST,
    publicUrl,
    publicUrlExplicit: e.VARN_PUBLIC_URL !== undefined,
    trustProxy: truthy(e.VARN_TRUST_PROXY),
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    demo: truthy(e.VARN_DEMO),
    demoPassword: e.VARN_DEMO_PASSWORD,
    metricsToken: e.METRICS_TOKEN,
    logLevel: e.LOG_LEVEL,
    webDist: e.VARN_WEB_DIST ?? path.resolve(import.meta.dirname, '../../web/dist'),
  };
}
