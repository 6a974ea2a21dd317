import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loggedInSchema, meSchema, organisationChoiceSchema, userSchema } from '@varn/contracts';
import {
  buildTestApp,
  createOrganisation,
  createTestDatabase,
  createUser,
  loggedInClient,
  Role,
  TestClient,
  testPassword,
} from '../../../test/helpers';
import { updateUser } from '../users/users.repository';
import { hashPassword } from './passwords';

/**
 * One installation, many organisations (issue 8 §5, ADR 013): an address may have an account in
 * each organisation; nothing an organisation's admin or a visitor sees depends on another
 * organisation's accounts.
 */

const database = await createTestDatabase();
const app = await buildTestApp(database);

const address = () => `person.${randomUUID().slice(0, 8)}@kommun.se`;

async function organisationWithAdmin(name: string) {
  const organisation = await createOrganisation(database, { name });
  const admin = await createUser(database, organisation.id, Role.Admin);
  return { organisation, admin: await loggedInClient(app, admin.email) };
}

/** What an invitation answer says, without what differs between any two people (id, e-mail, time). */
function shapeOf(body: unknown) {
  const user = userSchema.parse(body);
  return { ...user, id: 'id', email: 'email', createdAt: 'at', invitationExpiresAt: 'at' };
}

async function logIn(body: object) {
  return await new TestClient(app).post('/api/auth/login', body, { csrf: false });
}

describe('an invitation', () => {
  it('to an address with an account in another organisation answers exactly as for any new address, and leaves that account alone', async () => {
    const ekby = await organisationWithAdmin('Ekby kommun');
    const grannby = await organisationWithAdmin('Grannby kommun');
    const taken = address();
    const theirs = await createUser(database, grannby.organisation.id, Role.SecurityOfficer, {
      email: taken,
    });

    const fresh = await ekby.admin.post('/api/users', { email: address(), name: 'Ny Person', role: 'staff' });
    const same = await ekby.admin.post('/api/users', { email: taken, name: 'Ny Person', role: 'staff' });
    expect(same.statusCode).toBe(fresh.statusCode);
    expect(same.statusCode).toBe(201);
    expect(shapeOf(same.json())).toEqual(shapeOf(fresh.json()));
    expect(Object.keys(same.headers).sort()).toEqual(Object.keys(fresh.headers).sort());

    // Grannby's account is untouched, and still opens with its own password.
    const theirView = userSchema.parse((await grannby.admin.get(`/api/users/${theirs.id}`)).json());
    expect(theirView).toMatchObject({ email: taken, role: 'security_officer', status: 'active' });
    expect((await logIn({ email: taken, password: testPassword })).statusCode).toBe(200);
  });

  it('made first by another organisation does not block this one', async () => {
    const ekby = await organisationWithAdmin('Ekby kommun 2');
    const grannby = await organisationWithAdmin('Grannby kommun 2');
    const wanted = address();
    expect(
      (await grannby.admin.post('/api/users', { email: wanted, name: 'Först', role: 'staff' })).statusCode,
    ).toBe(201);
    expect(
      (await ekby.admin.post('/api/users', { email: wanted, name: 'Sen', role: 'official' })).statusCode,
    ).toBe(201);
    // Each admin sees their own account of the address, not the other's.
    for (const [admin, name] of [
      [ekby.admin, 'Sen'],
      [grannby.admin, 'Först'],
    ] as const) {
      const users = (await admin.get('/api/users')).json() as { users: { email: string; name: string }[] };
      expect(users.users.filter((user) => user.email === wanted).map((user) => user.name)).toEqual([name]);
    }
  });
});

describe('logging in with an address that has accounts in several organisations', () => {
  it('opens the one account the password belongs to at once', async () => {
    const ekby = await createOrganisation(database, { name: 'Ettby kommun' });
    const grannby = await createOrganisation(database, { name: 'Tvåby kommun' });
    const shared = address();
    await createUser(database, ekby.id, Role.Official, { email: shared });
    const other = await createUser(database, grannby.id, Role.Staff, { email: shared });
    const otherPassword = 'ett helt annat lösenord för tvåby';
    await updateUser(database.db, grannby.id, other.id, { passwordHash: await hashPassword(otherPassword) });

    const client = new TestClient(app);
    const response = await client.post(
      '/api/auth/login',
      { email: shared, password: otherPassword },
      { csrf: false },
    );
    expect(response.statusCode).toBe(200);
    expect(loggedInSchema.parse(response.json())).toEqual({
      mfaRequired: false,
      mfaEnrolmentRequired: false,
    });
    const me = meSchema.parse((await client.get('/api/me')).json());
    expect(me).toMatchObject({
      id: other.id,
      role: 'staff',
      organisation: { id: grannby.id, name: 'Tvåby kommun' },
    });
  });

  it('asks which organisation when the password opens several, then logs in to the one chosen', async () => {
    const ekby = await createOrganisation(database, { name: 'Östby kommun' });
    const grannby = await createOrganisation(database, { name: 'Västby kommun' });
    const elsewhere = await createOrganisation(database, { name: 'Annanby kommun' });
    const shared = address();
    const inEkby = await createUser(database, ekby.id, Role.Official, { email: shared });
    await createUser(database, grannby.id, Role.SecurityOfficer, { email: shared });
    // A deactivated account is not offered.
    await createUser(database, elsewhere.id, Role.Staff, { email: shared, status: 'deactivated' });

    const client = new TestClient(app);
    const first = await client.post(
      '/api/auth/login',
      { email: shared.toUpperCase(), password: testPassword },
      { csrf: false },
    );
    expect(first.statusCode).toBe(200);
    expect(organisationChoiceSchema.parse(first.json())).toEqual({
      organisations: [
        { id: grannby.id, name: 'Västby kommun' },
        { id: ekby.id, name: 'Östby kommun' },
      ],
    });
    // No session yet.
    expect(first.headers['set-cookie']).toBeUndefined();
    expect((await client.get('/api/me')).statusCode).toBe(401);

    const chosen = await client.post(
      '/api/auth/login',
      { email: shared, password: testPassword, organisationId: ekby.id },
      { csrf: false },
    );
    expect(chosen.statusCode).toBe(200);
    expect(loggedInSchema.parse(chosen.json())).toMatchObject({ mfaRequired: false });
    expect(meSchema.parse((await client.get('/api/me')).json())).toMatchObject({
      id: inEkby.id,
      organisation: { id: ekby.id },
    });
  });

  it('answers a wrong password, or an organisation the address has no account in, exactly as an unknown address', async () => {
    const ekby = await createOrganisation(database, { name: 'Felby kommun' });
    const grannby = await createOrganisation(database, { name: 'Rättby kommun' });
    const shared = address();
    await createUser(database, ekby.id, Role.Official, { email: shared });
    await createUser(database, grannby.id, Role.Official, { email: shared });
    const unknown = await logIn({ email: address(), password: testPassword });
    const wrong = await logIn({ email: shared, password: 'inte rätt lösenord alls' });
    const noAccountThere = await logIn({
      email: shared,
      password: testPassword,
      organisationId: (await createOrganisation(database, { name: 'Tomby kommun' })).id,
    });
    const nonexistent = await logIn({ email: shared, password: testPassword, organisationId: randomUUID() });
    for (const response of [wrong, noAccountThere, nonexistent]) {
      expect(response.statusCode).toBe(unknown.statusCode);
      expect(response.json()).toEqual(unknown.json());
    }
    expect(unknown.statusCode).toBe(401);
  });
});
