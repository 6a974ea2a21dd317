import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { roles, type Role as RoleCode } from '@varn/domain';
import { partySchema, type Party } from '@varn/contracts';
import {
  buildTestApp,
  createOrganisation,
  createParty,
  createTestDatabase,
  createUser,
  raceBeforeCommit,
  Role,
  TestClient,
} from '../../../test/helpers';

const database = await createTestDatabase();
const app = await buildTestApp(database);

async function loggedIn(email: string): Promise<TestClient> {
  const client = new TestClient(app);
  expect((await client.logIn(email)).statusCode).toBe(200);
  return client;
}

const organisation = await createOrganisation(database, { name: 'Ekby kommun' });
const admin = await loggedIn((await createUser(database, organisation.id, Role.Admin)).email);
const otherOrganisation = await createOrganisation(database, { name: 'Grannby kommun' });
const otherAdmin = await loggedIn((await createUser(database, otherOrganisation.id, Role.Admin)).email);

let abbreviationCounter = 0;
const uniqueAbbreviation = (): string => `P${(abbreviationCounter += 1)}`;

async function addParty(client: TestClient, body: Partial<Record<string, unknown>> = {}): Promise<Party> {
  const response = await client.post('/api/parties', {
    name: 'Testpartiet',
    abbreviation: uniqueAbbreviation(),
    councilSeats: 3,
    colour: '#336699',
    ...body,
  });
  expect(response.statusCode).toBe(201);
  return partySchema.parse(response.json());
}

/** The raw party list as a role sees it (not parsed: omitted keys must stay omitted). */
async function listParties(client: TestClient): Promise<Record<string, unknown>[]> {
  const response = await client.get('/api/parties');
  expect(response.statusCode).toBe(200);
  return (response.json() as { parties: Record<string, unknown>[] }).parties;
}

describe('creating and changing parties', () => {
  it('creates a party (201) with no contacts yet, the colour normalised to lower case', async () => {
    const response = await admin.post('/api/parties', {
      name: 'Vänsterpartiet',
      abbreviation: 'V',
      councilSeats: 4,
      colour: '#DA291C',
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({
      id: expect.any(String),
      name: 'Vänsterpartiet',
      abbreviation: 'V',
      councilSeats: 4,
      colour: '#da291c',
      securityContact: null,
      deputyContact: null,
    });
    const listed = (await listParties(admin)).find((party) => party.id === response.json().id);
    expect(listed).toMatchObject({ name: 'Vänsterpartiet', councilSeats: 4 });
  });

  it('changes name, seats and colour (200) and keeps what was not sent', async () => {
    const party = await addParty(admin, { name: 'Gamla namnet', councilSeats: 2 });
    const response = await admin.patch(`/api/parties/${party.id}`, {
      name: 'Nya namnet',
      councilSeats: 5,
      colour: '#ABCDEF',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      id: party.id,
      name: 'Nya namnet',
      abbreviation: party.abbreviation,
      councilSeats: 5,
      colour: '#abcdef',
    });
    expect((await listParties(admin)).find((listed) => listed.id === party.id)).toMatchObject({
      name: 'Nya namnet',
    });
  });

  it('refuses an abbreviation another party of the organisation has, whatever its case (409)', async () => {
    const first = await addParty(admin, { abbreviation: 'MP' });
    const expected = {
      error: {
        code: 'abbreviation_taken',
        message: 'Det finns redan ett parti med den förkortningen.',
        fields: { abbreviation: 'Det finns redan ett parti med den förkortningen.' },
      },
    };
    const duplicate = await admin.post('/api/parties', {
      name: 'Miljöpartiet igen',
      abbreviation: 'mp',
      councilSeats: 1,
      colour: '#83cf39',
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json()).toEqual(expected);

    const second = await addParty(admin);
    const renamed = await admin.patch(`/api/parties/${second.id}`, { abbreviation: 'Mp' });
    expect(renamed.statusCode).toBe(409);
    expect(renamed.json()).toEqual(expected);

    // A party may change the case of its own abbreviation.
    const ownChange = await admin.patch(`/api/parties/${first.id}`, { abbreviation: 'mP' });
    expect(ownChange.statusCode).toBe(200);
    expect(ownChange.json()).toMatchObject({ abbreviation: 'mP' });
  });

  it('allows the same abbreviation in another organisation', async () => {
    await addParty(admin, { abbreviation: 'KD' });
    const elsewhere = await addParty(otherAdmin, { abbreviation: 'KD' });
    expect(elsewhere.abbreviation).toBe('KD');
    expect((await listParties(admin)).filter((party) => party.abbreviation === 'KD')).toHaveLength(1);
  });

  // Known bug: the check-then-insert in createParty races; the loser hits the unique index
  // parties_abbreviation_unique and answers 500 internal_error. Remove `.fails` when fixed.
  it('answers 409, not 500, when two admins add the same abbreviation at the same moment', async () => {
    const body = { name: 'Samtidigt partiet', abbreviation: 'SAMT', councilSeats: 1, colour: '#123456' };
    const secondAdmin = await loggedIn((await createUser(database, organisation.id, Role.Admin)).email);
    // Fetch the CSRF tokens first so that the two creations really run side by side.
    await Promise.all([
      admin.patch('/api/me', { language: 'sv' }),
      secondAdmin.patch('/api/me', { language: 'sv' }),
    ]);
    const responses = await raceBeforeCommit(database, organisation.id, 2, () =>
      Promise.all([admin.post('/api/parties', body), secondAdmin.post('/api/parties', body)]),
    );
    expect(responses.map((response) => response.statusCode).sort()).toEqual([201, 409]);
  });

  it.each([
    ['colour', { colour: '#12345' }, 'Ange färgen som hexkod, till exempel #1f5c6b.'],
    ['colour', { colour: 'red' }, 'Ange färgen som hexkod, till exempel #1f5c6b.'],
    ['councilSeats', { councilSeats: -1 }, 'Värdet måste vara minst 0.'],
    ['councilSeats', { councilSeats: 1000 }, 'Värdet får vara högst 999.'],
    ['councilSeats', { councilSeats: 1.5 }, 'Ange ett heltal.'],
    ['abbreviation', { abbreviation: 'S D' }, 'Ange 1–10 bokstäver eller siffror.'],
    ['abbreviation', { abbreviation: 'ELVATECKENX' }, 'Ange 1–10 bokstäver eller siffror.'],
    ['name', { name: '   ' }, 'Fältet måste fyllas i.'],
  ])('refuses an invalid %s %j with a Swedish field message (400)', async (field, invalid, message) => {
    const body = {
      name: 'Ogiltiga partiet',
      abbreviation: uniqueAbbreviation(),
      councilSeats: 1,
      colour: '#123456',
    };
    const created = await admin.post('/api/parties', { ...body, ...invalid });
    expect(created.statusCode).toBe(400);
    expect(created.json().error).toMatchObject({ code: 'validation_failed', fields: { [field]: message } });
    expect((await listParties(admin)).some((party) => party.abbreviation === body.abbreviation)).toBe(false);

    const party = await addParty(admin);
    const changed = await admin.patch(`/api/parties/${party.id}`, invalid);
    expect(changed.statusCode).toBe(400);
    expect(changed.json().error.fields).toEqual({ [field]: message });
  });

  it('lists the parties with the most seats first, then by name', async () => {
    const separate = await createOrganisation(database);
    const separateAdmin = await loggedIn((await createUser(database, separate.id, Role.Admin)).email);
    await addParty(separateAdmin, { name: 'Liten', councilSeats: 1 });
    await addParty(separateAdmin, { name: 'Störst', councilSeats: 30 });
    await addParty(separateAdmin, { name: 'Bmellan', councilSeats: 12 });
    await addParty(separateAdmin, { name: 'Amellan', councilSeats: 12 });
    await addParty(separateAdmin, { name: 'Utan mandat', councilSeats: 0 });
    expect((await listParties(separateAdmin)).map((party) => party.name)).toEqual([
      'Störst',
      'Amellan',
      'Bmellan',
      'Liten',
      'Utan mandat',
    ]);
  });
});

describe("appointing a party's security contact and deputy", () => {
  const messages = {
    contact_not_active: 'Personen har inget aktivt konto.',
    contact_wrong_party: 'Personen måste tillhöra partiet.',
    contact_wrong_role: 'Personen måste ha rollen säkerhetsansvarig eller förtroendevald.',
    contact_same_as_deputy: 'Ersättaren måste vara en annan person än den säkerhetsansvarige.',
  } as const;

  async function partyWithMembers() {
    const party = await addParty(admin);
    const member = (role: RoleCode, status: 'active' | 'invited' | 'deactivated' = 'active') =>
      createUser(database, organisation.id, role, {
        partyId: party.id,
        status,
        name: `Medlem ${randomUUID().slice(0, 4)}`,
      });
    return {
      party,
      contact: await member(Role.PartyContact),
      official: await member(Role.Official),
      deactivated: await member(Role.PartyContact, 'deactivated'),
      invited: await member(Role.PartyContact, 'invited'),
    };
  }

  it('appoints an active party contact and an official of the party, and shows them by name', async () => {
    const { party, contact, official } = await partyWithMembers();
    const response = await admin.patch(`/api/parties/${party.id}`, {
      securityContactUserId: contact.id,
      deputyContactUserId: official.id,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      securityContact: { userId: contact.id, name: contact.name, email: contact.email },
      deputyContact: { userId: official.id, name: official.name, email: official.email },
    });
    // Changing only the name keeps the appointments.
    const renamed = await admin.patch(`/api/parties/${party.id}`, { name: 'Omdöpta partiet' });
    expect(renamed.json()).toMatchObject({
      securityContact: { userId: contact.id },
      deputyContact: { userId: official.id },
    });
    const cleared = await admin.patch(`/api/parties/${party.id}`, { deputyContactUserId: null });
    expect(cleared.statusCode).toBe(200);
    expect(cleared.json()).toMatchObject({ securityContact: { userId: contact.id }, deputyContact: null });
  });

  it('refuses a person who is not active, of another party, in another role, or the same as the contact (422)', async () => {
    const { party, contact, deactivated, invited } = await partyWithMembers();
    const otherParty = await addParty(admin);
    const ofOtherParty = await createUser(database, organisation.id, Role.PartyContact, {
      partyId: otherParty.id,
    });
    const withoutParty = await createUser(database, organisation.id, Role.Official);
    const staff = await createUser(database, organisation.id, Role.Staff);
    const securityOfficer = await createUser(database, organisation.id, Role.SecurityOfficer);
    const ofOtherOrganisation = await createUser(database, otherOrganisation.id, Role.PartyContact);

    const cases: [Record<string, string>, string, keyof typeof messages][] = [
      [{ securityContactUserId: deactivated.id }, 'securityContactUserId', 'contact_not_active'],
      [{ securityContactUserId: invited.id }, 'securityContactUserId', 'contact_not_active'],
      [{ securityContactUserId: ofOtherOrganisation.id }, 'securityContactUserId', 'contact_not_active'],
      [{ securityContactUserId: randomUUID() }, 'securityContactUserId', 'contact_not_active'],
      [{ securityContactUserId: ofOtherParty.id }, 'securityContactUserId', 'contact_wrong_party'],
      [{ securityContactUserId: withoutParty.id }, 'securityContactUserId', 'contact_wrong_party'],
      [{ securityContactUserId: staff.id }, 'securityContactUserId', 'contact_wrong_role'],
      [{ securityContactUserId: securityOfficer.id }, 'securityContactUserId', 'contact_wrong_role'],
      [{ deputyContactUserId: deactivated.id }, 'deputyContactUserId', 'contact_not_active'],
      [{ deputyContactUserId: ofOtherParty.id }, 'deputyContactUserId', 'contact_wrong_party'],
      [{ deputyContactUserId: staff.id }, 'deputyContactUserId', 'contact_wrong_role'],
      [
        { securityContactUserId: contact.id, deputyContactUserId: contact.id },
        'deputyContactUserId',
        'contact_same_as_deputy',
      ],
    ];
    for (const [body, field, problem] of cases) {
      const response = await admin.patch(`/api/parties/${party.id}`, body);
      expect(response.statusCode, `${JSON.stringify(body)}`).toBe(422);
      expect(response.json().error, problem).toEqual({
        code: 'rule_violation',
        message: 'Ändringen bryter mot en regel. Se de markerade fälten.',
        fields: { [field]: messages[problem] },
      });
    }
    const unchanged = (await listParties(admin)).find((listed) => listed.id === party.id);
    expect(unchanged).toMatchObject({ securityContact: null, deputyContact: null });

    // The deputy cannot be made the same person as a contact appointed earlier either.
    expect(
      (await admin.patch(`/api/parties/${party.id}`, { securityContactUserId: contact.id })).statusCode,
    ).toBe(200);
    const sameAsContact = await admin.patch(`/api/parties/${party.id}`, { deputyContactUserId: contact.id });
    expect(sameAsContact.statusCode).toBe(422);
    expect(sameAsContact.json().error.fields).toEqual({
      deputyContactUserId: messages.contact_same_as_deputy,
    });
  });

  it('appoints contacts only after the party exists: a contact on creation is an unknown field', async () => {
    const contact = await createUser(database, organisation.id, Role.PartyContact);
    const abbreviation = uniqueAbbreviation();
    const response = await admin.post('/api/parties', {
      name: 'Halvfärdiga partiet',
      abbreviation,
      councilSeats: 1,
      colour: '#123456',
      securityContactUserId: contact.id,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual({ securityContactUserId: 'Fältet är okänt.' });
    expect((await listParties(admin)).some((party) => party.abbreviation === abbreviation)).toBe(false);
  });

  it('clears the appointment when the contact or deputy is deactivated', async () => {
    const { party, contact, official } = await partyWithMembers();
    await admin.patch(`/api/parties/${party.id}`, {
      securityContactUserId: contact.id,
      deputyContactUserId: official.id,
    });

    expect((await admin.post(`/api/users/${contact.id}/deactivate`)).statusCode).toBe(200);
    expect((await listParties(admin)).find((listed) => listed.id === party.id)).toMatchObject({
      securityContact: null,
      deputyContact: { userId: official.id },
    });
    expect((await admin.post(`/api/users/${official.id}/deactivate`)).statusCode).toBe(200);
    expect((await listParties(admin)).find((listed) => listed.id === party.id)).toMatchObject({
      securityContact: null,
      deputyContact: null,
    });
    // Reactivation does not silently restore the appointment.
    expect((await admin.post(`/api/users/${contact.id}/reactivate`)).statusCode).toBe(200);
    expect((await listParties(admin)).find((listed) => listed.id === party.id)).toMatchObject({
      securityContact: null,
    });
  });
});

describe('who sees the contacts', () => {
  it('shows contacts to admin, security officer, party contact and official, and omits the keys for the others', async () => {
    const visibility = await createOrganisation(database);
    const party = await createParty(database, visibility.id, 'L', 'Liberalerna');
    const users = {} as Record<RoleCode, { id: string; email: string; name: string }>;
    for (const role of roles) {
      users[role] = await createUser(
        database,
        visibility.id,
        role,
        role === Role.PartyContact || role === Role.Official ? { partyId: party.id } : {},
      );
    }
    const visibilityAdmin = await loggedIn(users.admin.email);
    const appointed = await visibilityAdmin.patch(`/api/parties/${party.id}`, {
      securityContactUserId: users.party_contact.id,
      deputyContactUserId: users.official.id,
    });
    expect(appointed.statusCode).toBe(200);

    const seeing: readonly RoleCode[] = [Role.Admin, Role.SecurityOfficer, Role.PartyContact, Role.Official];
    for (const role of roles) {
      const client = await loggedIn(users[role].email);
      const response = await client.get('/api/parties');
      expect(response.statusCode, role).toBe(200);
      const [listed] = (response.json() as { parties: Record<string, unknown>[] }).parties;
      expect(listed, role).toMatchObject({
        id: party.id,
        name: 'Liberalerna',
        abbreviation: 'L',
        councilSeats: 10,
      });
      if (seeing.includes(role)) {
        expect(listed, role).toMatchObject({
          securityContact: {
            userId: users.party_contact.id,
            name: users.party_contact.name,
            email: users.party_contact.email,
          },
          deputyContact: {
            userId: users.official.id,
            name: users.official.name,
            email: users.official.email,
          },
        });
      } else {
        expect(Object.keys(listed ?? {}).sort(), role).toEqual([
          'abbreviation',
          'colour',
          'councilSeats',
          'id',
          'name',
        ]);
        expect(response.body, role).not.toContain(users.party_contact.email);
        expect(response.body, role).not.toContain(users.official.email);
      }
    }
  });
});
