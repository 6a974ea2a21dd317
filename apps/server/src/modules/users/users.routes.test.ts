import { randomUUID } from 'node:crypto';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, describe, expect, it } from 'vitest';
import { outboxSchema, userListSchema, userSchema, type OutboxMail, type User } from '@varn/contracts';
import {
  appointContact,
  buildTestApp,
  createOrganisation,
  createParty,
  createTestDatabase,
  createTotpSecret,
  createUser,
  raceBeforeCommit,
  Role,
  silentLog,
  TestClient,
  testClock,
  testConfig,
  urlOf,
} from '../../../test/helpers';
import { currentTotp } from '../auth/totp';
import { startEventListener } from '../../events';
import { startMailDispatcher } from '../mail';

const database = await createTestDatabase();
const clock = testClock();
const app = await buildTestApp(database, { clock });
/** An app with its own clock, moved days ahead to let invitations expire. */
const expiryClock = testClock();
const expiryApp = await buildTestApp(database, { clock: expiryClock });

// — A real SMTP server on localhost —

interface ReceivedMail {
  readonly envelopeTo: readonly string[];
  readonly mail: ParsedMail;
}

function addressText(address: ParsedMail['to']): string {
  if (address === undefined) return '';
  return [address]
    .flat()
    .map((entry) => entry.text)
    .join(', ');
}

async function startSmtpServer(): Promise<{ url: string; received: ReceivedMail[] }> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (mail) => {
          received.push({ envelopeTo: session.envelope.rcptTo.map((recipient) => recipient.address), mail });
          callback();
        },
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.server.address();
  if (address === null || typeof address === 'string') throw new Error('SMTP server has no port');
  afterAll(async () => await new Promise<void>((resolve) => server.close(() => resolve())));
  return { url: `smtp://127.0.0.1:${address.port}`, received };
}

const smtp = await startSmtpServer();
const mailFrom = 'Värn Ekby <varn@ekby.se>';
/** The same application with SMTP configured: invitations are queued as pending for the dispatcher. */
const smtpApp = await buildTestApp(database, {
  clock,
  config: testConfig({ SMTP_URL: smtp.url, MAIL_FROM: mailFrom }),
});

const day = 86_400_000;
const invitationLink = /http:\/\/localhost:3000\/invitation#([\w-]+)/u;
const goodPassword = 'fyra hästar galopperar förbi skogsbrynet';

/** An admin's outbox, parsed with the shared contract. */
async function readOutbox(admin: TestClient): Promise<OutboxMail[]> {
  const response = await admin.get('/api/outbox');
  expect(response.statusCode).toBe(200);
  return outboxSchema.parse(response.json()).mails;
}

/** The tokens of every invitation mail to `email` in the admin's outbox. */
async function invitationTokens(admin: TestClient, email: string): Promise<string[]> {
  return (await readOutbox(admin))
    .filter((mail) => mail.to === email)
    .map((mail) => mail.bodyText.match(invitationLink)?.[1])
    .filter((token) => token !== undefined);
}

/** The token of the only invitation mail to `email`. */
async function invitationToken(admin: TestClient, email: string): Promise<string> {
  const tokens = await invitationTokens(admin, email);
  if (tokens.length !== 1 || !tokens[0])
    throw new Error(`expected one invitation mail to ${email}, found ${tokens.length}`);
  return tokens[0];
}

/** The token of the one invitation mail to `email` that is not `earlier`. */
async function newerInvitationToken(admin: TestClient, email: string, earlier: string): Promise<string> {
  const tokens = await invitationTokens(admin, email);
  expect(tokens).toHaveLength(2);
  const newer = tokens.find((token) => token !== earlier);
  if (!newer) throw new Error(`no new invitation mail to ${email}`);
  return newer;
}

/** Invites a person as `admin`; returns the new account. */
async function invite(admin: TestClient, body: Record<string, unknown>): Promise<User> {
  const response = await admin.post('/api/users', body);
  expect(response.statusCode).toBe(201);
  return userSchema.parse(response.json());
}

async function readUser(admin: TestClient, userId: string): Promise<User> {
  const response = await admin.get(`/api/users/${userId}`);
  expect(response.statusCode).toBe(200);
  return userSchema.parse(response.json());
}

const uniqueEmail = (prefix: string): string => `${prefix}.${randomUUID().slice(0, 8)}@test.se`;

async function loggedIn(email: string, password?: string): Promise<TestClient> {
  const client = new TestClient(app);
  const response = await client.logIn(email, password);
  expect(response.statusCode).toBe(200);
  return client;
}

const organisation = await createOrganisation(database, { name: 'Ekby kommun' });
const socialDemocrats = await createParty(database, organisation.id, 'S', 'Socialdemokraterna');
const moderates = await createParty(database, organisation.id, 'M', 'Moderaterna');
const otherOrganisation = await createOrganisation(database, { name: 'Grannby kommun' });
const partyOfOtherOrganisation = await createParty(database, otherOrganisation.id, 'C', 'Centerpartiet');
const adminUser = await createUser(database, organisation.id, Role.Admin, { name: 'Alva Admin' });
const admin = await loggedIn(adminUser.email);

describe('inviting a person', () => {
  it('requires a party of a party security contact, but not of an elected official', async () => {
    const contact = await admin.post('/api/users', {
      email: uniqueEmail('kontakt'),
      name: 'Kim Kontakt',
      role: 'party_contact',
    });
    expect(contact.statusCode).toBe(422);
    expect(contact.json().error.fields).toEqual({
      partyId: 'En säkerhetsansvarig måste tillhöra ett parti.',
    });
    const independent = await admin.post('/api/users', {
      email: uniqueEmail('vilde'),
      name: 'Vera Vilde',
      role: 'official',
    });
    expect(independent.statusCode).toBe(201);
    expect(independent.json().partyId).toBeNull();
  });

  it('creates an invited account and holds the invitation mail with a one-time link when no SMTP is configured', async () => {
    const email = uniqueEmail('astrid');
    const user = await invite(admin, {
      email,
      name: 'Astrid Ek',
      role: 'official',
      partyId: socialDemocrats.id,
    });
    expect(user).toMatchObject({
      email,
      name: 'Astrid Ek',
      role: 'official',
      status: 'invited',
      partyId: socialDemocrats.id,
      language: 'sv',
      mfaEnabled: false,
      lastLoginAt: null,
      invitationExpiresAt: new Date(clock().getTime() + 7 * day).toISOString(),
    });

    const outbox = outboxSchema.parse((await admin.get('/api/outbox')).json());
    expect(outbox.smtpConfigured).toBe(false);
    const mail = outbox.mails.find((candidate) => candidate.to === email);
    expect(mail).toMatchObject({
      status: 'held',
      attempts: 0,
      sentAt: null,
      subject: 'Inbjudan till Värn – Ekby kommun',
    });
    expect(mail?.bodyText).toMatch(invitationLink);
    expect(mail?.bodyText).toContain('Hej Astrid Ek!');

    const lookup = await new TestClient(app).post('/api/invitations/lookup', {
      token: await invitationToken(admin, email),
    });
    expect(lookup.statusCode).toBe(200);
    expect(lookup.json()).toEqual({
      email,
      name: 'Astrid Ek',
      organisationName: 'Ekby kommun',
      expiresAt: new Date(clock().getTime() + 7 * day).toISOString(),
    });
  });

  it('refuses an e-mail address that an account of the organisation already uses, whatever its case (409 email_taken)', async () => {
    const email = uniqueEmail('taken');
    await invite(admin, { email, name: 'Första Person', role: 'staff' });
    for (const candidate of [email, email.toUpperCase()]) {
      const response = await admin.post('/api/users', {
        email: candidate,
        name: 'Andra Person',
        role: 'staff',
      });
      expect(response.statusCode).toBe(409);
      expect(response.json()).toEqual({
        error: {
          code: 'email_taken',
          message: 'Det finns redan ett konto med den e-postadressen i organisationen.',
          fields: { email: 'Det finns redan ett konto med den e-postadressen i organisationen.' },
        },
      });
    }
    // An account of another organisation is none of this admin's business (ADR 013): the
    // address gets an account of its own here (accounts-across-organisations.test.ts).
    const elsewhere = await createUser(database, otherOrganisation.id, Role.Staff);
    const response = await admin.post('/api/users', {
      email: elsewhere.email,
      name: 'Tredje Person',
      role: 'staff',
    });
    expect(response.statusCode).toBe(201);
  });

  // The check-then-insert in createInvitedUser races; the loser hits the unique index
  // users_organisation_email_unique, which answers 409 like the check.
  it('answers 409, not 500, when the same address is invited twice at the same moment', async () => {
    const email = uniqueEmail('twice');
    const body = { email, name: 'Samtidig Person', role: 'staff' };
    await admin.post('/api/users', { email: uniqueEmail('warm'), name: 'Förvärmd Token', role: 'staff' });
    const responses = await raceBeforeCommit(database, organisation.id, 2, () =>
      Promise.all([admin.post('/api/users', body), admin.post('/api/users', body)]),
    );
    expect(responses.map((response) => response.statusCode).sort()).toEqual([201, 409]);
  });

  it('links only party contacts and officials to a party, and only to a party of the organisation', async () => {
    for (const role of ['admin', 'security_officer', 'staff', 'secretary', 'viewer']) {
      const response = await admin.post('/api/users', {
        email: uniqueEmail(role),
        name: 'Utan Parti',
        role,
        partyId: socialDemocrats.id,
      });
      expect(response.statusCode, role).toBe(422);
      expect(response.json().error).toMatchObject({
        code: 'rule_violation',
        fields: { partyId: 'Endast säkerhetsansvariga och förtroendevalda kan kopplas till ett parti.' },
      });
    }
    const foreign = await admin.post('/api/users', {
      email: uniqueEmail('foreign'),
      name: 'Fel Kommun',
      role: 'official',
      partyId: partyOfOtherOrganisation.id,
    });
    expect(foreign.statusCode).toBe(422);
    expect(foreign.json().error.fields).toEqual({ partyId: 'Partiet finns inte.' });

    const contact = await invite(admin, {
      email: uniqueEmail('contact'),
      name: 'Kim Kontakt',
      role: 'party_contact',
      partyId: moderates.id,
    });
    expect(contact.partyId).toBe(moderates.id);
    const staff = await invite(admin, { email: uniqueEmail('staff'), name: 'Sam Stab', role: 'staff' });
    const patched = await admin.patch(`/api/users/${staff.id}`, { partyId: moderates.id });
    expect(patched.statusCode).toBe(422);
    expect(patched.json().error.fields).toEqual({
      partyId: 'Endast säkerhetsansvariga och förtroendevalda kan kopplas till ett parti.',
    });
    expect((await readUser(admin, staff.id)).partyId).toBeNull();
  });
});

describe('accepting an invitation', () => {
  it('applies the password rules, activates the account and lets the person log in with the new password', async () => {
    const email = uniqueEmail('signe');
    const user = await invite(admin, { email, name: 'Signe Lindgren', role: 'staff' });
    const token = await invitationToken(admin, email);
    const visitor = new TestClient(app);

    const tooShort = await visitor.post('/api/invitations/accept', { token, password: 'kort lösen' });
    expect(tooShort.statusCode).toBe(422);
    expect(tooShort.json().error.fields).toEqual({ password: 'Lösenordet måste ha minst 12 tecken.' });

    const withName = await visitor.post('/api/invitations/accept', {
      token,
      password: 'lindgren skriver de bästa böckerna',
    });
    expect(withName.statusCode).toBe(422);
    expect(withName.json().error.fields).toEqual({
      password: 'Lösenordet får inte innehålla ditt namn eller din e-postadress.',
    });
    // A refused password does not use up the link.
    expect((await readUser(admin, user.id)).status).toBe('invited');

    const accepted = await visitor.post('/api/invitations/accept', { token, password: goodPassword });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toEqual({ ok: true });

    const member = new TestClient(app);
    const login = await member.logIn(email, goodPassword);
    expect(login.statusCode).toBe(200);
    expect(login.json()).toEqual({ mfaRequired: false, mfaEnrolmentRequired: false });
    expect((await member.get('/api/me')).json()).toMatchObject({ id: user.id, email, role: 'staff' });
    expect(await readUser(admin, user.id)).toMatchObject({
      status: 'active',
      invitationExpiresAt: null,
      lastLoginAt: clock().toISOString(),
    });
  });

  it('works once: a second acceptance or lookup answers 410', async () => {
    const email = uniqueEmail('once');
    await invite(admin, { email, name: 'Otto Engång', role: 'staff' });
    const token = await invitationToken(admin, email);
    const visitor = new TestClient(app);
    expect(
      (await visitor.post('/api/invitations/accept', { token, password: goodPassword })).statusCode,
    ).toBe(200);

    const again = await visitor.post('/api/invitations/accept', {
      token,
      password: 'ett annat långt lösenord här',
    });
    expect(again.statusCode).toBe(410);
    expect(again.json().error).toEqual({
      code: 'invitation_invalid',
      message: 'Inbjudan är ogiltig, redan använd eller har gått ut. Be administratören om en ny.',
    });
    expect((await visitor.post('/api/invitations/lookup', { token })).statusCode).toBe(410);
    // The first password still holds; the second attempt changed nothing.
    expect((await new TestClient(app).logIn(email, 'ett annat långt lösenord här')).statusCode).toBe(401);
    expect((await new TestClient(app).logIn(email, goodPassword)).statusCode).toBe(200);
  });

  it('expires after seven days', async () => {
    const expiryAdmin = new TestClient(expiryApp);
    expect((await expiryAdmin.logIn(adminUser.email)).statusCode).toBe(200);
    const email = uniqueEmail('late');
    const user = await invite(expiryAdmin, { email, name: 'Lena Sen', role: 'staff' });
    const token = await invitationToken(expiryAdmin, email);
    const visitor = new TestClient(expiryApp);

    expiryClock.advance(7 * day - 60_000);
    expect((await visitor.post('/api/invitations/lookup', { token })).statusCode).toBe(200);

    expiryClock.advance(day + 60_000);
    const lookup = await visitor.post('/api/invitations/lookup', { token });
    expect(lookup.statusCode).toBe(410);
    expect(lookup.json().error.code).toBe('invitation_invalid');
    const accept = await visitor.post('/api/invitations/accept', { token, password: goodPassword });
    expect(accept.statusCode).toBe(410);
    expect((await readUser(admin, user.id)).status).toBe('invited');
  });

  it('a resent invitation revokes the earlier link', async () => {
    const email = uniqueEmail('resend');
    const user = await invite(admin, { email, name: 'Rut Igen', role: 'staff' });
    const first = await invitationToken(admin, email);

    const resent = await admin.post(`/api/users/${user.id}/invitation`);
    expect(resent.statusCode).toBe(200);
    expect(userSchema.parse(resent.json()).status).toBe('invited');
    const second = await newerInvitationToken(admin, email, first);

    const visitor = new TestClient(app);
    expect((await visitor.post('/api/invitations/lookup', { token: first })).statusCode).toBe(410);
    expect(
      (await visitor.post('/api/invitations/accept', { token: first, password: goodPassword })).statusCode,
    ).toBe(410);
    expect(
      (await visitor.post('/api/invitations/accept', { token: second, password: goodPassword })).statusCode,
    ).toBe(200);
    // Nothing to resend once the person has an account.
    expect((await admin.post(`/api/users/${user.id}/invitation`)).statusCode).toBe(409);
  });
});

describe('the invitation over SMTP', () => {
  it('arrives at a real SMTP server with the recipient, a Swedish subject and the link', async () => {
    const smtpAdmin = new TestClient(smtpApp);
    expect((await smtpAdmin.logIn(adminUser.email)).statusCode).toBe(200);
    const dispatcher = startMailDispatcher({
      db: database.db,
      smtpUrl: smtp.url,
      from: mailFrom,
      clock,
      log: silentLog,
    });
    try {
      const email = uniqueEmail('smtp');
      await invite(smtpAdmin, { email, name: 'Åsa Öberg', role: 'staff' });
      const queued = outboxSchema.parse((await smtpAdmin.get('/api/outbox')).json());
      expect(queued.smtpConfigured).toBe(true);
      expect(queued.mails.find((mail) => mail.to === email)?.status).toBe('pending');

      await dispatcher.drain();

      const arrived = smtp.received.filter((mail) => mail.envelopeTo.includes(email));
      expect(arrived).toHaveLength(1);
      const mail = arrived[0]?.mail;
      expect(mail?.subject).toBe('Inbjudan till Värn – Ekby kommun');
      expect(addressText(mail?.to)).toContain(email);
      expect(mail?.from?.text).toContain('varn@ekby.se');
      expect(mail?.text).toContain('Hej Åsa Öberg!');
      const token = mail?.text?.match(invitationLink)?.[1];
      expect(token).toBeDefined();
      expect((await new TestClient(smtpApp).post('/api/invitations/lookup', { token })).json()).toMatchObject(
        {
          email,
          name: 'Åsa Öberg',
        },
      );
      const sent = (await readOutbox(smtpAdmin)).find((candidate) => candidate.to === email);
      expect(sent).toMatchObject({
        status: 'sent',
        attempts: 1,
        lastError: null,
        sentAt: clock().toISOString(),
      });
    } finally {
      await dispatcher.stop();
    }
  });

  it('is sent as soon as the invitation is committed: the commit wakes the dispatcher of an instance', async () => {
    const smtpAdmin = new TestClient(smtpApp);
    expect((await smtpAdmin.logIn(adminUser.email)).statusCode).toBe(200);
    // As in server.ts: the dispatcher looks for mail when a `mail.queued` event arrives. Its own
    // look-around every hour cannot be what sends the mail within this test.
    const dispatcher = startMailDispatcher({
      db: database.db,
      smtpUrl: smtp.url,
      from: mailFrom,
      clock,
      log: silentLog,
      pollIntervalMs: 3_600_000,
    });
    await dispatcher.drain();
    const events = await startEventListener(urlOf(database), silentLog);
    events.subscribe('mail.queued', () => dispatcher.kick());
    try {
      const email = uniqueEmail('event');
      await invite(smtpAdmin, { email, name: 'Eva Händelse', role: 'staff' });
      const deadline = Date.now() + 10_000;
      while (!smtp.received.some((mail) => mail.envelopeTo.includes(email)) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(smtp.received.filter((mail) => mail.envelopeTo.includes(email))).toHaveLength(1);
    } finally {
      await events.stop();
      await dispatcher.stop();
    }
  });
});

describe('changing role and party', () => {
  it('drops the party when a party member becomes staff, and ends their sessions', async () => {
    const member = await createUser(database, organisation.id, Role.Official, {
      partyId: socialDemocrats.id,
    });
    const memberClient = await loggedIn(member.email);
    const response = await admin.patch(`/api/users/${member.id}`, { role: 'staff' });
    expect(response.statusCode).toBe(200);
    expect(userSchema.parse(response.json())).toMatchObject({ role: 'staff', partyId: null });
    expect((await readUser(admin, member.id)).partyId).toBeNull();
    // A new role means new rights: the old session must not keep the old ones.
    expect((await memberClient.get('/api/me')).statusCode).toBe(401);
    const again = await loggedIn(member.email);
    expect((await again.get('/api/me')).json()).toMatchObject({ role: 'staff', party: null });
  });

  it("keeps a party's security contact or deputy in a role and party that fit the appointment", async () => {
    const contact = await createUser(database, organisation.id, Role.PartyContact, {
      partyId: socialDemocrats.id,
    });
    const deputy = await createUser(database, organisation.id, Role.Official, {
      partyId: socialDemocrats.id,
    });
    await appointContact(database, organisation.id, socialDemocrats.id, contact.id);
    expect(
      (await admin.patch(`/api/parties/${socialDemocrats.id}`, { deputyContactUserId: deputy.id }))
        .statusCode,
    ).toBe(200);
    const message =
      'Personen är säkerhetsansvarig eller ersättare för sitt parti. Utse någon annan under Partier först.';

    for (const [userId, body, field] of [
      [contact.id, { role: 'staff' }, 'role'],
      [contact.id, { role: 'security_officer' }, 'role'],
      [contact.id, { partyId: moderates.id }, 'partyId'],
      [contact.id, { partyId: null }, 'partyId'],
      [deputy.id, { role: 'viewer' }, 'role'],
      [deputy.id, { partyId: moderates.id }, 'partyId'],
    ] as const) {
      const response = await admin.patch(`/api/users/${userId}`, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(422);
      expect(response.json().error).toMatchObject({ code: 'rule_violation', fields: { [field]: message } });
    }
    expect(await readUser(admin, contact.id)).toMatchObject({
      role: 'party_contact',
      partyId: socialDemocrats.id,
    });
    expect(await readUser(admin, deputy.id)).toMatchObject({ role: 'official', partyId: socialDemocrats.id });

    // Between the two roles that may hold the appointment, the change is allowed.
    const toOfficial = await admin.patch(`/api/users/${contact.id}`, { role: 'official' });
    expect(toOfficial.statusCode).toBe(200);
    const parties = (await admin.get('/api/parties')).json() as {
      parties: { id: string; securityContact?: { userId: string } | null }[];
    };
    expect(parties.parties.find((party) => party.id === socialDemocrats.id)?.securityContact?.userId).toBe(
      contact.id,
    );
  });
});

describe('the last admin and deactivation', () => {
  it('does not let the only active admin give up the admin role', async () => {
    const lonely = await createOrganisation(database);
    const onlyAdmin = await createUser(database, lonely.id, Role.Admin);
    // An invited or deactivated admin does not count.
    await createUser(database, lonely.id, Role.Admin, { status: 'invited' });
    await createUser(database, lonely.id, Role.Admin, { status: 'deactivated' });
    const client = await loggedIn(onlyAdmin.email);
    const response = await client.patch(`/api/users/${onlyAdmin.id}`, { role: 'security_officer' });
    expect(response.statusCode).toBe(422);
    expect(response.json().error).toMatchObject({
      code: 'rule_violation',
      fields: { role: 'Organisationen måste ha minst en aktiv systemadministratör.' },
    });
    expect((await client.get(`/api/users/${onlyAdmin.id}`)).json()).toMatchObject({ role: 'admin' });
  });

  it('does not let an admin deactivate themselves (403)', async () => {
    const response = await admin.post(`/api/users/${adminUser.id}/deactivate`);
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('forbidden');
    expect((await admin.get('/api/me')).statusCode).toBe(200);
  });

  it('an admin may hand over: with a second active admin the first may step down', async () => {
    const handover = await createOrganisation(database);
    const first = await createUser(database, handover.id, Role.Admin);
    const second = await createUser(database, handover.id, Role.Admin);
    const firstClient = await loggedIn(first.email);
    const response = await firstClient.patch(`/api/users/${first.id}`, { role: 'security_officer' });
    expect(response.statusCode).toBe(200);
    const secondClient = await loggedIn(second.email);
    const demoteLast = await secondClient.patch(`/api/users/${second.id}`, { role: 'viewer' });
    expect(demoteLast.statusCode).toBe(422);
    expect(demoteLast.json().error.fields).toEqual({
      role: 'Organisationen måste ha minst en aktiv systemadministratör.',
    });
  });

  // Known bug: each transaction sees the other admin still active (no lock on the organisation's
  // admins), so both deactivations succeed and nobody can administer the organisation any more.
  // Remove `.fails` when fixed.
  it('two admins deactivating each other at the same moment still leave one active admin', async () => {
    const pair = await createOrganisation(database);
    const first = await createUser(database, pair.id, Role.Admin);
    const second = await createUser(database, pair.id, Role.Admin);
    const [firstClient, secondClient] = await Promise.all([loggedIn(first.email), loggedIn(second.email)]);
    // Fetch the CSRF tokens first so that the two requests really run side by side.
    await Promise.all([
      firstClient.patch('/api/me', { language: 'sv' }),
      secondClient.patch('/api/me', { language: 'sv' }),
    ]);
    const responses = await raceBeforeCommit(database, pair.id, 2, () =>
      Promise.all([
        firstClient.post(`/api/users/${second.id}/deactivate`),
        secondClient.post(`/api/users/${first.id}/deactivate`),
      ]),
    );
    const statuses = responses.map((response) => response.statusCode);
    const { rows } = await database.pool.query<{ count: number }>(
      `select count(*)::int as count from users where organisation_id = $1 and role = 'admin' and status = 'active'`,
      [pair.id],
    );
    const activeAdmins = rows[0]?.count;
    expect({ statuses: statuses.sort(), activeAdmins }).toEqual({ statuses: [200, 422], activeAdmins: 1 });
  });

  it('deactivation ends the sessions and blocks login; reactivation lets the person back in', async () => {
    const person = await createUser(database, organisation.id, Role.Staff);
    const personClient = await loggedIn(person.email);
    const second = await loggedIn(person.email);

    const response = await admin.post(`/api/users/${person.id}/deactivate`);
    expect(response.statusCode).toBe(200);
    expect(userSchema.parse(response.json()).status).toBe('deactivated');
    for (const client of [personClient, second]) {
      const me = await client.get('/api/me');
      expect(me.statusCode).toBe(401);
    }
    const login = await new TestClient(app).logIn(person.email);
    expect(login.statusCode).toBe(403);
    expect(login.json().error).toEqual({
      code: 'account_inactive',
      message: 'Kontot är inte aktivt. Kontakta systemadministratören.',
    });

    const reactivated = await admin.post(`/api/users/${person.id}/reactivate`);
    expect(reactivated.statusCode).toBe(200);
    expect(userSchema.parse(reactivated.json()).status).toBe('active');
    const back = await loggedIn(person.email);
    expect((await back.get('/api/me')).statusCode).toBe(200);
  });

  it('reactivating someone who never accepted their invitation sends a new link', async () => {
    const email = uniqueEmail('dormant');
    const user = await invite(admin, { email, name: 'Dora Vilande', role: 'staff' });
    const first = await invitationToken(admin, email);
    expect((await admin.post(`/api/users/${user.id}/deactivate`)).statusCode).toBe(200);
    const visitor = new TestClient(app);
    expect((await visitor.post('/api/invitations/lookup', { token: first })).statusCode).toBe(410);

    const reactivated = await admin.post(`/api/users/${user.id}/reactivate`);
    expect(userSchema.parse(reactivated.json()).status).toBe('invited');
    const second = await newerInvitationToken(admin, email, first);
    expect(
      (await visitor.post('/api/invitations/accept', { token: second, password: goodPassword })).statusCode,
    ).toBe(200);
  });
});

describe('MFA reset', () => {
  it('turns MFA off for a person who lost their phone and ends their sessions', async () => {
    const secret = createTotpSecret();
    const person = await createUser(database, organisation.id, Role.SecurityOfficer, { mfaSecret: secret });
    const personClient = new TestClient(app);
    expect((await personClient.logIn(person.email)).json()).toEqual({
      mfaRequired: true,
      mfaEnrolmentRequired: false,
    });
    expect(
      (await personClient.post('/api/auth/mfa', { code: currentTotp(secret, clock()) })).statusCode,
    ).toBe(200);
    expect((await personClient.get('/api/me')).json()).toMatchObject({ mfaEnabled: true });
    expect((await readUser(admin, person.id)).mfaEnabled).toBe(true);

    const response = await admin.post(`/api/users/${person.id}/mfa-reset`);
    expect(response.statusCode).toBe(200);
    expect(userSchema.parse(response.json()).mfaEnabled).toBe(false);
    expect((await personClient.get('/api/me')).statusCode).toBe(401);

    const again = new TestClient(app);
    expect((await again.logIn(person.email)).json()).toEqual({
      mfaRequired: false,
      mfaEnrolmentRequired: false,
    });
    expect((await again.get('/api/me')).json()).toMatchObject({ mfaEnabled: false });
  });
});

describe('reading accounts (special-category data)', () => {
  async function newestEvent(): Promise<{
    action: string;
    recordType: string | null;
    recordId: string | null;
  }> {
    const response = await admin.get('/api/audit-events?limit=1');
    expect(response.statusCode).toBe(200);
    const [event] = (
      response.json() as { events: { action: string; recordType: string | null; recordId: string | null }[] }
    ).events;
    if (!event) throw new Error('no audit event');
    return event;
  }

  it('audits every read of the list and of one account', async () => {
    const list = await admin.get('/api/users');
    expect(list.statusCode).toBe(200);
    const users = userListSchema.parse(list.json()).users;
    expect(users.some((user) => user.partyId === socialDemocrats.id)).toBe(true);
    expect(await newestEvent()).toMatchObject({ action: 'user.list', recordType: 'user', recordId: null });

    const member = users.find((user) => user.partyId !== null);
    if (!member) throw new Error('no party member');
    expect((await admin.get(`/api/users/${member.id}`)).statusCode).toBe(200);
    expect(await newestEvent()).toMatchObject({
      action: 'user.read',
      recordType: 'user',
      recordId: member.id,
    });
  });

  // Known gap: GET /api/users declares no querystring schema, so `?partyId=` is silently ignored
  // (answers 200 with the unfiltered list) instead of being refused. Remove `.fails` when fixed.
  it('offers no filter by party: an unknown query parameter is refused', async () => {
    const response = await admin.get(`/api/users?partyId=${socialDemocrats.id}`);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('validation_failed');
  });
});
