import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { roles, type Role as RoleCode } from '@varn/domain';
import {
  buildTestApp,
  createOrganisation,
  createParty,
  createTestDatabase,
  createUser,
  Role,
  TestClient,
  testPassword,
} from './helpers';

/**
 * The route × role access test (issue 2 §4): every registered route, every role (and no
 * session at all), in the caller's own organisation and — for routes on one record — with a
 * record of another organisation, which must answer 404 so that existence never leaks.
 * A route without a row in the table below fails the test.
 */

const database = await createTestDatabase();
const app = await buildTestApp(database);

type Caller = RoleCode | 'anonymous';
const callers: readonly Caller[] = ['anonymous', ...roles];

/** Expected status (and, where the status alone is ambiguous, the error code). */
interface Expectation {
  readonly status: number;
  readonly code?: string;
}

interface Fixture {
  readonly own: {
    organisationId: string;
    partyId: string;
    users: Record<RoleCode, { id: string; email: string }>;
  };
  readonly other: { organisationId: string; partyId: string; userId: string };
  readonly targets: { plain: string; deactivated: string; invited: string };
}

interface RouteCase {
  /** Expected answer per caller in their own organisation. */
  readonly expect: Readonly<Record<Caller, Expectation>>;
  /** The `:id` of the request: a record of the caller's own organisation. */
  readonly id?: (fixture: Fixture, caller: Caller, client: TestClient) => Promise<string> | string;
  /** The `:id` of a record of another organisation (routes on one record). */
  readonly otherId?: (fixture: Fixture) => string;
  readonly body?: (fixture: Fixture, caller: Caller) => unknown;
  /** Use a separate, freshly logged-in client (for requests that end the session). */
  readonly freshSession?: boolean;
  /** The request ends the caller's other sessions: the shared client logs in again afterwards. */
  readonly endsOtherSessions?: boolean;
}

const unauthenticated: Expectation = { status: 401, code: 'unauthenticated' };
const each = (expectation: Expectation): Record<Caller, Expectation> =>
  Object.fromEntries(callers.map((caller) => [caller, expectation])) as Record<Caller, Expectation>;
/** Every signed-in role gets `status`; no session → 401. */
const everyone = (status: number, code?: string): Record<Caller, Expectation> => ({
  ...each(code ? { status, code } : { status }),
  anonymous: unauthenticated,
});
/** Only admins; a collection or the organisation: others 403. */
const adminOnly = (status: number): Record<Caller, Expectation> => ({
  ...each({ status: 403, code: 'forbidden' }),
  anonymous: unauthenticated,
  admin: { status },
});
/** Only admins; one named record: others 404, so that existence does not leak. */
const adminRecord = (status: number): Record<Caller, Expectation> => ({
  ...each({ status: 404, code: 'not_found' }),
  anonymous: unauthenticated,
  admin: { status },
});
/** No session needed; everyone gets the same answer. */
const open = (status: number, code?: string): Record<Caller, Expectation> =>
  each(code ? { status, code } : { status });

let abbreviationCounter = 0;
const uniqueAbbreviation = (): string => `T${(abbreviationCounter += 1)}`;

const table: Readonly<Record<string, RouteCase>> = {
  'GET /healthz': { expect: open(200) },
  'GET /readyz': { expect: open(200) },
  'GET /metrics': { expect: open(200) },
  'GET /api/openapi.json': { expect: open(200) },
  'GET /api/docs': { expect: open(302) },
  'GET /api/auth/csrf': { expect: open(200) },
  'POST /api/auth/login': {
    expect: { ...each({ status: 200 }), anonymous: { status: 401, code: 'invalid_credentials' } },
    body: (fixture, caller) => ({
      email: caller === 'anonymous' ? 'nobody@nowhere.se' : fixture.own.users[caller].email,
      password: testPassword,
    }),
  },
  // A fully logged-in session has no pending MFA step.
  'POST /api/auth/mfa': {
    expect: { ...each({ status: 403, code: 'forbidden' }), anonymous: unauthenticated },
    body: () => ({ code: '123456' }),
  },
  'POST /api/auth/logout': { expect: everyone(200), freshSession: true },
  'GET /api/me': { expect: everyone(200) },
  'PATCH /api/me': { expect: everyone(200), body: () => ({ language: 'sv' }) },
  // The wrong current password proves the route is reachable without changing anything.
  'POST /api/me/password': {
    expect: everyone(422, 'rule_violation'),
    body: () => ({ currentPassword: 'not the password at all', newPassword: 'ett helt nytt långt lösenord' }),
  },
  'GET /api/me/sessions': { expect: everyone(200) },
  'POST /api/me/sessions/revoke-others': {
    expect: everyone(200),
    freshSession: true,
    endsOtherSessions: true,
  },
  'DELETE /api/me/sessions/:id': {
    expect: everyone(200),
    // Another session of the same user, opened for the purpose.
    id: async (fixture, caller) => {
      if (caller === 'anonymous') return randomUUID();
      const second = new TestClient(app);
      await second.logIn(fixture.own.users[caller].email);
      const sessions = (await second.get('/api/me/sessions')).json() as {
        sessions: { id: string; current: boolean }[];
      };
      return sessions.sessions.find((session) => session.current)?.id ?? randomUUID();
    },
    otherId: () => randomUUID(),
  },
  'POST /api/me/mfa/enrolment': { expect: everyone(200) },
  'POST /api/me/mfa/enrolment/confirm': {
    expect: everyone(401, 'invalid_mfa_code'),
    body: () => ({ code: '000000' }),
  },
  'POST /api/me/mfa/disable': {
    expect: everyone(422, 'rule_violation'),
    body: () => ({ password: 'wrong password here' }),
  },
  'POST /api/me/mfa/recovery-codes': {
    expect: everyone(409, 'mfa_not_enabled'),
    body: () => ({ password: testPassword }),
  },
  'GET /api/organisation': { expect: everyone(200) },
  'GET /api/organisation/settings': { expect: adminOnly(200) },
  'PATCH /api/organisation/settings': { expect: adminOnly(200), body: () => ({ idleMinutes: 30 }) },
  'GET /api/parties': { expect: everyone(200) },
  'POST /api/parties': {
    expect: adminOnly(201),
    body: () => ({
      name: 'Testpartiet',
      abbreviation: uniqueAbbreviation(),
      councilSeats: 1,
      colour: '#123456',
    }),
  },
  'PATCH /api/parties/:id': {
    expect: adminRecord(200),
    id: (fixture) => fixture.own.partyId,
    otherId: (fixture) => fixture.other.partyId,
    body: () => ({ councilSeats: 10 }),
  },
  'GET /api/users': { expect: adminOnly(200) },
  'POST /api/users': {
    expect: adminOnly(201),
    body: () => ({ email: `ny.${randomUUID().slice(0, 8)}@test.se`, name: 'Ny Person', role: 'staff' }),
  },
  'GET /api/users/:id': {
    expect: adminRecord(200),
    id: (f) => f.targets.plain,
    otherId: (f) => f.other.userId,
  },
  'PATCH /api/users/:id': {
    expect: adminRecord(200),
    id: (f) => f.targets.plain,
    otherId: (f) => f.other.userId,
    body: () => ({ name: 'Målperson' }),
  },
  'POST /api/users/:id/deactivate': {
    expect: adminRecord(200),
    id: (f) => f.targets.plain,
    otherId: (f) => f.other.userId,
  },
  'POST /api/users/:id/reactivate': {
    expect: adminRecord(200),
    id: (f) => f.targets.deactivated,
    otherId: (f) => f.other.userId,
  },
  'POST /api/users/:id/invitation': {
    expect: adminRecord(200),
    id: (f) => f.targets.invited,
    otherId: (f) => f.other.userId,
  },
  'POST /api/users/:id/mfa-reset': {
    expect: adminRecord(200),
    id: (f) => f.targets.plain,
    otherId: (f) => f.other.userId,
  },
  'POST /api/invitations/lookup': {
    expect: open(410, 'invitation_invalid'),
    body: () => ({ token: 'x'.repeat(43) }),
  },
  'POST /api/invitations/accept': {
    expect: open(410, 'invitation_invalid'),
    body: () => ({ token: 'x'.repeat(43), password: 'ett långt lösenord för test' }),
  },
  'GET /api/audit-events': { expect: adminOnly(200) },
  'GET /api/outbox': { expect: adminOnly(200) },
};

/** Concrete URL for a route pattern. */
function urlFor(pattern: string, id: string | undefined): string {
  return id === undefined ? pattern : pattern.replace(':id', id);
}

let fixture: Fixture;
const clients = new Map<Caller, TestClient>();

beforeAll(async () => {
  const own = await createOrganisation(database);
  const other = await createOrganisation(database);
  const ownParty = await createParty(database, own.id);
  const otherParty = await createParty(database, other.id);
  const users = {} as Record<RoleCode, { id: string; email: string }>;
  for (const role of roles) {
    const partyId = role === Role.PartyContact || role === Role.Official ? ownParty.id : undefined;
    users[role] = await createUser(database, own.id, role, partyId ? { partyId } : {});
  }
  fixture = {
    own: { organisationId: own.id, partyId: ownParty.id, users },
    other: {
      organisationId: other.id,
      partyId: otherParty.id,
      userId: (await createUser(database, other.id, Role.Staff)).id,
    },
    targets: {
      plain: (await createUser(database, own.id, Role.Staff)).id,
      deactivated: (await createUser(database, own.id, Role.Staff, { status: 'deactivated' })).id,
      invited: (await createUser(database, own.id, Role.Staff, { status: 'invited' })).id,
    },
  };
  for (const caller of callers) {
    const client = new TestClient(app);
    if (caller !== 'anonymous') expect((await client.logIn(users[caller].email)).statusCode).toBe(200);
    clients.set(caller, client);
  }
});

async function clientFor(caller: Caller, routeCase: RouteCase): Promise<TestClient> {
  if (caller === 'anonymous' || !routeCase.freshSession) {
    const client = clients.get(caller);
    if (!client) throw new Error(`no client for ${caller}`);
    return client;
  }
  const client = new TestClient(app);
  await client.logIn(fixture.own.users[caller].email);
  return client;
}

async function send(
  caller: Caller,
  method: string,
  url: string,
  routeCase: RouteCase,
  client: TestClient,
): Promise<LightMyRequestResponse> {
  const body = routeCase.body?.(fixture, caller);
  return await client.request(
    method as 'GET',
    url,
    method === 'GET' ? undefined : (body ?? {}),
    method === 'POST' && url === '/api/auth/login' ? { csrf: false } : {},
  );
}

function check(response: LightMyRequestResponse, expected: Expectation, label: string): void {
  const code =
    response.statusCode >= 400 ? (response.json() as { error?: { code?: string } }).error?.code : undefined;
  expect({ label, status: response.statusCode, ...(expected.code ? { code } : {}) }).toEqual({
    label,
    ...expected,
  });
}

describe('route × role access', () => {
  it('has a row for every registered route and no row for a route that does not exist', () => {
    const registered = app.registeredRoutes.map((route) => `${route.method} ${route.url}`).sort();
    expect(Object.keys(table).sort()).toEqual(registered);
  });

  it.each(Object.keys(table))('%s — own organisation, every role', async (key) => {
    const routeCase = table[key];
    if (!routeCase) throw new Error(key);
    const [method = 'GET', pattern = '/'] = key.split(' ');
    // Roles that are refused go first, so that a permitted change cannot affect their answer.
    const ordered = [...callers].sort(
      (a, b) => Number(routeCase.expect[a].status < 300) - Number(routeCase.expect[b].status < 300),
    );
    for (const caller of ordered) {
      const client = await clientFor(caller, routeCase);
      const id = routeCase.id ? await routeCase.id(fixture, caller, client) : undefined;
      const response = await send(caller, method, urlFor(pattern, id), routeCase, client);
      check(response, routeCase.expect[caller], `${key} as ${caller}`);
      if (routeCase.endsOtherSessions && caller !== 'anonymous')
        await clients.get(caller)?.logIn(fixture.own.users[caller].email);
    }
  });

  const recordRoutes = Object.entries(table).filter(([, routeCase]) => routeCase.otherId !== undefined);
  it.each(recordRoutes.map(([key]) => key))(
    '%s — a record of another organisation answers 404 to every role',
    async (key) => {
      const routeCase = table[key];
      if (!routeCase?.otherId) throw new Error(key);
      const [method = 'GET', pattern = '/'] = key.split(' ');
      for (const caller of callers) {
        const client = await clientFor(caller, routeCase);
        const response = await send(
          caller,
          method,
          urlFor(pattern, routeCase.otherId(fixture)),
          routeCase,
          client,
        );
        check(
          response,
          caller === 'anonymous' ? unauthenticated : { status: 404, code: 'not_found' },
          `${key} as ${caller}, other organisation`,
        );
      }
    },
  );
});
