import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  officialImportPreviewSchema,
  officialImportResultSchema,
  partyRosterSchema,
  personSchema,
  registerListSchema,
  type Person,
} from '@varn/contracts';
import {
  buildTestApp,
  createBody,
  createOrganisation,
  createParty,
  createTestDatabase,
  createUser,
  loggedInClient,
  queuedMails,
  Role,
  testPng,
  type TestClient,
} from '../../../test/helpers';
import { auditEvents, people, personAssignments, users } from '../../db/schema';

const database = await createTestDatabase();
const app = await buildTestApp(database);

const organisation = await createOrganisation(database, { name: 'Ekby kommun' });
const partyS = await createParty(database, organisation.id, 'S', 'Socialdemokraterna');
const partyM = await createParty(database, organisation.id, 'M', 'Moderaterna');
const council = await createBody(database, organisation.id, 'Kommunfullmäktige', 'council');
const board = await createBody(database, organisation.id, 'Kommunstyrelsen', 'executive_board');
const admin = await loggedInClient(app, (await createUser(database, organisation.id, Role.Admin)).email);
const officer = await loggedInClient(
  app,
  (await createUser(database, organisation.id, Role.SecurityOfficer)).email,
);
const contactS = await createUser(database, organisation.id, Role.PartyContact, { partyId: partyS.id });
const contactSClient = await loggedInClient(app, contactS.email);

async function addPerson(client: TestClient, body: Record<string, unknown>): Promise<Person> {
  const response = await client.post('/api/register/people', body);
  expect(response.statusCode, response.body).toBe(201);
  return personSchema.parse(response.json());
}

/** A multipart import request: the file and, optionally, the importer's decisions. */
async function sendImport(
  client: TestClient,
  url: string,
  file: { name: string; content: Buffer },
  decisions?: unknown,
) {
  const boundary = `----varn${randomUUID().replaceAll('-', '')}`;
  const parts: Buffer[] = [];
  if (decisions !== undefined)
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="decisions"\r\n\r\n${JSON.stringify(decisions)}\r\n`,
      ),
    );
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    file.content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return await client.request('POST', url, Buffer.concat(parts), {
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
}

const csv = (lines: string[]) => ({
  name: 'ledamoter.csv',
  content: Buffer.from(lines.join('\r\n'), 'utf8'),
});

async function countAudit(action: string): Promise<number> {
  const rows = await database.db
    .select({ id: auditEvents.id })
    .from(auditEvents)
    .where(and(eq(auditEvents.organisationId, organisation.id), eq(auditEvents.action, action)));
  return rows.length;
}

describe('people of the register', () => {
  it('adds a person with contact details and party, shows the party only on their page, audited', async () => {
    const before = await countAudit('register.read');
    const person = await addPerson(officer, {
      name: 'Karin Kommunalråd',
      birthYear: 1968,
      contact: {
        email: 'Karin@Ekby.se',
        phone: '070-111 22 33',
        protectedAddress: true,
        preferredContact: 'sms',
      },
      partyId: partyS.id,
    });
    expect(person).toMatchObject({
      name: 'Karin Kommunalråd',
      contact: { email: 'karin@ekby.se', address: null, protectedAddress: true, preferredContact: 'sms' },
      party: { id: partyS.id, abbreviation: 'S' },
      account: null,
      groups: [],
    });
    const read = await officer.get(`/api/register/people/${person.id}`);
    expect(read.statusCode).toBe(200);
    expect(personSchema.parse(read.json()).party?.id).toBe(partyS.id);
    expect(await countAudit('register.read')).toBe(before + 1);

    const list = await officer.get(`/api/register/people?q=${encodeURIComponent('kommunalråd')}`);
    expect(list.statusCode).toBe(200);
    const [row] = (list.json() as { people: Record<string, unknown>[] }).people;
    expect(row).toMatchObject({ id: person.id, name: 'Karin Kommunalråd' });
    expect(Object.keys(row ?? {}).sort()).toEqual([
      'assignments',
      'groups',
      'hasAccount',
      'id',
      'kl418a',
      'name',
    ]);
    expect(list.body).not.toContain(partyS.id);
  });

  it('never filters by party (400) and never stores a protected address (422)', async () => {
    const filtered = await officer.get(`/api/register/people?partyId=${partyS.id}`);
    expect(filtered.statusCode).toBe(400);
    const withAddress = await officer.post('/api/register/people', {
      name: 'Skyddad Person',
      contact: { address: 'Storgatan 1, Ekby', protectedAddress: true },
    });
    expect(withAddress.statusCode).toBe(422);
    expect(withAddress.json().error.fields).toEqual({
      address: 'En skyddad adress sparas aldrig. Lämna adressen tom.',
    });
    const person = await addPerson(officer, { name: 'Öppen Adress', contact: { address: 'Torget 2' } });
    const letters = await officer.put(`/api/register/people/${person.id}/contact`, {
      protectedAddress: true,
      preferredContact: 'post',
    });
    expect(letters.statusCode).toBe(422);
    const hidden = await officer.put(`/api/register/people/${person.id}/contact`, { protectedAddress: true });
    expect(personSchema.parse(hidden.json()).contact).toMatchObject({
      address: null,
      protectedAddress: true,
    });
  });

  it('keeps assignments with terms and KL 4:18 a, and filters the list by group and body', async () => {
    const person = await addPerson(officer, { name: 'Anders Assignment', isStaff: false });
    const added = await officer.post(`/api/register/people/${person.id}/assignments`, {
      bodyId: board,
      role: 'chair',
      termStart: '2023-01-01',
      commissioner: 'full_time',
    });
    expect(added.statusCode).toBe(201);
    const view = personSchema.parse(added.json());
    expect(view.groups).toEqual(['official']);
    expect(view.kl418a).toBe(true);
    expect(view.assignments).toMatchObject([{ body: { name: 'Kommunstyrelsen' }, role: 'chair' }]);
    const assignmentId = view.assignments[0]?.id ?? '';
    const duplicate = await officer.post(`/api/register/people/${person.id}/assignments`, {
      bodyId: board,
      role: 'chair',
      termStart: '2023-01-01',
    });
    expect(duplicate.statusCode).toBe(409);
    const backwards = await officer.post(`/api/register/people/${person.id}/assignments`, {
      bodyId: council,
      role: 'member',
      termStart: '2023-01-01',
      termEnd: '2022-12-31',
    });
    expect(backwards.statusCode).toBe(422);
    const byBody = registerListSchema.parse(
      (await officer.get(`/api/register/people?bodyId=${board}`)).json(),
    );
    expect(byBody.people.map((entry) => entry.id)).toEqual([person.id]);
    const staff = registerListSchema.parse((await officer.get('/api/register/people?group=staff')).json());
    expect(staff.people.map((entry) => entry.id)).not.toContain(person.id);
    const changed = await officer.patch(`/api/register/people/${person.id}/assignments/${assignmentId}`, {
      bodyId: board,
      role: 'vice_chair',
      termStart: '2023-01-01',
      termEnd: null,
    });
    expect(personSchema.parse(changed.json()).assignments[0]).toMatchObject({
      role: 'vice_chair',
      termEnd: null,
    });
    const removed = await officer.delete(`/api/register/people/${person.id}/assignments/${assignmentId}`);
    expect(personSchema.parse(removed.json()).assignments).toEqual([]);
  });
});

describe('the import of officials', () => {
  const header = 'Namn;E-post;Organ;Uppdrag;Från;Till;Parti';

  it('previews rows by line and column with matches, and saves nothing', async () => {
    const existing = await addPerson(officer, { name: 'Eva Ek', contact: { email: 'eva.ek@ekby.se' } });
    const countBefore = (await database.db.select({ id: people.id }).from(people)).length;
    const preview = await sendImport(
      admin,
      '/api/register/import/preview',
      csv([
        header,
        'Eva Ek;EVA.EK@ekby.se;Kommunfullmäktige;Ledamot;2023-01-01;2026-12-31;S',
        'Nils Ny;nils@ekby.se;Kommunstyrelsen;Ordförande;2023-01-01;;M',
        'Felaktig Rad;inte-en-adress;Okänd nämnd;Ledamot;2023-13-01;;XX',
      ]),
    );
    expect(preview.statusCode, preview.body).toBe(200);
    const body = officialImportPreviewSchema.parse(preview.json());
    expect(body.counts).toEqual({ rows: 3, withProblems: 1, matched: 1, new: 1, ambiguous: 0 });
    expect(body.rows[0]).toMatchObject({ line: 2, match: { kind: 'email', person: { id: existing.id } } });
    expect(body.rows[2]).toMatchObject({
      line: 4,
      match: null,
      problems: [
        { column: 'email', code: 'invalid_email' },
        { column: 'body', code: 'unknown_body' },
        { column: 'termStart', code: 'invalid_date' },
        { column: 'partyCode', code: 'unknown_party' },
      ],
    });
    expect((await database.db.select({ id: people.id }).from(people)).length).toBe(countBefore);
  });

  it('imports the good rows only when the importer imports, and needs a decision for ambiguous rows', async () => {
    await addPerson(officer, { name: 'Lisa Lik', contact: { email: 'kansliet@ekby.se' } });
    await addPerson(officer, { name: 'Lena Lik', contact: { email: 'kansliet@ekby.se' } });
    const file = csv([
      header,
      'Olle Importerad;olle@ekby.se;Kommunfullmäktige;Ledamot;2023-01-01;2026-12-31;S',
      'Olle Importerad;olle@ekby.se;Kommunstyrelsen;Ersättare;2023-01-01;2026-12-31;S',
      'Delad Adress;kansliet@ekby.se;Kommunfullmäktige;Ersättare;2023-01-01;;M',
      'Trasig Rad;;Kommunfullmäktige;Kung;2023-01-01;;',
    ]);
    const undecided = await sendImport(admin, '/api/register/import', file);
    expect(undecided.statusCode).toBe(422);
    expect(Object.keys(undecided.json().error.fields)).toEqual(['decisions.4']);
    const olleBefore = await database.db.select().from(people).where(eq(people.name, 'Olle Importerad'));
    expect(olleBefore).toEqual([]);

    const imported = await sendImport(admin, '/api/register/import', file, [{ line: 4, choice: 'skip' }]);
    expect(imported.statusCode, imported.body).toBe(200);
    expect(officialImportResultSchema.parse(imported.json())).toEqual({
      peopleCreated: 1,
      peopleMatched: 0,
      assignmentsAdded: 2,
      rowsSkipped: 1,
      rowsRefused: 1,
    });
    const [olle] = await database.db.select().from(people).where(eq(people.name, 'Olle Importerad'));
    const view = personSchema.parse((await officer.get(`/api/register/people/${olle?.id}`)).json());
    expect(view).toMatchObject({ contact: { email: 'olle@ekby.se' }, party: { id: partyS.id } });
    expect(view.assignments.map((assignment) => assignment.role).sort()).toEqual(['member', 'substitute']);
    expect(await database.db.select().from(people).where(eq(people.name, 'Trasig Rad'))).toEqual([]);

    // Imported again: the same person by e-mail, no new assignments.
    const again = await sendImport(admin, '/api/register/import', file, [{ line: 4, choice: 'skip' }]);
    expect(officialImportResultSchema.parse(again.json())).toMatchObject({
      peopleCreated: 0,
      peopleMatched: 1,
      assignmentsAdded: 0,
    });
  });

  it('reads XLSX with date cells, and refuses other files and missing columns', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Ledamöter');
    sheet.addRow(['Namn', 'E-post', 'Organ', 'Uppdrag', 'Från', 'Till', 'Parti', 'Födelseår']);
    sheet.addRow([
      'Xlsx Xsson',
      'xlsx@ekby.se',
      'Kommunstyrelsen',
      'ledamot',
      new Date(Date.UTC(2023, 0, 1)),
      new Date(Date.UTC(2026, 11, 31)),
      'M',
      1980,
    ]);
    const content = Buffer.from(await workbook.xlsx.writeBuffer());
    const preview = await sendImport(admin, '/api/register/import/preview', { name: 'lista.xlsx', content });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(officialImportPreviewSchema.parse(preview.json())).toMatchObject({
      format: 'xlsx',
      counts: { rows: 1, withProblems: 0, new: 1 },
    });
    const png = await sendImport(admin, '/api/register/import/preview', {
      name: 'bild.csv',
      content: testPng(),
    });
    expect(png.statusCode).toBe(415);
    const missing = await sendImport(admin, '/api/register/import/preview', csv(['Namn;E-post', 'A;a@b.se']));
    expect(missing.statusCode).toBe(422);
    expect(missing.json().error.fields.file).toBe('Rubrikraden saknar kolumner: Organ, Uppdrag, Från.');
    const english = await sendImport(
      officer,
      '/api/register/import/preview',
      csv(['name,body,role,from', 'Ann,Kommunstyrelsen,member,2023-01-01']),
    );
    expect(officialImportPreviewSchema.parse(english.json()).counts.rows).toBe(1);
  });

  it('rolls everything back when the import fails half-way', async () => {
    // A trigger stands in for a failure in the middle of the transaction (the database going away).
    await database.db.execute(
      `create function fail_import() returns trigger language plpgsql as $$ begin
         if new.term_start = '2031-01-01' then raise exception 'simulated failure'; end if;
         return new; end $$;
       create trigger fail_import before insert on person_assignments
         for each row execute function fail_import();`,
    );
    try {
      const response = await sendImport(
        admin,
        '/api/register/import',
        csv([
          header,
          'Första Halvan;forsta@ekby.se;Kommunfullmäktige;Ledamot;2030-01-01;;S',
          'Andra Halvan;andra@ekby.se;Kommunfullmäktige;Ledamot;2031-01-01;;S',
        ]),
      );
      expect(response.statusCode).toBe(500);
      expect(await database.db.select().from(people).where(eq(people.name, 'Första Halvan'))).toEqual([]);
      expect(
        await database.db
          .select()
          .from(personAssignments)
          .where(eq(personAssignments.termStart, '2030-01-01')),
      ).toEqual([]);
    } finally {
      await database.db.execute(
        'drop trigger fail_import on person_assignments; drop function fail_import();',
      );
    }
  });
});

describe('the export', () => {
  it('writes XLSX without a party column or a protected address, audited', async () => {
    await addPerson(officer, {
      name: 'Adress Synlig',
      contact: { address: 'Kyrkogatan 3, Ekby' },
      partyId: partyM.id,
    });
    const before = await countAudit('register.export');
    const response = await officer.get('/api/register/export.xlsx');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    const sheet = workbook.worksheets[0];
    const headerRow = (sheet?.getRow(1).values as unknown[]).filter(Boolean);
    expect(headerRow).toContain('Namn');
    expect(headerRow.join(' ').toLowerCase()).not.toContain('parti');
    const texts: string[] = [];
    sheet?.eachRow((row) => texts.push((row.values as unknown[]).join('|')));
    expect(texts.some((text) => text.includes('Kyrkogatan 3, Ekby'))).toBe(true);
    const karin = texts.find((text) => text.includes('Karin Kommunalråd'));
    expect(karin).toContain('Ja');
    expect(texts.join('\n')).not.toContain('Moderaterna');
    expect(await countAudit('register.export')).toBe(before + 1);
  });
});

describe("a party's roster", () => {
  it('shows a party contact their own party only, audited', async () => {
    const member = await addPerson(officer, { name: 'Sven Sosse', partyId: partyS.id });
    await addPerson(officer, { name: 'Maja Moderat', partyId: partyM.id });
    const before = await countAudit('party.read_roster');
    const own = await contactSClient.get(`/api/parties/${partyS.id}/roster`);
    expect(own.statusCode).toBe(200);
    const roster = partyRosterSchema.parse(own.json());
    expect(roster.people.map((person) => person.name)).toContain('Sven Sosse');
    expect(roster.people.map((person) => person.name)).not.toContain('Maja Moderat');
    expect(roster.people.find((person) => person.id === member.id)).toBeDefined();
    expect((await contactSClient.get(`/api/parties/${partyM.id}/roster`)).statusCode).toBe(404);
    expect(await countAudit('party.read_roster')).toBe(before + 1);
    // The party contact reads a person of their party, but not the register's list.
    expect((await contactSClient.get(`/api/register/people/${member.id}`)).statusCode).toBe(200);
    expect((await contactSClient.get('/api/register/people')).statusCode).toBe(403);
  });
});

describe('inviting a person as a user', () => {
  it('invites at the person’s e-mail with their party, links the account, and needs an e-mail', async () => {
    const person = await addPerson(officer, {
      name: 'Ingrid Inbjuden',
      contact: { email: 'ingrid@ekby.se' },
      partyId: partyM.id,
    });
    expect(
      (await officer.post(`/api/register/people/${person.id}/invite`, { role: 'official' })).statusCode,
    ).toBe(403);
    const response = await admin.post(`/api/register/people/${person.id}/invite`, { role: 'official' });
    expect(response.statusCode, response.body).toBe(200);
    const view = personSchema.parse(response.json());
    expect(view.account).toMatchObject({
      email: 'ingrid@ekby.se',
      status: 'invited',
      name: 'Ingrid Inbjuden',
    });
    const [user] = await database.db.select().from(users).where(eq(users.email, 'ingrid@ekby.se'));
    expect(user?.role).toBe('official');
    expect((await queuedMails(database, organisation.id)).some((mail) => mail.to === 'ingrid@ekby.se')).toBe(
      true,
    );
    expect(
      (await admin.post(`/api/register/people/${person.id}/invite`, { role: 'official' })).statusCode,
    ).toBe(409);

    const noEmail = await addPerson(officer, { name: 'Utan Epost' });
    const refused = await admin.post(`/api/register/people/${noEmail.id}/invite`, { role: 'staff' });
    expect(refused.statusCode).toBe(422);
    expect(Object.keys(refused.json().error.fields)).toEqual(['email']);
  });
});

describe('election workers', () => {
  it('lists, adds once per election and removes workers; the next general election by default', async () => {
    const worker = await addPerson(officer, { name: 'Valter Valarbetare' });
    const add = (electionDate: string) =>
      officer.post('/api/register/election-workers', {
        personId: worker.id,
        electionDate,
        role: 'polling_station',
        place: 'Vallokal Centrum',
      });
    const added = await add('2030-09-08');
    expect(added.statusCode, added.body).toBe(201);
    expect((await add('2030-09-08')).statusCode).toBe(409);
    const list = await officer.get('/api/register/election-workers?electionDate=2030-09-08');
    expect(list.json()).toMatchObject({
      electionDate: '2030-09-08',
      workers: [{ person: { name: 'Valter Valarbetare' }, place: 'Vallokal Centrum' }],
    });
    expect(list.json().elections).toContainEqual({ date: '2030-09-08', general: true });
    const groups = registerListSchema.parse(
      (await officer.get('/api/register/people?group=election_worker')).json(),
    );
    expect(groups.people.map((person) => person.id)).toEqual([worker.id]);
    const removed = await officer.delete(`/api/register/election-workers/${added.json().id}`);
    expect(removed.statusCode).toBe(200);
    expect((await officer.delete(`/api/register/election-workers/${added.json().id}`)).statusCode).toBe(404);
  });
});
