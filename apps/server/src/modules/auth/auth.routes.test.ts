import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildTestApp,
  createOrganisation,
  createTestDatabase,
  createTotpSecret,
  createUser,
  Role,
  TestClient,
  testClock,
  testConfig,
  testPassword,
} from '../../../test/helpers';
import { currentTotp } from './totp';

const database = await createTestDatabase();
const clock = testClock();
const app = await buildTestApp(database, { clock });

describe('login', () => {
  let organisationId: string;
  let email: string;
  beforeAll(async () => {
    organisationId = (await createOrganisation(database)).id;
    email = (await createUser(database, organisationId, Role.Staff)).email;
  });

  it('sets an HttpOnly, SameSite=Lax session cookie and answers mfaRequired: false', async () => {
    const client = new TestClient(app);
    const response = await client.logIn(email);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ mfaRequired: false, mfaEnrolmentRequired: false });
    const cookie = response.cookies.find((c) => c.name === 'varn_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeFalsy();
    const me = await client.get('/api/me');
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ email, role: 'staff', party: null });
  });

  it('answers 401 with a translated message for a wrong password or an unknown account', async () => {
    const wrong = await new TestClient(app).logIn(email, 'fel lösenord helt enkelt');
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toEqual({ error: { code: 'invalid_credentials', message: 'Fel e-postadress eller lösenord.' } });
    const unknown = await new TestClient(app, 'en').logIn('nobody@test.se', 'whatever whatever');
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json().error.message).toBe('Wrong e-mail address or password.');
  });

  it('rotates the session id at login', async () => {
    const client = new TestClient(app);
    await client.logIn(email);
    const first = client.cookie('varn_session');
    await client.logIn(email);
    const second = client.cookie('varn_session');
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
    const stale = await app.inject({ method: 'GET', url: '/api/me', headers: { cookie: `varn_session=${first}` } });
    expect(stale.statusCode).toBe(401);
  });
});
