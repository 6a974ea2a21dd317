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
    expect(wrong.json()).toEqual({
      error: { code: 'invalid_credentials', message: 'Fel e-postadress eller lösenord.' },
    });
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
    const stale = await app.inject({
      method: 'GET',
      url: '/api/me',
      headers: { cookie: `varn_session=${first}` },
    });
    expect(stale.statusCode).toBe(401);
  });
});

describe('login throttling', () => {
  it('answers 429 with Retry-After after repeated failures, and never locks forever', async () => {
    const organisation = await createOrganisation(database);
    const user = await createUser(database, organisation.id, Role.Official);
    const client = new TestClient(app);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect((await client.logIn(user.email, 'fel fel fel fel')).statusCode).toBe(401);
    }
    // After five failures the account must wait, even with the right password.
    const throttled = await client.logIn(user.email);
    expect(throttled.statusCode).toBe(429);
    expect(throttled.json().error).toEqual({
      code: 'too_many_attempts',
      message: 'För många misslyckade inloggningsförsök. Vänta en stund och försök igen.',
    });
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    clock.advance(Number(throttled.headers['retry-after']) * 1000);
    expect((await client.logIn(user.email)).statusCode).toBe(200);
    // Success resets the account's counter.
    expect((await client.logIn(user.email, 'fel fel fel fel')).statusCode).toBe(401);
    expect((await client.logIn(user.email)).statusCode).toBe(200);
  });
});

describe('two-step verification', () => {
  it('requires a TOTP code after the password, refuses a wrong or replayed code, accepts a recovery code once', async () => {
    const organisation = await createOrganisation(database);
    const secret = createTotpSecret();
    const user = await createUser(database, organisation.id, Role.SecurityOfficer, { mfaSecret: secret });
    const client = new TestClient(app);
    expect((await client.logIn(user.email)).json()).toEqual({
      mfaRequired: true,
      mfaEnrolmentRequired: false,
    });
    const pending = await client.get('/api/me');
    expect(pending.statusCode).toBe(401);
    expect(pending.json().error.code).toBe('mfa_required');
    expect((await client.get('/api/parties')).json().error.code).toBe('mfa_required');

    const wrong = await client.post('/api/auth/mfa', { code: '000000' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe('invalid_mfa_code');

    const beforeCode = client.cookie('varn_session');
    const code = currentTotp(secret, clock());
    expect((await client.post('/api/auth/mfa', { code })).statusCode).toBe(200);
    expect(client.cookie('varn_session')).not.toBe(beforeCode);
    expect((await client.get('/api/me')).json()).toMatchObject({ email: user.email, mfaEnabled: true });

    // The same code cannot be used again in another login (replay).
    const replay = new TestClient(app);
    await replay.logIn(user.email);
    expect((await replay.post('/api/auth/mfa', { code })).json().error.code).toBe('invalid_mfa_code');
  });

  it('enrols with a QR code, issues ten recovery codes that each work once, and can be turned off', async () => {
    const organisation = await createOrganisation(database);
    const user = await createUser(database, organisation.id, Role.Official);
    const client = new TestClient(app);
    await client.logIn(user.email);
    const enrolment = await client.post('/api/me/mfa/enrolment');
    expect(enrolment.statusCode).toBe(200);
    const { secret, otpauthUri, qrCodeSvg } = enrolment.json() as {
      secret: string;
      otpauthUri: string;
      qrCodeSvg: string;
    };
    expect(otpauthUri).toMatch(/^otpauth:\/\/totp\//u);
    expect(otpauthUri).toContain(`secret=${secret}`);
    expect(qrCodeSvg).toMatch(/^<svg/u);
    expect((await client.post('/api/me/mfa/enrolment/confirm', { code: '123456' })).statusCode).toBe(401);
    const confirmed = await client.post('/api/me/mfa/enrolment/confirm', {
      code: currentTotp(secret, clock()),
    });
    expect(confirmed.statusCode).toBe(200);
    const { recoveryCodes } = confirmed.json() as { recoveryCodes: string[] };
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);

    const other = new TestClient(app);
    expect((await other.logIn(user.email)).json().mfaRequired).toBe(true);
    // Recovery codes are accepted regardless of case and separators, once.
    const recovery = recoveryCodes[0] ?? '';
    expect(
      (await other.post('/api/auth/mfa', { code: recovery.toUpperCase().replace('-', ' ') })).statusCode,
    ).toBe(200);
    const again = new TestClient(app);
    await again.logIn(user.email);
    expect((await again.post('/api/auth/mfa', { code: recovery })).json().error.code).toBe(
      'invalid_mfa_code',
    );

    expect((await client.post('/api/me/mfa/disable', { password: 'fel lösenord igen' })).statusCode).toBe(
      422,
    );
    expect((await client.post('/api/me/mfa/disable', { password: testPassword })).statusCode).toBe(200);
    expect((await new TestClient(app).logIn(user.email)).json().mfaRequired).toBe(false);
  });

  it('makes a user whose role requires MFA enrol before anything else', async () => {
    const organisation = await createOrganisation(database, { mfaRequiredRoles: [Role.Admin] });
    const user = await createUser(database, organisation.id, Role.Admin);
    const client = new TestClient(app);
    expect((await client.logIn(user.email)).json()).toEqual({
      mfaRequired: false,
      mfaEnrolmentRequired: true,
    });
    expect((await client.get('/api/me')).json()).toMatchObject({
      mfaEnrolmentRequired: true,
      mfaRequiredByRole: true,
    });
    const blocked = await client.get('/api/users');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('mfa_enrolment_required');
    const { secret } = (await client.post('/api/me/mfa/enrolment')).json() as { secret: string };
    expect(
      (await client.post('/api/me/mfa/enrolment/confirm', { code: currentTotp(secret, clock()) })).statusCode,
    ).toBe(200);
    expect((await client.get('/api/users')).statusCode).toBe(200);
    // A role that requires MFA cannot turn it off.
    expect((await client.post('/api/me/mfa/disable', { password: testPassword })).json().error.code).toBe(
      'mfa_required_by_role',
    );
  });
});

describe('sessions', () => {
  it('ends at the idle timeout and at the absolute timeout', async () => {
    const organisation = await createOrganisation(database, { idleMinutes: 10, absoluteHours: 1 });
    const user = await createUser(database, organisation.id, Role.Staff);
    const client = new TestClient(app);
    await client.logIn(user.email);
    clock.advance(9 * 60_000);
    expect((await client.get('/api/me')).statusCode).toBe(200);
    clock.advance(9 * 60_000);
    expect((await client.get('/api/me')).statusCode).toBe(200);
    clock.advance(10 * 60_000);
    const idle = await client.get('/api/me');
    expect(idle.statusCode).toBe(401);
    expect(idle.json().error.code).toBe('session_expired');

    await client.logIn(user.email);
    for (let step = 0; step < 6; step += 1) {
      clock.advance(9 * 60_000);
      expect((await client.get('/api/me')).statusCode).toBe(200);
    }
    clock.advance(9 * 60_000);
    expect((await client.get('/api/me')).json().error.code).toBe('session_expired');
  });

  it('lists own sessions, logs out others, and logs out', async () => {
    const organisation = await createOrganisation(database);
    const user = await createUser(database, organisation.id, Role.Secretary);
    const first = new TestClient(app);
    const second = new TestClient(app);
    await first.logIn(user.email);
    await second.logIn(user.email);
    const list = (await first.get('/api/me/sessions')).json() as {
      sessions: { id: string; current: boolean }[];
    };
    expect(list.sessions).toHaveLength(2);
    expect(list.sessions.filter((session) => session.current)).toHaveLength(1);
    expect((await first.post('/api/me/sessions/revoke-others')).statusCode).toBe(200);
    expect((await second.get('/api/me')).statusCode).toBe(401);
    expect((await first.get('/api/me')).statusCode).toBe(200);
    expect((await first.post('/api/auth/logout')).statusCode).toBe(200);
    expect(first.cookie('varn_session')).toBeUndefined();
    expect((await first.get('/api/me')).statusCode).toBe(401);
  });

  it('changes the password with the current one and logs out the other sessions', async () => {
    const organisation = await createOrganisation(database);
    const user = await createUser(database, organisation.id, Role.Viewer, { name: 'Lena Ledning' });
    const client = new TestClient(app, 'en');
    const other = new TestClient(app);
    await client.logIn(user.email);
    await other.logIn(user.email);
    // The user's own language decides the language of messages once logged in.
    expect((await client.patch('/api/me', { language: 'en' })).json().language).toBe('en');
    const wrong = await client.post('/api/me/password', {
      currentPassword: 'wrong password',
      newPassword: 'ett nytt långt lösenord',
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().error.fields).toEqual({ currentPassword: 'The password is not right.' });
    const weak = await client.post('/api/me/password', {
      currentPassword: testPassword,
      newPassword: 'kort',
    });
    expect(weak.json().error.fields).toEqual({
      newPassword: 'The password must have at least 12 characters.',
    });
    const named = await client.post('/api/me/password', {
      currentPassword: testPassword,
      newPassword: 'lena ledning är bäst 2026',
    });
    expect(named.json().error.fields.newPassword).toBe(
      'The password must not contain your name or e-mail address.',
    );
    expect(
      (
        await client.post('/api/me/password', {
          currentPassword: testPassword,
          newPassword: 'ett nytt långt lösenord',
        })
      ).statusCode,
    ).toBe(200);
    expect((await other.get('/api/me')).statusCode).toBe(401);
    expect((await client.get('/api/me')).statusCode).toBe(200);
    expect((await new TestClient(app).logIn(user.email, 'ett nytt långt lösenord')).statusCode).toBe(200);
  });

  it('refuses a deactivated account', async () => {
    const organisation = await createOrganisation(database);
    const user = await createUser(database, organisation.id, Role.Staff, { status: 'deactivated' });
    const response = await new TestClient(app).logIn(user.email);
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('account_inactive');
  });
});

describe('cookies behind TLS', () => {
  it('marks the session cookie Secure and uses __Host- names when VARN_PUBLIC_URL is https', async () => {
    const secureApp = await buildTestApp(database, {
      clock,
      config: testConfig({ VARN_PUBLIC_URL: 'https://varn.kommun.se' }),
    });
    const organisation = await createOrganisation(database);
    const user = await createUser(database, organisation.id, Role.Staff);
    const response = await secureApp.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json', origin: 'https://varn.kommun.se' },
      payload: JSON.stringify({ email: user.email, password: testPassword }),
    });
    expect(response.statusCode).toBe(200);
    expect(response.cookies.find((c) => c.name === '__Host-varn_session')).toMatchObject({
      secure: true,
      httpOnly: true,
      sameSite: 'Lax',
    });
    expect(response.headers['strict-transport-security']).toContain('max-age=31536000');
  });
});

describe('MFA required after login', () => {
  it('restricts an open session to enrolment when the role becomes subject to MFA', async () => {
    const organisation = await createOrganisation(database);
    const secret = createTotpSecret();
    const admin = await createUser(database, organisation.id, Role.Admin, { mfaSecret: secret });
    const officer = await createUser(database, organisation.id, Role.SecurityOfficer);
    const officerClient = new TestClient(app);
    const login = await officerClient.logIn(officer.email);
    expect(login.json()).toEqual({ mfaRequired: false, mfaEnrolmentRequired: false });
    expect((await officerClient.get('/api/parties')).statusCode).toBe(200);

    const adminClient = new TestClient(app);
    await adminClient.logIn(admin.email);
    clock.advance(60_000);
    await adminClient.post('/api/auth/mfa', { code: currentTotp(secret, clock()) });
    const changed = await adminClient.patch('/api/organisation/settings', {
      mfaRequiredRoles: ['security_officer'],
    });
    expect(changed.statusCode).toBe(200);

    const blocked = await officerClient.get('/api/parties');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('mfa_enrolment_required');
    expect((await officerClient.get('/api/me')).json().mfaEnrolmentRequired).toBe(true);
  });
});
