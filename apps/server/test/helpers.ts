import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, inject } from 'vitest';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { Role, type Role as RoleCode } from '@varn/domain';
import { buildApp } from '../src/app';
import { loadConfig, type Config } from '../src/config';
import { openDatabase, type Database } from '../src/db/client';
import type { Clock } from '../src/lib/context';
import { hashPassword } from '../src/modules/auth/passwords';
import { insertOrganisation } from '../src/modules/organisations/organisations.repository';
import { insertParty, updateParty } from '../src/modules/parties/parties.repository';
import { insertDefaultTaxonomy } from '../src/modules/taxonomy/taxonomy.repository';
import { insertUser, upsertPartyMembership, updateUser } from '../src/modules/users/users.repository';
import { createTotpSecret } from '../src/modules/auth/totp';

/** The password every factory-made user has. */
export const testPassword = 'korrekt häst batteri häftklammer';

let passwordHash: Promise<string> | undefined;
const testPasswordHash = (): Promise<string> => (passwordHash ??= hashPassword(testPassword));

/**
 * A fresh database for this test file, cloned from the migrated template, dropped after the
 * file. Real PostgreSQL, no mocks (STYLE.md).
 */
export async function createTestDatabase(): Promise<Database> {
  const adminUrl = inject('pgAdminUrl');
  const name = `varn_test_${randomUUID().replaceAll('-', '')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name} template ${inject('pgTemplate')}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = openDatabase(url.href, { max: 5 });
  afterAll(async () => {
    await database.close();
    const cleanup = new pg.Client({ connectionString: adminUrl });
    await cleanup.connect();
    await cleanup.query(`drop database if exists ${name} with (force)`);
    await cleanup.end();
  });
  return database;
}

/** A clock tests can move: starts at a fixed time, `advance` moves it. */
export function testClock(
  start = new Date('2026-11-27T09:00:00.000Z'),
): Clock & { advance(ms: number): void; set(at: Date): void } {
  let now = start.getTime();
  const clock = (() => new Date(now)) as Clock & { advance(ms: number): void; set(at: Date): void };
  clock.advance = (ms) => {
    now += ms;
  };
  clock.set = (at) => {
    now = at.getTime();
  };
  return clock;
}

/** Test configuration: no web client, no SMTP unless given. */
export function testConfig(overrides: Record<string, string> = {}): Config {
  return { ...loadConfig({ VARN_DATA_DIR: '/nonexistent', ...overrides }), webDist: undefined };
}

/** Builds the app on a test database. */
export async function buildTestApp(
  database: Database,
  options: { clock?: Clock; config?: Config; kicks?: { count: number } } = {},
): Promise<FastifyInstance> {
  const app = await buildApp({
    config: options.config ?? testConfig(),
    db: database.db,
    ...(options.clock ? { clock: options.clock } : {}),
    mail: {
      kick: () => {
        if (options.kicks) options.kicks.count += 1;
      },
    },
  });
  afterAll(async () => app.close());
  await app.ready();
  return app;
}

/** An organisation with the given settings (defaults: a real one, MFA for admins and security officers off for convenience). */
export async function createOrganisation(
  database: Database,
  values: { name?: string; mfaRequiredRoles?: RoleCode[]; idleMinutes?: number; absoluteHours?: number } = {},
) {
  const organisation = await insertOrganisation(database.db, {
    name: values.name ?? `Testkommun ${randomUUID().slice(0, 6)}`,
    municipalityCode: '0180',
    mfaRequiredRoles: values.mfaRequiredRoles ?? [],
    sessionIdleMinutes: values.idleMinutes ?? 30,
    sessionAbsoluteHours: values.absoluteHours ?? 12,
    securityUnitPhone: '08-123 456 00',
    securityUnitEmail: 'sakerhet@test.se',
  });
  await insertDefaultTaxonomy(database.db, organisation.id, new Date());
  return organisation;
}

/** A party of an organisation. */
export async function createParty(
  database: Database,
  organisationId: string,
  abbreviation = 'S',
  name = 'Socialdemokraterna',
) {
  return await insertParty(database.db, {
    organisationId,
    name,
    abbreviation,
    councilSeats: 10,
    colour: '#e8112d',
  });
}

/** An active user with the test password (optionally in a party, optionally with MFA enabled). */
export async function createUser(
  database: Database,
  organisationId: string,
  role: RoleCode,
  options: {
    partyId?: string;
    email?: string;
    name?: string;
    mfaSecret?: string;
    status?: 'active' | 'invited' | 'deactivated';
  } = {},
) {
  const now = new Date();
  const user = await insertUser(database.db, {
    organisationId,
    email: options.email ?? `${role}.${randomUUID().slice(0, 8)}@test.se`,
    name: options.name ?? `Test ${role}`,
    role,
    language: 'sv',
    status: options.status ?? 'active',
    passwordHash: options.status === 'invited' ? null : await testPasswordHash(),
    now,
  });
  if (options.partyId)
    await upsertPartyMembership(database.db, organisationId, user.id, options.partyId, now);
  if (options.mfaSecret)
    await updateUser(database.db, organisationId, user.id, {
      mfaSecret: options.mfaSecret,
      mfaEnabledAt: now,
    });
  return user;
}

/** Appoints a party's security contact directly (fixture). */
export async function appointContact(
  database: Database,
  organisationId: string,
  partyId: string,
  userId: string,
) {
  await updateParty(database.db, organisationId, partyId, { securityContactUserId: userId });
}

export { createTotpSecret, Role };

/**
 * A browser-like client over `app.inject`: keeps cookies, fetches and sends the CSRF token on
 * state-changing requests, and sends Accept-Language.
 */
export class TestClient {
  private readonly cookies = new Map<string, string>();
  private csrf: string | undefined;

  constructor(
    private readonly app: FastifyInstance,
    private readonly language = 'sv',
  ) {}

  /** The cookie header the client would send. */
  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  private remember(response: LightMyRequestResponse): void {
    for (const cookie of response.cookies) {
      const expired =
        cookie.value === '' ||
        (cookie.expires instanceof Date && cookie.expires.getTime() <= Date.now()) ||
        cookie.maxAge === 0;
      if (expired) this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
  }

  /** Sends a request; state-changing methods carry the CSRF token unless `csrf: false`. */
  async request(
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    body?: unknown,
    options: { csrf?: boolean; headers?: Record<string, string> } = {},
  ): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = { 'accept-language': this.language, ...options.headers };
    if (method !== 'GET' && options.csrf !== false) {
      this.csrf ??= await this.fetchCsrf();
      headers['x-csrf-token'] = this.csrf;
    }
    const cookie = this.cookieHeader();
    if (cookie) headers.cookie = cookie;
    const request: InjectOptions = { method, url, headers };
    if (body !== undefined) {
      // A string is sent as it is (to test malformed JSON); anything else as JSON.
      request.payload = typeof body === 'string' ? body : JSON.stringify(body);
      headers['content-type'] ??= 'application/json';
    }
    const response = await this.app.inject(request);
    this.remember(response);
    return response;
  }

  private async fetchCsrf(): Promise<string> {
    const cookie = this.cookieHeader();
    const response = await this.app.inject({
      method: 'GET',
      url: '/api/auth/csrf',
      headers: cookie ? { cookie } : {},
    });
    this.remember(response);
    return (response.json() as { token: string }).token;
  }

  get = (url: string, options?: { headers?: Record<string, string> }) =>
    this.request('GET', url, undefined, options);
  post = (url: string, body?: unknown, options?: { csrf?: boolean; headers?: Record<string, string> }) =>
    this.request('POST', url, body ?? {}, options);
  patch = (url: string, body: unknown) => this.request('PATCH', url, body);
  delete = (url: string) => this.request('DELETE', url);

  /** Logs in with the test password (or the given one); returns the login response. */
  async logIn(email: string, password = testPassword): Promise<LightMyRequestResponse> {
    return await this.post('/api/auth/login', { email, password }, { csrf: false });
  }
}
