import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { auditPageSchema, userSchema, type AuditEvent, type AuditPage } from '@varn/contracts';
import {
  buildTestApp,
  createOrganisation,
  createTestDatabase,
  createUser,
  Role,
  TestClient,
  testClock,
} from '../../../test/helpers';
import { AuditAction, chainHash, genesisHash } from '@varn/domain';
import { sha256Hex } from '../../lib/crypto';
import { insertAuditEvent } from './audit.repository';
import { verifyAuditTrail } from './audit.service';

const database = await createTestDatabase();
const clock = testClock();
const app = await buildTestApp(database, { clock });

const minute = 60_000;

async function loggedIn(email: string): Promise<TestClient> {
  const client = new TestClient(app);
  expect((await client.logIn(email)).statusCode).toBe(200);
  return client;
}

/** A fresh organisation (its own audit chain) with a logged-in admin. */
async function organisationWithAdmin(name = 'Ekby kommun') {
  const organisation = await createOrganisation(database, { name });
  const adminUser = await createUser(database, organisation.id, Role.Admin, { name: 'Alva Admin' });
  return { organisation, adminUser, admin: await loggedIn(adminUser.email) };
}

/** One page of the admin's audit view. */
async function readAudit(admin: TestClient, query: Record<string, string | number> = {}): Promise<AuditPage> {
  const search = new URLSearchParams(
    Object.entries(query).map(([key, value]): [string, string] => [key, String(value)]),
  );
  const response = await admin.get(`/api/audit-events${search.size > 0 ? `?${search}` : ''}`);
  expect(response.statusCode, response.body).toBe(200);
  return auditPageSchema.parse(response.json());
}

/** Every event of the admin's organisation, newest first (one page of 200). */
async function allEvents(admin: TestClient): Promise<AuditEvent[]> {
  const page = await readAudit(admin, { limit: 200 });
  expect(page.nextBefore).toBeNull();
  return page.events;
}

/** The sequence numbers of one chain as stored. */
async function chainSequences(chainKey: string): Promise<number[]> {
  const { rows } = await database.pool.query<{ sequence: string }>(
    'select sequence from audit_events where chain_key = $1 order by sequence',
    [chainKey],
  );
  return rows.map((row) => Number(row.sequence));
}

const oneTo = (n: number): number[] => Array.from({ length: n }, (_, index) => index + 1);

describe('every write is audited', () => {
  it('records who created and changed a party, invited a person and changed the settings', async () => {
    const { organisation, adminUser, admin } = await organisationWithAdmin();
    const actor = { id: adminUser.id, name: 'Alva Admin', email: adminUser.email };

    const party = (
      await admin.post('/api/parties', {
        name: 'Centerpartiet',
        abbreviation: 'C',
        councilSeats: 6,
        colour: '#009933',
      })
    ).json() as {
      id: string;
    };
    await admin.patch(`/api/parties/${party.id}`, { councilSeats: 7 });
    expect((await readAudit(admin, { recordType: 'party', recordId: party.id })).events).toEqual([
      expect.objectContaining({
        action: 'party.update',
        actor,
        outcome: 'success',
        details: { fields: 'councilSeats' },
      }),
      expect.objectContaining({
        action: 'party.create',
        actor,
        outcome: 'success',
        recordType: 'party',
        recordId: party.id,
      }),
    ]);

    const invited = userSchema.parse(
      (
        await admin.post('/api/users', { email: 'ny.person@ekby.se', name: 'Ny Person', role: 'staff' })
      ).json(),
    );
    const [created] = (await readAudit(admin, { recordType: 'user', recordId: invited.id })).events;
    expect(created).toMatchObject({
      action: 'user.create',
      actor,
      recordId: invited.id,
      ip: '127.0.0.1',
      details: { role: 'staff', withParty: false },
    });
    // The event keeps ids, not the personal data itself.
    expect(JSON.stringify(created)).not.toContain('ny.person@ekby.se');

    await admin.patch('/api/organisation/settings', { idleMinutes: 20, securityUnitPhone: '08-555 00 00' });
    const [settings] = (await readAudit(admin, { recordType: 'organisation' })).events;
    expect(settings).toMatchObject({
      action: 'organisation.settings.update',
      actor,
      recordId: organisation.id,
      outcome: 'success',
      details: { fields: 'idleMinutes,securityUnitPhone' },
    });
  });

  it('records logins that succeed, fail and are denied; a failure for an unknown address only in the system chain', async () => {
    const { organisation, admin } = await organisationWithAdmin();
    const person = await createUser(database, organisation.id, Role.Staff, { name: 'Stina Stab' });
    const deactivated = await createUser(database, organisation.id, Role.Staff, { status: 'deactivated' });
    const { admin: otherAdmin } = await organisationWithAdmin('Grannby kommun');

    await loggedIn(person.email);
    expect((await new TestClient(app).logIn(person.email, 'fel lösenord för Stina')).statusCode).toBe(401);
    expect((await new TestClient(app).logIn(deactivated.email)).statusCode).toBe(403);
    const unknownAddress = 'finns.inte@ekby.se';
    expect((await new TestClient(app).logIn(unknownAddress, 'vilket lösenord som helst')).statusCode).toBe(
      401,
    );

    const personEvents = (await readAudit(admin, { userId: person.id })).events;
    expect(personEvents.map((event) => [event.action, event.outcome, event.details])).toEqual([
      ['auth.login', 'failure', { reason: 'wrong_password' }],
      ['auth.login', 'success', { mfaStep: 'none' }],
    ]);
    expect((await readAudit(admin, { recordId: deactivated.id })).events).toEqual([
      expect.objectContaining({
        action: 'auth.login',
        outcome: 'denied',
        details: { reason: 'account_deactivated' },
      }),
    ]);

    const { rows } = await database.pool.query<{ organisation_id: string | null; outcome: string }>(
      `select organisation_id, outcome from audit_events
       where chain_key = 'system' and action = 'auth.login' and details->>'reason' = 'unknown_account'`,
    );
    expect(rows).toEqual([{ organisation_id: null, outcome: 'failure' }]);
    for (const client of [admin, otherAdmin]) {
      const visible = await allEvents(client);
      expect(visible.some((event) => event.details.reason === 'unknown_account')).toBe(false);
      expect(JSON.stringify(visible)).not.toContain(unknownAddress);
    }
    // The other organisation's admin sees nothing of this organisation's logins.
    expect((await allEvents(otherAdmin)).some((event) => event.recordId === person.id)).toBe(false);
  });

  it('reading the audit log is itself audited', async () => {
    const { adminUser, admin } = await organisationWithAdmin();
    await readAudit(admin, { recordType: 'party' });
    const [newest] = (await readAudit(admin, { limit: 1 })).events;
    expect(newest).toMatchObject({
      action: 'audit.read',
      recordType: 'audit_log',
      actor: { id: adminUser.id },
      outcome: 'success',
    });
  });
});

describe('filtering and paging', () => {
  it('filters by actor, record type, record and time (from inclusive, to exclusive)', async () => {
    const { organisation, adminUser, admin } = await organisationWithAdmin();
    const person = await createUser(database, organisation.id, Role.Official);
    clock.advance(minute);
    const start = clock();
    const at = (minutes: number): string => new Date(start.getTime() + minutes * minute).toISOString();

    const party = (
      await admin.post('/api/parties', {
        name: 'Liberalerna',
        abbreviation: 'L',
        councilSeats: 3,
        colour: '#6ab2e7',
      })
    ).json() as {
      id: string;
    };
    clock.advance(minute);
    await admin.patch(`/api/parties/${party.id}`, { name: 'Liberalerna Ekby' });
    clock.advance(minute);
    await loggedIn(person.email);
    clock.advance(minute);
    const invited = userSchema.parse(
      (
        await admin.post('/api/users', {
          email: 'filter.person@ekby.se',
          name: 'Filter Person',
          role: 'viewer',
        })
      ).json(),
    );
    clock.advance(minute);

    const actions = (page: AuditPage) => page.events.map((event) => event.action);
    const byPerson = await readAudit(admin, { userId: person.id });
    expect(actions(byPerson)).toEqual(['auth.login']);
    const byAdmin = await readAudit(admin, { userId: adminUser.id, from: at(0) });
    expect(actions(byAdmin)).toEqual(['audit.read', 'user.create', 'party.update', 'party.create']);
    expect(actions(await readAudit(admin, { recordType: 'party' }))).toEqual([
      'party.update',
      'party.create',
    ]);
    expect(actions(await readAudit(admin, { recordId: invited.id }))).toEqual(['user.create']);
    expect(actions(await readAudit(admin, { from: at(1), to: at(3) }))).toEqual([
      'auth.login',
      'party.update',
    ]);
    expect(actions(await readAudit(admin, { from: at(1), to: at(2) }))).toEqual(['party.update']);
    expect(actions(await readAudit(admin, { from: at(0), to: at(1), recordType: 'party' }))).toEqual([
      'party.create',
    ]);
    expect((await readAudit(admin, { userId: person.id, recordType: 'party' })).events).toEqual([]);
  });

  it('pages newest first with before/nextBefore, without gaps or repeats', async () => {
    const { admin } = await organisationWithAdmin();
    for (const abbreviation of ['A', 'B', 'C', 'D', 'E']) {
      await admin.post('/api/parties', {
        name: `Parti ${abbreviation}`,
        abbreviation,
        councilSeats: 1,
        colour: '#123456',
      });
    }
    const seen: number[] = [];
    let page = await readAudit(admin, { limit: 2 });
    const top = page.events[0]?.sequence ?? 0;
    for (;;) {
      seen.push(...page.events.map((event) => event.sequence));
      if (page.nextBefore === null) break;
      expect(page.events).toHaveLength(2);
      expect(page.nextBefore).toBe(page.events.at(-1)?.sequence);
      page = await readAudit(admin, { limit: 2, before: page.nextBefore });
    }
    // The pages together are the whole chain up to the first page, newest first.
    expect(seen).toEqual(oneTo(top).reverse());
    // The admin's login and the five parties.
    expect(top).toBe(6);
  });

  it.each([
    [
      { from: '2026-11-27T10:00:00.000Z', to: '2026-11-27T09:00:00.000Z' },
      'to',
      'Slutdatum måste vara efter startdatum.',
    ],
    [
      { from: '2026-11-27T10:00:00.000Z', to: '2026-11-27T10:00:00.000Z' },
      'to',
      'Slutdatum måste vara efter startdatum.',
    ],
    [{ from: 'igår' }, 'from', 'Ange ett giltigt datum och en giltig tid.'],
    [{ userId: 'inte-ett-id' }, 'userId', 'Ogiltigt id.'],
    [{ limit: 500 }, 'limit', 'Värdet får vara högst 200.'],
    [{ partyId: '00000000-0000-4000-8000-000000000000' }, 'partyId', 'Fältet är okänt.'],
  ] as const)('refuses %j (400)', async (query, field, message) => {
    const { admin } = await organisationWithAdmin();
    const search = new URLSearchParams(
      Object.entries(query).map(([key, value]): [string, string] => [key, String(value)]),
    );
    const response = await admin.get(`/api/audit-events?${search}`);
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({ code: 'validation_failed', fields: { [field]: message } });
  });

  it('compares from and to as instants, whatever offsets they are written with', async () => {
    const { admin } = await organisationWithAdmin();
    const valid = await admin.get(
      `/api/audit-events?${new URLSearchParams({ from: '2026-11-27T10:30:00+02:00', to: '2026-11-27T09:00:00Z' })}`,
    );
    expect(valid.statusCode).toBe(200);
    const reversed = await admin.get(
      `/api/audit-events?${new URLSearchParams({ from: '2026-11-27T09:00:00Z', to: '2026-11-27T10:00:00+02:00' })}`,
    );
    expect(reversed.statusCode).toBe(400);
  });
});

describe('the chain', () => {
  it('verifies for every organisation and for the system chain', async () => {
    const results = await verifyAuditTrail(database.db);
    expect(results.map((result) => result.chainKey)).toContain('system');
    expect(results.length).toBeGreaterThan(3);
    for (const { chainKey, result } of results) {
      expect(result, chainKey).toMatchObject({ ok: true });
      expect(result.checked, chainKey).toBe((await chainSequences(chainKey)).length);
    }
  });

  it('cannot be changed or emptied through the application’s own connection', async () => {
    const before = await database.pool.query<{ count: number }>(
      'select count(*)::int as count from audit_events',
    );
    await expect(
      database.pool.query(`update audit_events set action = 'party.delete' where sequence = 1`),
    ).rejects.toMatchObject({
      code: '42501',
      message: expect.stringContaining('append-only'),
    });
    await expect(database.pool.query('delete from audit_events')).rejects.toMatchObject({ code: '42501' });
    await expect(database.pool.query('truncate audit_events')).rejects.toMatchObject({ code: '42501' });
    const after = await database.pool.query<{ count: number }>(
      'select count(*)::int as count from audit_events',
    );
    expect(after.rows[0]?.count).toBe(before.rows[0]?.count);
  });

  it('stays gap-free with 20 parties created at the same moment', async () => {
    const { organisation, admin } = await organisationWithAdmin();
    // Fetch the CSRF token first so that the creations really run side by side.
    await admin.patch('/api/me', { language: 'sv' });
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        admin.post('/api/parties', {
          name: `Parti ${index}`,
          abbreviation: `P${index}`,
          councilSeats: index,
          colour: '#123456',
        }),
      ),
    );
    expect(responses.map((response) => response.statusCode)).toEqual(Array.from({ length: 20 }, () => 201));
    expect(
      (await readAudit(admin, { recordType: 'party', limit: 50 })).events.filter(
        (event) => event.action === 'party.create',
      ),
    ).toHaveLength(20);
    const sequences = await chainSequences(organisation.id);
    // The admin's login, the language change, 20 parties and the one read above.
    expect(sequences).toEqual(oneTo(23));
    const chain = (await verifyAuditTrail(database.db)).find((result) => result.chainKey === organisation.id);
    expect(chain?.result).toEqual({ ok: true, checked: sequences.length });
  });

  it('reports where a row was altered or removed behind the trigger’s back', async () => {
    const altered = await organisationWithAdmin();
    const party = (
      await altered.admin.post('/api/parties', {
        name: 'Partiet',
        abbreviation: 'X',
        councilSeats: 1,
        colour: '#123456',
      })
    ).json() as {
      id: string;
    };
    await altered.admin.patch(`/api/parties/${party.id}`, { councilSeats: 2 });
    const removed = await organisationWithAdmin();
    await removed.admin.patch('/api/organisation/settings', { idleMinutes: 15 });
    await removed.admin.patch('/api/organisation/settings', { idleMinutes: 25 });

    const { rows } = await database.pool.query<{ sequence: string }>(
      `select sequence from audit_events where chain_key = $1 and action = 'party.create'`,
      [altered.organisation.id],
    );
    const alteredSequence = Number(rows[0]?.sequence);
    const { rows: settingsRows } = await database.pool.query<{ sequence: string }>(
      `select sequence from audit_events where chain_key = $1 and action = 'organisation.settings.update' order by sequence limit 1`,
      [removed.organisation.id],
    );
    const removedSequence = Number(settingsRows[0]?.sequence);

    await asSuperuser(async (superuser) => {
      await superuser.query('alter table audit_events disable trigger audit_events_append_only');
      await superuser.query(
        `update audit_events set details = '{"note": "ändrad i efterhand"}'::jsonb where chain_key = $1 and sequence = $2`,
        [altered.organisation.id, alteredSequence],
      );
      await superuser.query('delete from audit_events where chain_key = $1 and sequence = $2', [
        removed.organisation.id,
        removedSequence,
      ]);
      await superuser.query('alter table audit_events enable trigger audit_events_append_only');
    });

    const results = new Map(
      (await verifyAuditTrail(database.db)).map(({ chainKey, result }) => [chainKey, result]),
    );
    expect(results.get(altered.organisation.id)).toEqual({
      ok: false,
      checked: alteredSequence - 1,
      brokenAtSequence: alteredSequence,
      reason: 'hash_mismatch',
    });
    expect(results.get(removed.organisation.id)).toEqual({
      ok: false,
      checked: removedSequence - 1,
      brokenAtSequence: removedSequence + 1,
      reason: 'sequence_gap',
    });
    for (const [chainKey, result] of results) {
      if (chainKey !== altered.organisation.id && chainKey !== removed.organisation.id)
        expect(result, chainKey).toMatchObject({ ok: true });
    }
    // The trigger is back: the application still cannot change anything.
    await expect(
      database.pool.query('delete from audit_events where chain_key = $1', [altered.organisation.id]),
    ).rejects.toMatchObject({
      code: '42501',
    });
  });
});

describe('the chain head (ADR 014)', () => {
  it('hashes in the database exactly as the domain does, whatever the text holds', async () => {
    const { organisation } = await organisationWithAdmin('Teckenby');
    const odd = [
      'citat " och \\ omvänt snedstreck',
      'radbrytning\noch tabb\t, styrtecken \u0001 \u001f \u007f \u2028',
      'åäö ÅÄÖ ß € 🛡️ 中文 עברית',
      "'); drop table audit_events; --",
    ];
    await database.db.transaction(async (tx) => {
      for (const [index, text] of odd.entries()) {
        await insertAuditEvent(tx, {
          organisationId: organisation.id,
          occurredAt: new Date(clock().getTime() + index),
          actorUserId: null,
          action: AuditAction.AuditRead,
          recordType: text,
          recordId: null,
          outcome: 'success',
          ip: null,
          userAgent: text,
          details: { text, number: index + 0.5, big: 2 ** 53 - 1, negative: -index, flag: true, none: null },
        });
      }
    });
    const chain = (await verifyAuditTrail(database.db)).find((result) => result.chainKey === organisation.id);
    expect(chain?.result).toEqual({ ok: true, checked: (await chainSequences(organisation.id)).length });
  });

  it('continues a chain written before heads existed, from the head the migration records', async () => {
    const organisation = await createOrganisation(database, { name: 'Gammelby' });
    // Three events appended the earlier way: hashed in Node over the previous event, no head.
    let previousHash = genesisHash;
    for (const sequence of [1, 2, 3]) {
      const content = {
        chainKey: organisation.id,
        sequence,
        occurredAt: new Date(clock().getTime() + sequence),
        actorUserId: null,
        action: 'test.legacy',
        recordType: null,
        recordId: null,
        outcome: 'success' as const,
        ip: '192.0.2.1',
        userAgent: 'äldre',
        details: { sequence },
      };
      const hash = chainHash(content, previousHash, sha256Hex);
      await database.pool.query(
        `insert into audit_events (chain_key, sequence, organisation_id, occurred_at, actor_user_id, action,
           record_type, record_id, outcome, ip, user_agent, details, previous_hash, hash)
         values ($1::text, $2, $1::uuid, $3, null, $4, null, null, 'success', $5, $6, $7, $8, $9)`,
        [
          organisation.id,
          sequence,
          content.occurredAt,
          content.action,
          content.ip,
          content.userAgent,
          content.details,
          previousHash,
          hash,
        ],
      );
      previousHash = hash;
    }
    // The backfill of the migration that adds the heads, for this chain.
    await database.pool.query(
      `insert into audit_chain_heads (chain_key, sequence, previous_hash, hash)
       select distinct on (chain_key) chain_key, sequence, previous_hash, hash
       from audit_events where chain_key = $1 order by chain_key, sequence desc`,
      [organisation.id],
    );
    const admin = await createUser(database, organisation.id, Role.Admin);
    await loggedIn(admin.email);
    expect(await chainSequences(organisation.id)).toEqual(oneTo(4));
    const chain = (await verifyAuditTrail(database.db)).find((result) => result.chainKey === organisation.id);
    expect(chain?.result).toEqual({ ok: true, checked: 4 });
  });

  it('shows events removed from the end of a chain, which the links alone cannot', async () => {
    const { organisation, admin } = await organisationWithAdmin('Svansby');
    await admin.patch('/api/organisation/settings', { idleMinutes: 15 });
    await admin.patch('/api/organisation/settings', { idleMinutes: 25 });
    const sequences = await chainSequences(organisation.id);
    const last = sequences.length;
    await asSuperuser(async (superuser) => {
      await superuser.query('alter table audit_events disable trigger audit_events_append_only');
      await superuser.query('delete from audit_events where chain_key = $1 and sequence >= $2', [
        organisation.id,
        last - 1,
      ]);
      await superuser.query('alter table audit_events enable trigger audit_events_append_only');
    });
    const chain = (await verifyAuditTrail(database.db)).find((result) => result.chainKey === organisation.id);
    expect(chain?.result).toEqual({
      ok: false,
      checked: last - 2,
      brokenAtSequence: last - 1,
      reason: 'head_mismatch',
    });
  });
});

/** Runs `work` on a superuser connection to this test file's database. */
async function asSuperuser(work: (client: pg.Client) => Promise<void>): Promise<void> {
  const { rows } = await database.pool.query<{ name: string }>('select current_database() as name');
  const url = new URL(inject('pgAdminUrl'));
  url.pathname = `/${rows[0]?.name ?? ''}`;
  const client = new pg.Client({ connectionString: url.href });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}
