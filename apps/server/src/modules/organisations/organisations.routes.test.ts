import { describe, expect, it } from 'vitest';
import { roles } from '@varn/domain';
import { mfaEnrolmentSchema, organisationSettingsSchema } from '@varn/contracts';
import {
  buildTestApp,
  createOrganisation,
  createTestDatabase,
  createTotpSecret,
  createUser,
  Role,
  TestClient,
  testClock,
} from '../../../test/helpers';
import { currentTotp } from '../auth/totp';

const database = await createTestDatabase();
const clock = testClock();
const app = await buildTestApp(database, { clock });

const minute = 60_000;

async function loggedIn(email: string): Promise<TestClient> {
  const client = new TestClient(app);
  const response = await client.logIn(email);
  expect(response.statusCode).toBe(200);
  expect(response.json()).toMatchObject({ mfaRequired: false, mfaEnrolmentRequired: false });
  return client;
}

/** An organisation with an admin who is logged in. */
async function organisationWithAdmin(name?: string) {
  const organisation = await createOrganisation(database, name ? { name } : {});
  const adminUser = await createUser(database, organisation.id, Role.Admin);
  return { organisation, adminUser, admin: await loggedIn(adminUser.email) };
}

describe('the organisation', () => {
  it('every role sees its name and how to reach the security unit', async () => {
    const { organisation } = await organisationWithAdmin('Ekby kommun');
    for (const role of roles) {
      const client = await loggedIn((await createUser(database, organisation.id, role)).email);
      const response = await client.get('/api/organisation');
      expect(response.statusCode, role).toBe(200);
      expect(response.json(), role).toEqual({
        id: organisation.id,
        name: 'Ekby kommun',
        municipalityCode: '0180',
        securityUnitPhone: '08-123 456 00',
        securityUnitEmail: 'sakerhet@test.se',
      });
    }
  });
});

describe('settings', () => {
  it('sets the days before a police-report reminder within 7–180', async () => {
    const { admin } = await organisationWithAdmin('Reminderby');
    expect(
      (await admin.patch('/api/organisation/settings', { policeReminderDays: 14 })).json().policeReminderDays,
    ).toBe(14);
    for (const days of [6, 181, 2.5]) {
      const refused = await admin.patch('/api/organisation/settings', { policeReminderDays: days });
      expect(refused.statusCode, String(days)).toBe(400);
      expect(Object.keys(refused.json().error.fields)).toEqual(['policeReminderDays']);
    }
  });

  it('the admin reads the settings and changes them; everyone sees the new contact details', async () => {
    const { organisation, admin } = await organisationWithAdmin('Ekby kommun');
    const before = await admin.get('/api/organisation/settings');
    expect(before.statusCode).toBe(200);
    expect(before.json()).toEqual({
      name: 'Ekby kommun',
      municipalityCode: '0180',
      securityUnitPhone: '08-123 456 00',
      securityUnitEmail: 'sakerhet@test.se',
      mfaRequiredRoles: [],
      idleMinutes: 30,
      absoluteHours: 12,
      policeReminderDays: 30,
      sensitiveTerms: [],
    });

    const response = await admin.patch('/api/organisation/settings', {
      name: 'Ekby stad',
      securityUnitPhone: '+46 8 555 000 00',
      securityUnitEmail: 'trygghet@ekby.se',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      name: 'Ekby stad',
      securityUnitPhone: '+46 8 555 000 00',
      securityUnitEmail: 'trygghet@ekby.se',
      idleMinutes: 30,
    });
    expect((await admin.get('/api/organisation/settings')).json()).toEqual(response.json());
    const staff = await loggedIn((await createUser(database, organisation.id, Role.Staff)).email);
    expect((await staff.get('/api/organisation')).json()).toMatchObject({
      name: 'Ekby stad',
      securityUnitPhone: '+46 8 555 000 00',
      securityUnitEmail: 'trygghet@ekby.se',
    });

    const removed = await admin.patch('/api/organisation/settings', { securityUnitEmail: null });
    expect(removed.statusCode).toBe(200);
    expect((await staff.get('/api/organisation')).json()).toMatchObject({ securityUnitEmail: null });
  });

  it.each([
    ['0180', 200],
    ['01', 200],
    [' 2480 ', 200],
    ['123', 400],
    ['01801', 400],
    ['0000', 400],
    ['abcd', 400],
  ])('municipality code %j answers %i', async (code, status) => {
    const { admin } = await organisationWithAdmin();
    const response = await admin.patch('/api/organisation/settings', { municipalityCode: code });
    expect(response.statusCode).toBe(status);
    if (status === 200) {
      expect(organisationSettingsSchema.parse(response.json()).municipalityCode).toBe(code.trim());
    } else {
      expect(response.json().error).toMatchObject({
        code: 'validation_failed',
        fields: {
          municipalityCode: 'Ange kommunkoden med fyra siffror (eller länskoden med två), till exempel 0180.',
        },
      });
      expect((await admin.get('/api/organisation/settings')).json()).toMatchObject({
        municipalityCode: '0180',
      });
    }
  });

  it.each([
    ['idleMinutes', 4, 'Värdet måste vara minst 5.'],
    ['idleMinutes', 5, null],
    ['idleMinutes', 480, null],
    ['idleMinutes', 481, 'Värdet får vara högst 480.'],
    ['idleMinutes', 30.5, 'Ange ett heltal.'],
    ['absoluteHours', 0, 'Värdet måste vara minst 1.'],
    ['absoluteHours', 1, null],
    ['absoluteHours', 72, null],
    ['absoluteHours', 73, 'Värdet får vara högst 72.'],
  ] as const)('%s = %d is %s', async (field, value, message) => {
    const { admin } = await organisationWithAdmin();
    const response = await admin.patch('/api/organisation/settings', { [field]: value });
    if (message === null) {
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ [field]: value });
    } else {
      expect(response.statusCode).toBe(400);
      expect(response.json().error).toMatchObject({
        code: 'validation_failed',
        fields: { [field]: message },
      });
    }
  });

  it('refuses unknown settings rather than ignoring them', async () => {
    const { admin } = await organisationWithAdmin();
    const response = await admin.patch('/api/organisation/settings', { isDemo: true });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual({ isDemo: 'Fältet är okänt.' });
  });
});

describe('required MFA', () => {
  it('an admin without MFA cannot require MFA of their own role (422 mfa_roles_lock_out)', async () => {
    const { admin } = await organisationWithAdmin();
    const response = await admin.patch('/api/organisation/settings', {
      mfaRequiredRoles: ['security_officer', 'admin'],
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().error).toMatchObject({
      code: 'rule_violation',
      fields: {
        mfaRequiredRoles:
          'Du kan inte kräva tvåstegsverifiering för din egen roll innan du själv har aktiverat den.',
      },
    });
    expect((await admin.get('/api/organisation/settings')).json()).toMatchObject({ mfaRequiredRoles: [] });
  });

  it('an admin with MFA may require it of admins', async () => {
    const organisation = await createOrganisation(database);
    const secret = createTotpSecret();
    const adminUser = await createUser(database, organisation.id, Role.Admin, { mfaSecret: secret });
    const admin = new TestClient(app);
    expect((await admin.logIn(adminUser.email)).json()).toEqual({
      mfaRequired: true,
      mfaEnrolmentRequired: false,
    });
    expect((await admin.post('/api/auth/mfa', { code: currentTotp(secret, clock()) })).statusCode).toBe(200);
    const response = await admin.patch('/api/organisation/settings', {
      mfaRequiredRoles: ['admin', 'security_officer', 'admin'],
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ mfaRequiredRoles: ['admin', 'security_officer'] });
  });

  it('a security officer without MFA may only enrol once the role requires it', async () => {
    const { organisation, admin } = await organisationWithAdmin();
    const officer = await createUser(database, organisation.id, Role.SecurityOfficer);
    const staff = await createUser(database, organisation.id, Role.Staff);
    const required = await admin.patch('/api/organisation/settings', {
      mfaRequiredRoles: ['security_officer'],
    });
    expect(required.statusCode).toBe(200);

    const client = new TestClient(app);
    const login = await client.logIn(officer.email);
    expect(login.statusCode).toBe(200);
    expect(login.json()).toEqual({ mfaRequired: false, mfaEnrolmentRequired: true });

    const parties = await client.get('/api/parties');
    expect(parties.statusCode).toBe(403);
    expect(parties.json().error).toEqual({
      code: 'mfa_enrolment_required',
      message: 'Din roll kräver tvåstegsverifiering. Aktivera den innan du fortsätter.',
    });
    const me = await client.get('/api/me');
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      mfaEnabled: false,
      mfaRequiredByRole: true,
      mfaEnrolmentRequired: true,
    });

    // Enrolling turns the session into a full one.
    const enrolment = await client.post('/api/me/mfa/enrolment');
    expect(enrolment.statusCode).toBe(200);
    const { secret } = mfaEnrolmentSchema.parse(enrolment.json());
    const confirmed = await client.post('/api/me/mfa/enrolment/confirm', {
      code: currentTotp(secret, clock()),
    });
    expect(confirmed.statusCode).toBe(200);
    expect((await client.get('/api/parties')).statusCode).toBe(200);

    // Other roles are not affected.
    expect((await new TestClient(app).logIn(staff.email)).json()).toEqual({
      mfaRequired: false,
      mfaEnrolmentRequired: false,
    });
  });
});

// These tests move the shared clock forward; every session of the earlier tests has ended by then.
describe('session timeouts', () => {
  it('ends a session after the idle timeout; activity within the window keeps it alive', async () => {
    const { organisation, admin } = await organisationWithAdmin();
    expect((await admin.patch('/api/organisation/settings', { idleMinutes: 5 })).statusCode).toBe(200);
    const user = await loggedIn((await createUser(database, organisation.id, Role.Staff)).email);

    clock.advance(4 * minute);
    expect((await user.get('/api/me')).statusCode).toBe(200);
    clock.advance(4 * minute);
    expect((await user.get('/api/me')).statusCode).toBe(200);
    clock.advance(4 * minute);
    expect((await user.get('/api/parties')).statusCode).toBe(200);

    clock.advance(5 * minute);
    const expired = await user.get('/api/me');
    expect(expired.statusCode).toBe(401);
    expect(expired.json().error).toEqual({
      code: 'session_expired',
      message: 'Din inloggning har gått ut. Logga in igen.',
    });
    // The session stays ended: it is not revived by the next request.
    expect((await user.get('/api/me')).statusCode).toBe(401);
    // The admin was idle as long and is logged out too.
    expect((await admin.get('/api/organisation/settings')).statusCode).toBe(401);
  });

  it('ends a session after the absolute timeout, however active it was', async () => {
    const { organisation, admin } = await organisationWithAdmin();
    expect((await admin.patch('/api/organisation/settings', { absoluteHours: 1 })).statusCode).toBe(200);
    const person = await createUser(database, organisation.id, Role.Official);
    const user = await loggedIn(person.email);

    for (let elapsed = 0; elapsed < 55; elapsed += 5) {
      clock.advance(5 * minute);
      expect((await user.get('/api/me')).statusCode, `${elapsed + 5} minutes`).toBe(200);
    }
    clock.advance(4 * minute);
    expect((await user.get('/api/me')).statusCode).toBe(200);
    clock.advance(1 * minute);
    const expired = await user.get('/api/me');
    expect(expired.statusCode).toBe(401);
    expect(expired.json().error.code).toBe('session_expired');

    // Logging in again starts a new session.
    const again = await loggedIn(person.email);
    expect((await again.get('/api/me')).statusCode).toBe(200);
  });

  it('a shorter idle timeout applies at once to sessions that are already open', async () => {
    const { organisation, admin } = await organisationWithAdmin();
    const user = await loggedIn((await createUser(database, organisation.id, Role.Staff)).email);
    clock.advance(3 * minute);
    expect((await admin.patch('/api/organisation/settings', { idleMinutes: 5 })).statusCode).toBe(200);
    clock.advance(6 * minute);
    // Nine minutes idle: fine under the old 30 minutes, too long under the new 5.
    const response = await user.get('/api/me');
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('session_expired');
  });
});
