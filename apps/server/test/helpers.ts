import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, inject } from 'vitest';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import {
  defaultTemplate,
  meetingTypeIsPublicByDefault,
  Role,
  type BodyAssignment,
  type BodyKind,
  type MeetingType,
  step2Statements,
  type RiskLevel,
  type Role as RoleCode,
  type Step3Answer,
} from '@varn/domain';
import {
  assessmentSchema,
  matterDetailSchema,
  type Assessment,
  type CreateMatterBody,
  type ReportIncidentBody,
  type SaveAssessmentBody,
} from '@varn/contracts';
import { buildApp } from '../src/app';
import { loadConfig, type Config } from '../src/config';
import { openDatabase, type Database } from '../src/db/client';
import { agendaItems, bodies, bodyMembers, mailOutbox, meetings } from '../src/db/schema';
import { startEventListener, type DomainEvent } from '../src/events';
import type { Clock } from '../src/lib/context';
import { hashPassword } from '../src/modules/auth/passwords';
import { insertOrganisation } from '../src/modules/organisations/organisations.repository';
import { insertParty, updateParty } from '../src/modules/parties/parties.repository';
import { insertDefaultTemplate } from '../src/modules/riskguide/templates.repository';
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

/** A log that drops everything (tests assert behaviour, not log lines). */
export const silentLog = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** The connection URL of a test database (for the job queue and event listeners). */
export function urlOf(database: Database): string {
  const url = database.pool.options.connectionString;
  if (!url) throw new Error('the test database has no connection string');
  return url;
}

/**
 * Listens to a test database's events after commit, as an app instance does, and collects the
 * `mail.queued` events. `settle()` waits until every event committed before it has arrived: a
 * marker sent after them arrives after them (PostgreSQL delivers notifications in commit order).
 */
export async function collectEvents(database: Database) {
  const listener = await startEventListener(urlOf(database), silentLog);
  afterAll(async () => listener.stop());
  const events: DomainEvent[] = [];
  listener.subscribe('mail.queued', (event) => events.push(event));
  return {
    events,
    async settle(): Promise<void> {
      const marker = randomUUID();
      const payload = JSON.stringify({ type: 'mail.queued', organisationId: marker });
      await database.pool.query('select pg_notify($1, $2)', ['varn_events', payload]);
      const deadline = Date.now() + 10_000;
      while (!events.some((event) => event.organisationId === marker)) {
        if (Date.now() > deadline) throw new Error('the marker event did not arrive');
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      events.splice(
        events.findIndex((event) => event.organisationId === marker),
        1,
      );
    },
  };
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
  options: { clock?: Clock; config?: Config } = {},
): Promise<FastifyInstance> {
  const app = await buildApp({
    config: options.config ?? testConfig(),
    db: database.db,
    ...(options.clock ? { clock: options.clock } : {}),
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
  await insertDefaultTemplate(database.db, organisation.id, new Date());
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
      // A string or bytes are sent as they are (malformed JSON, multipart); anything else as JSON.
      request.payload = typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body);
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
  put = (url: string, body: unknown) => this.request('PUT', url, body);
  delete = (url: string) => this.request('DELETE', url);

  /**
   * Uploads one file as `multipart/form-data` (field `file`), the way a browser form does; text
   * `fields` go before the file.
   */
  async upload(
    url: string,
    file: UploadFile,
    method: 'POST' | 'PUT' = 'POST',
    fields: Readonly<Record<string, string>> = {},
  ): Promise<LightMyRequestResponse> {
    const boundary = `----varn${randomUUID().replaceAll('-', '')}`;
    const head =
      Object.entries(fields)
        .map(
          ([name, value]) =>
            `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
        )
        .join('') +
      `--${boundary}\r\n` +
      `Content-Disposition: form-data; name="file"; filename="${browserEncoded(file.name)}"\r\n` +
      `Content-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`;
    const payload = Buffer.concat([
      Buffer.from(head, 'utf8'),
      file.content,
      Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8'),
    ]);
    return await this.request(method, url, payload, {
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
  }

  /** Logs in with the test password (or the given one); returns the login response. */
  async logIn(email: string, password = testPassword): Promise<LightMyRequestResponse> {
    return await this.post('/api/auth/login', { email, password }, { csrf: false });
  }
}

/** A file name as a browser writes it into a multipart header (HTML: `"`, CR and LF percent-encoded). */
const browserEncoded = (name: string): string =>
  name.replaceAll('"', '%22').replaceAll('\r', '%0D').replaceAll('\n', '%0A');

/** A file of a multipart upload; `type` is what the client claims (the server detects its own). */
export interface UploadFile {
  readonly name: string;
  readonly content: Buffer;
  readonly type?: string;
}

/** A small real PNG image (1 × 1 pixel). */
export const testPng = (): Buffer =>
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  );

/**
 * The body of a quick report (factory): an official's own case of harassment by e-mail. Tests
 * override what they are about.
 */
export function incidentReport(overrides: Partial<ReportIncidentBody> = {}): ReportIncidentBody {
  return {
    description: 'Ett hotfullt mejl kom efter sammanträdet i går kväll.',
    ongoing: false,
    targetKind: 'self',
    targetRole: 'official',
    categories: ['harassment'],
    channel: 'email',
    perpetratorType: 'unknown',
    policeContacted: false,
    ...overrides,
  };
}

/**
 * Sends `requests` while another connection holds the organisation's audit-chain head (ADR 014),
 * which every write locks just before it commits: all requests get past their checks before any of
 * them commits, so a check-then-write race shows every time instead of now and then. The lock
 * is released once `waiters` requests wait for a lock (or after three seconds).
 */
export async function raceBeforeCommit<T>(
  database: Database,
  organisationId: string,
  waiters: number,
  requests: () => Promise<T>,
): Promise<T> {
  const holder = await database.pool.connect();
  try {
    await holder.query('begin');
    // The chain's head row (ADR 014): created if the chain has none yet, then locked.
    await holder.query(
      `insert into audit_chain_heads (chain_key, sequence, previous_hash, hash)
       values ($1, 0, repeat('0', 64), repeat('0', 64)) on conflict do nothing`,
      [organisationId],
    );
    await holder.query('select 1 from audit_chain_heads where chain_key = $1 for update', [organisationId]);
    const pending = requests();
    const deadline = Date.now() + 3000;
    while (Date.now() < deadline) {
      // Asked on another connection: inside the holder's transaction the view would be a frozen snapshot.
      const { rows } = await database.pool.query<{ waiting: number }>(
        `select count(*)::int as waiting from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
      );
      if ((rows[0]?.waiting ?? 0) >= waiters) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await holder.query('commit');
    return await pending;
  } finally {
    holder.release();
  }
}

/** The mails queued for an organisation (the transactional outbox), oldest first. */
export async function queuedMails(
  database: Database,
  organisationId: string,
): Promise<{ to: string; subject: string; bodyText: string }[]> {
  return await database.db
    .select({ to: mailOutbox.toAddress, subject: mailOutbox.subject, bodyText: mailOutbox.bodyText })
    .from(mailOutbox)
    .where(eq(mailOutbox.organisationId, organisationId))
    .orderBy(asc(mailOutbox.createdAt), asc(mailOutbox.id));
}

/** Sessions that outlive tests that move the clock by days and weeks. */
const tenYearsInMinutes = 10 * 365 * 24 * 60;

/** A client logged in as `email` (with the test password). */
export async function loggedInClient(app: FastifyInstance, email: string): Promise<TestClient> {
  const client = new TestClient(app);
  const response = await client.logIn(email);
  if (response.statusCode !== 200) throw new Error(`login of ${email} answered ${response.statusCode}`);
  return client;
}

/**
 * An organisation with the people of a case, each logged in: two security officers (and a former,
 * deactivated one), an admin, an official and the security contact of party S, the same of party
 * M, a staff member, a secretary and a viewer. Sessions last for years: tests move the clock.
 */
export async function createCaseOrganisation(database: Database, app: FastifyInstance, name: string) {
  const organisation = await createOrganisation(database, {
    name,
    idleMinutes: tenYearsInMinutes,
    absoluteHours: tenYearsInMinutes / 60,
  });
  const s = await createParty(database, organisation.id, 'S', 'Socialdemokraterna');
  const m = await createParty(database, organisation.id, 'M', 'Moderaterna');
  const person = (role: RoleCode, personName: string, partyId?: string) =>
    createUser(database, organisation.id, role, { name: personName, ...(partyId ? { partyId } : {}) });
  const people = {
    officer: await person(Role.SecurityOfficer, 'Sara Säkerhet'),
    officer2: await person(Role.SecurityOfficer, 'Sven Skydd'),
    admin: await person(Role.Admin, 'Alva Admin'),
    official: await person(Role.Official, 'Olle Ordförande', s.id),
    contact: await person(Role.PartyContact, 'Kim Kontakt', s.id),
    officialM: await person(Role.Official, 'Maria Moderat', m.id),
    contactM: await person(Role.PartyContact, 'Mats Kontakt', m.id),
    staff: await person(Role.Staff, 'Stina Stab'),
    secretary: await person(Role.Secretary, 'Siv Sekreterare'),
    viewer: await person(Role.Viewer, 'Vera Visare'),
    formerOfficer: await createUser(database, organisation.id, Role.SecurityOfficer, {
      name: 'Fredrik Förre',
      status: 'deactivated',
    }),
  };
  await appointContact(database, organisation.id, s.id, people.contact.id);
  await appointContact(database, organisation.id, m.id, people.contactM.id);
  const as = (user: { email: string }) => loggedInClient(app, user.email);
  return {
    id: organisation.id,
    parties: { s, m },
    people,
    officer: await as(people.officer),
    officer2: await as(people.officer2),
    admin: await as(people.admin),
    official: await as(people.official),
    contact: await as(people.contact),
    officialM: await as(people.officialM),
    contactM: await as(people.contactM),
    staff: await as(people.staff),
    secretary: await as(people.secretary),
    viewer: await as(people.viewer),
  };
}

/** An organisation made by {@link createCaseOrganisation}. */
export type CaseOrganisation = Awaited<ReturnType<typeof createCaseOrganisation>>;

/** Step-2 answers for every statement of the default template: `fallback` unless named. */
export function step2Answers(
  levels: Readonly<Partial<Record<string, RiskLevel>>> = {},
  fallback: RiskLevel = 'low',
): SaveAssessmentBody['step2Answers'] {
  return Object.fromEntries(
    step2Statements(defaultTemplate).map(({ id }) => [id, { level: levels[id] ?? fallback, comment: null }]),
  );
}

/** Step-3 answers for every conflict and complexity statement of the default template. */
export function step3Answers(
  answers: Readonly<Partial<Record<string, Step3Answer>>> = {},
  fallback: Step3Answer = 'does_not_apply',
): SaveAssessmentBody['step3Answers'] {
  const statements = [
    ...defaultTemplate.step3.conflict.statements,
    ...defaultTemplate.step3.complexity.statements,
  ];
  return Object.fromEntries(
    statements.map(({ id }) => [id, { answer: answers[id] ?? fallback, comment: null }]),
  );
}

/**
 * A finished assessment of a matter through the API (start, save, finish) by a security officer;
 * without `step3`, step 3 is left out.
 */
export async function assessMatter(
  officer: TestClient,
  matterId: string,
  answers: {
    step2: SaveAssessmentBody['step2Answers'];
    step3?: SaveAssessmentBody['step3Answers'];
    participants?: SaveAssessmentBody['participants'];
  },
): Promise<Assessment> {
  const started = await officer.post('/api/assessments', { matterId });
  if (started.statusCode !== 201 && started.statusCode !== 200)
    throw new Error(`starting an assessment answered ${started.statusCode}: ${started.body}`);
  const draft = assessmentSchema.parse(started.json());
  const saved = await officer.put(`/api/assessments/${draft.id}`, {
    revision: draft.revision,
    participants: answers.participants ?? [
      { name: 'Sara Säkerhet', function: 'security' },
      { name: 'Kim Kommunikation', function: 'communications' },
    ],
    step2Answers: answers.step2,
    step3Answers: answers.step3 ?? {},
  });
  if (saved.statusCode !== 200) throw new Error(`saving answered ${saved.statusCode}: ${saved.body}`);
  const finished = await officer.post(`/api/assessments/${draft.id}/finish`, {});
  if (finished.statusCode !== 200)
    throw new Error(`finishing answered ${finished.statusCode}: ${finished.body}`);
  return assessmentSchema.parse(finished.json());
}

/** A matter made through the API; returns its id. */
export async function createMatterVia(client: TestClient, body: CreateMatterBody): Promise<string> {
  const response = await client.post('/api/matters', body);
  if (response.statusCode !== 201)
    throw new Error(`creating a matter answered ${response.statusCode}: ${response.body}`);
  return matterDetailSchema.parse(response.json()).id;
}

/** A body (organ) of an organisation, written directly (the admin keeps them through `/api/bodies`). */
export async function createBody(
  database: Database,
  organisationId: string,
  name = 'Kommunfullmäktige',
  kind: BodyKind = 'council',
): Promise<string> {
  const [row] = await database.db.insert(bodies).values({ organisationId, name, kind }).returning();
  if (!row) throw new Error('no body inserted');
  return row.id;
}

/** Gives a user an assignment in a body (`Actor.bodyIds`, ADR 017). */
export async function addBodyMember(
  database: Database,
  organisationId: string,
  bodyId: string,
  userId: string,
  assignment: BodyAssignment = 'member',
): Promise<void> {
  await database.db.insert(bodyMembers).values({ organisationId, bodyId, userId, assignment });
}

/**
 * A meeting with the given matters on its agenda, written directly: a fixture for the rule that
 * officials and party contacts see a matter only on the agenda of a meeting they may see (ADR 017).
 * By default a public council meeting a week after `startsAt`'s default (2026-12-10 18:00 Swedish time).
 */
export async function meetingWithAgenda(
  database: Database,
  organisationId: string,
  matterIds: readonly string[],
  options: {
    type?: MeetingType;
    bodyId?: string | null;
    isPublic?: boolean;
    startsAt?: Date;
    title?: string;
  } = {},
): Promise<string> {
  const type = options.type ?? 'council';
  const startsAt = options.startsAt ?? new Date('2026-12-10T17:00:00Z');
  const [meeting] = await database.db
    .insert(meetings)
    .values({
      organisationId,
      type,
      title: options.title ?? 'Kommunfullmäktige',
      bodyId: options.bodyId ?? null,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3 * 3_600_000),
      isPublic: options.isPublic ?? meetingTypeIsPublicByDefault(type),
    })
    .returning();
  if (!meeting) throw new Error('no meeting inserted');
  if (matterIds.length > 0)
    await database.db.insert(agendaItems).values(
      matterIds.map((matterId, index) => ({
        organisationId,
        meetingId: meeting.id,
        matterId,
        position: index + 1,
      })),
    );
  return meeting.id;
}
