import { and, count, eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { maxMatterImportRows } from '@varn/domain';
import {
  assessmentListSchema,
  errorBodySchema,
  importResultSchema,
  matterDetailSchema,
  matterListSchema,
  screeningListSchema,
  screeningSchema,
  type Screening,
} from '@varn/contracts';
import {
  addBodyMember,
  buildTestApp,
  createBody,
  createCaseOrganisation,
  createMatterVia,
  createTestDatabase,
  meetingWithAgenda,
  raceBeforeCommit,
  type TestClient,
} from '../../../test/helpers';
import { assessments, auditEvents, matters } from '../../db/schema';

/**
 * Matters and step 1 through the API (issue 4 §1, §2): neutral-title warnings, the CSV import with
 * its preview and row-level errors, the screening grid and the one click that sends moderate and
 * high matters on to step 2.
 */

const database = await createTestDatabase();
const app = await buildTestApp(database);
const ekby = await createCaseOrganisation(database, app, 'Ekby kommun');
const grannby = await createCaseOrganisation(database, app, 'Grannby kommun');
/** Imports are counted in an organisation of their own. */
const importby = await createCaseOrganisation(database, app, 'Importby kommun');

function errorOf(response: LightMyRequestResponse) {
  return errorBodySchema.parse(response.json()).error;
}

/** The number of drafts of a matter. */
const draftsOf = async (matterId: string): Promise<number> =>
  (
    await database.db
      .select({ n: count() })
      .from(assessments)
      .where(and(eq(assessments.matterId, matterId), eq(assessments.status, 'draft')))
  )[0]?.n ?? 0;

const countMatters = async (organisationId: string): Promise<number> =>
  (
    await database.db.select({ n: count() }).from(matters).where(eq(matters.organisationId, organisationId))
  )[0]?.n ?? 0;

describe('matters', () => {
  it('are added with their details, and warn (never block) about a title that is not neutral', async () => {
    await ekby.admin.patch('/api/organisation/settings', {
      sensitiveTerms: ['Moské', 'skyddat boende', 'moské'],
    });
    const settings = (await ekby.admin.get('/api/organisation/settings')).json() as {
      sensitiveTerms: string[];
    };
    expect(settings.sensitiveTerms).toEqual(['Moské', 'skyddat boende', 'moské']);
    // Those who write titles read the list, so that the form warns while typing.
    for (const client of [ekby.secretary, ekby.officer]) {
      const terms = await client.get('/api/matters/sensitive-terms');
      expect(terms.statusCode, terms.body).toBe(200);
      expect(terms.json()).toEqual({ terms: ['Moské', 'skyddat boende', 'moské'] });
    }
    expect((await grannby.secretary.get('/api/matters/sensitive-terms')).json()).toEqual({ terms: [] });
    const response = await ekby.secretary.post('/api/matters', {
      title: 'Bygglov för moské, kontakt anna.andersson@ekby.se eller 070-123 45 67',
      diaryNumber: 'BN 2026/0311',
      body: 'Byggnadsnämnden',
      decisionDate: '2026-12-14',
      description: 'Ansökan om bygglov.',
      responsibleOfficial: 'Bo Bygglov',
    });
    expect(response.statusCode, response.body).toBe(201);
    const matter = matterDetailSchema.parse(response.json());
    expect(matter).toMatchObject({
      title: 'Bygglov för moské, kontakt anna.andersson@ekby.se eller 070-123 45 67',
      diaryNumber: 'BN 2026/0311',
      body: 'Byggnadsnämnden',
      decisionDate: '2026-12-14',
      responsibleOfficial: 'Bo Bygglov',
      createdBy: { id: ekby.people.secretary.id, name: 'Siv Sekreterare' },
      measures: null,
    });
    expect(matter.titleWarnings.map((warning) => [warning.kind, warning.match])).toEqual([
      ['sensitive_term', 'moské'],
      ['email', 'anna.andersson@ekby.se'],
      ['phone_number', '070-123 45 67'],
    ]);
    expect(matter.result).toEqual({
      screeningLevel: null,
      screenedAt: null,
      riskLevel: null,
      conflictLevel: null,
      complexityLevel: null,
      cell: null,
      assessedAt: null,
      templateVersion: null,
      assessmentInProgress: false,
    });
  });

  it('warn about a personal identity number', async () => {
    const response = await ekby.secretary.post('/api/matters', { title: 'Överklagande från 19811218-9876' });
    expect(matterDetailSchema.parse(response.json()).titleWarnings).toEqual([
      { kind: 'personal_identity_number', match: '19811218-9876', start: 18, end: 31 },
    ]);
  });

  it('change only what is sent; an empty text clears a field', async () => {
    const id = await createMatterVia(ekby.secretary, { title: 'Budget 2027', diaryNumber: 'KS 2026/0001' });
    const response = await ekby.secretary.patch(`/api/matters/${id}`, {
      diaryNumber: '',
      body: 'Kommunfullmäktige',
    });
    expect(response.statusCode).toBe(200);
    expect(matterDetailSchema.parse(response.json())).toMatchObject({
      title: 'Budget 2027',
      diaryNumber: null,
      body: 'Kommunfullmäktige',
    });
  });

  it('are listed newest decision first, found by title or diary number, never another organisation’s', async () => {
    const ekhamnen = await createMatterVia(ekby.secretary, {
      title: 'Detaljplan för Ekhamnen 100%',
      decisionDate: '2027-03-01',
    });
    const grannhamnen = await createMatterVia(grannby.secretary, { title: 'Detaljplan för Grannhamnen' });
    // Officials list the matters on public agendas (ADR 017).
    await meetingWithAgenda(database, ekby.id, [ekhamnen]);
    await meetingWithAgenda(database, grannby.id, [grannhamnen]);
    const found = matterListSchema.parse((await ekby.official.get('/api/matters?q=detaljplan')).json());
    expect(found.matters.map((matter) => matter.title)).toEqual(['Detaljplan för Ekhamnen 100%']);
    const literal = matterListSchema.parse((await ekby.official.get('/api/matters?q=0%25')).json());
    expect(literal.total).toBe(1);
    const all = matterListSchema.parse((await ekby.official.get('/api/matters')).json());
    expect(all.matters[0]?.decisionDate).toBe('2027-03-01');
  });

  it('are read by officials and party contacts only on the agenda of a meeting they may see (ADR 017)', async () => {
    const committee = await createBody(database, ekby.id, 'Barn- och utbildningsnämnden', 'committee');
    const otherCommittee = await createBody(database, ekby.id, 'Kulturnämnden', 'committee');
    await addBodyMember(database, ekby.id, committee, ekby.people.official.id, 'chair');
    await addBodyMember(database, ekby.id, otherCommittee, ekby.people.contactM.id);
    const onNoAgenda = await createMatterVia(ekby.secretary, { title: 'Synlighet: på ingen dagordning' });
    const onPublic = await createMatterVia(ekby.secretary, { title: 'Synlighet: fullmäktige' });
    const onOwnCommittee = await createMatterVia(ekby.secretary, { title: 'Synlighet: egna nämnden' });
    const onOtherCommittee = await createMatterVia(ekby.secretary, { title: 'Synlighet: andra nämnden' });
    await meetingWithAgenda(database, ekby.id, [onPublic]);
    await meetingWithAgenda(database, ekby.id, [onOwnCommittee], { type: 'committee', bodyId: committee });
    await meetingWithAgenda(database, ekby.id, [onOtherCommittee], {
      type: 'committee',
      bodyId: otherCommittee,
    });
    const matters = { onNoAgenda, onPublic, onOwnCommittee, onOtherCommittee };
    const seenBy = async (client: TestClient) => {
      const list = matterListSchema.parse((await client.get('/api/matters?q=Synlighet')).json());
      const seen: Record<string, { listed: boolean; read: number }> = {};
      for (const [name, id] of Object.entries(matters))
        seen[name] = {
          listed: list.matters.some((matter) => matter.id === id),
          read: (await client.get(`/api/matters/${id}`)).statusCode,
        };
      return seen;
    };
    const sees = (...names: string[]) =>
      Object.fromEntries(
        Object.keys(matters).map((name) => [
          name,
          { listed: names.includes(name), read: names.includes(name) ? 200 : 404 },
        ]),
      );
    expect(await seenBy(ekby.official)).toEqual(sees('onPublic', 'onOwnCommittee'));
    expect(await seenBy(ekby.contactM)).toEqual(sees('onPublic', 'onOtherCommittee'));
    expect(await seenBy(ekby.contact)).toEqual(sees('onPublic'));
    const all = Object.keys(matters);
    expect(await seenBy(ekby.secretary)).toEqual(sees(...all));
    expect(await seenBy(ekby.officer)).toEqual(sees(...all));
  });

  it('of another organisation are not found', async () => {
    const theirs = await createMatterVia(grannby.secretary, { title: 'Grannbys budget' });
    expect((await ekby.officer.get(`/api/matters/${theirs}`)).statusCode).toBe(404);
    expect((await ekby.secretary.patch(`/api/matters/${theirs}`, { title: 'Kapad' })).statusCode).toBe(404);
  });
});

describe('the CSV import', () => {
  const preview = async (client: TestClient, csv: string) => {
    const response = await client.post('/api/matters/import', { csv, mode: 'preview' });
    expect(response.statusCode, response.body).toBe(200);
    return importResultSchema.parse(response.json());
  };

  it('previews every row with its errors and warnings, and saves nothing', async () => {
    const csv = [
      '\uFEFFtitel;diarienummer;organ;beslutsdatum',
      'Budget 2027;KS 2026/0001;Kommunfullmäktige;2026-12-14',
      ';KS 2026/0002;Kommunstyrelsen;2026-12-01',
      'Ny simhall;KS 2026/0003;;2026-02-30',
      '"Ansökan från 19811218-9876; bygglov";BN 2026/0004;Byggnadsnämnden;',
    ].join('\r\n');
    const before = await countMatters(importby.id);
    const result = await preview(importby.secretary, csv);
    expect(result).toMatchObject({
      mode: 'preview',
      committed: false,
      fileErrors: [],
      counts: { rows: 4, valid: 2, invalid: 2 },
    });
    expect(
      result.rows.map((row) => [row.line, row.title, row.errors, row.titleWarnings.length, row.matterId]),
    ).toEqual([
      [2, 'Budget 2027', [], 0, null],
      [3, null, [{ field: 'title', message: 'Fältet måste fyllas i.' }], 0, null],
      [
        4,
        'Ny simhall',
        [{ field: 'decisionDate', message: 'Ange datumet som ÅÅÅÅ-MM-DD, till exempel 2026-12-03.' }],
        0,
        null,
      ],
      [5, 'Ansökan från 19811218-9876; bygglov', [], 1, null],
    ]);
    expect(await countMatters(importby.id)).toBe(before);
  });

  it('reads commas too, and reports an unknown column for the whole file, in the caller’s language', async () => {
    const commas = await preview(importby.secretary, 'title,diary number\n"Budget, del 2",KS 1');
    expect(commas.rows[0]).toMatchObject({ title: 'Budget, del 2', diaryNumber: 'KS 1', errors: [] });
    const response = await importby.secretary.post(
      '/api/matters/import',
      { csv: 'title;owner\nBudget;Anna', mode: 'preview' },
      { headers: { 'accept-language': 'en' } },
    );
    const unknown = importResultSchema.parse(response.json());
    expect(unknown.fileErrors).toEqual([
      {
        line: 1,
        column: 'owner',
        message: expect.stringMatching(/^Kolumnen är okänd\./u),
      },
    ]);
    expect(unknown.rows).toEqual([]);
  });

  it(`refuses more than ${maxMatterImportRows} rows`, async () => {
    const csv = ['title', ...Array.from({ length: maxMatterImportRows + 1 }, (_v, i) => `Ärende ${i}`)].join(
      '\n',
    );
    const result = await preview(importby.secretary, csv);
    expect(result.fileErrors.map((error) => error.message)).toEqual([
      'Filen får ha högst 1000 rader utöver rubrikraden.',
    ]);
  });

  it('commits every row or none: with an error, 422 names each line and field and nothing is saved', async () => {
    const before = await countMatters(importby.id);
    const bad = await importby.secretary.post('/api/matters/import', {
      csv: 'title;decision date\nBudget;2026-12-14\n;2026-13-01',
      mode: 'commit',
    });
    expect(bad.statusCode).toBe(422);
    expect(errorOf(bad).fields).toEqual({
      'rows.3.title': 'Fältet måste fyllas i.',
      'rows.3.decisionDate': 'Ange datumet som ÅÅÅÅ-MM-DD, till exempel 2026-12-03.',
    });
    const badFile = await importby.secretary.post('/api/matters/import', {
      csv: 'rubrik2\nx',
      mode: 'commit',
    });
    expect(errorOf(badFile).fields).toEqual({
      csv: expect.stringContaining('(rubrik2)'),
    });
    expect(await countMatters(importby.id)).toBe(before);

    const csv = [
      'title;diary number;body;decision date',
      ...Array.from({ length: 40 }, (_v, i) => `Ärende ${i + 1};KS 2026/${1000 + i};KF;2026-12-14`),
    ].join('\n');
    const good = await importby.secretary.post('/api/matters/import', { csv, mode: 'commit' });
    expect(good.statusCode, good.body).toBe(200);
    const result = importResultSchema.parse(good.json());
    expect(result).toMatchObject({ committed: true, counts: { rows: 40, valid: 40, invalid: 0 } });
    expect(result.rows.every((row) => row.matterId !== null)).toBe(true);
    expect(await countMatters(importby.id)).toBe(before + 40);
    const first = matterDetailSchema.parse(
      (await importby.officer.get(`/api/matters/${result.rows[0]?.matterId}`)).json(),
    );
    expect(first).toMatchObject({
      title: 'Ärende 1',
      diaryNumber: 'KS 2026/1000',
      body: 'KF',
      decisionDate: '2026-12-14',
    });
  });

  it('takes a large file (1000 long rows) over the usual body limit', async () => {
    const csv = [
      'title;diary number;body;decision date',
      ...Array.from(
        { length: maxMatterImportRows },
        (_v, i) => `${'Lång rubrik '.repeat(24)}${i};KS 2026/${i};Kommunfullmäktige;2026-12-14`,
      ),
    ].join('\n');
    expect(Buffer.byteLength(csv)).toBeGreaterThan(256 * 1024);
    const result = await preview(importby.secretary, csv);
    expect(result.counts).toEqual({ rows: maxMatterImportRows, valid: maxMatterImportRows, invalid: 0 });
  });
});

describe('step 1: screening', () => {
  async function screen(client: TestClient, body: unknown): Promise<Screening> {
    const response = await client.post('/api/screenings', body);
    expect(response.statusCode, response.body).toBe(201);
    return screeningSchema.parse(response.json());
  }

  it('screens existing and new matters at once, signed by the screener, with the template’s prompts', async () => {
    const existing = await createMatterVia(ekby.secretary, {
      title: 'Ändrad skolskjuts',
      diaryNumber: 'BUN 2026/0012',
    });
    const screening = await screen(ekby.secretary, {
      title: 'KS 2026-12-03',
      rows: [
        {
          matterId: existing,
          level: 'moderate',
          reason: 'Föräldrar är upprörda.',
          prompts: { P1: true, P4: true },
        },
        {
          matter: { title: 'Nedläggning av Åby bibliotek', body: 'Kulturnämnden' },
          level: 'high',
          reason: 'Har lett till hot förut.',
          prompts: { P2: true },
        },
        { matter: { title: 'Revisionsberättelse 2025' }, level: 'low' },
      ],
    });
    expect(screening).toMatchObject({
      title: 'KS 2026-12-03',
      screenedBy: { id: ekby.people.secretary.id, name: 'Siv Sekreterare' },
      templateVersion: 1,
    });
    expect(screening.prompts.map((prompt) => prompt.id)).toEqual(['P1', 'P2', 'P3', 'P4']);
    expect(
      screening.rows.map((row) => [row.matter.title, row.level, row.needsStep2, row.queuedAt, row.prompts]),
    ).toEqual([
      ['Ändrad skolskjuts', 'moderate', true, null, { P1: true, P2: false, P3: false, P4: true }],
      ['Nedläggning av Åby bibliotek', 'high', true, null, { P1: false, P2: true, P3: false, P4: false }],
      ['Revisionsberättelse 2025', 'low', false, null, { P1: false, P2: false, P3: false, P4: false }],
    ]);
    const list = screeningListSchema.parse((await ekby.secretary.get('/api/screenings')).json());
    expect(list.screenings[0]).toMatchObject({ id: screening.id, rows: 3, needsStep2: 2, queued: 0 });
    // The result level of step 1 is on the matter for everyone who reads matters (officials and
    // party contacts: on a public agenda, ADR 017).
    await meetingWithAgenda(database, ekby.id, [existing]);
    const matter = matterDetailSchema.parse((await ekby.contact.get(`/api/matters/${existing}`)).json());
    expect(matter.result.screeningLevel).toBe('moderate');
  });

  it('sends moderate and high on to step 2 with one click: a draft for the security unit, once', async () => {
    const screening = await screen(ekby.secretary, {
      rows: [
        { matter: { title: 'Flytt av äldreboendet Solgården' }, level: 'high' },
        { matter: { title: 'Ny taxa för parkering' }, level: 'moderate' },
        { matter: { title: 'Delårsrapport' }, level: 'low' },
      ],
    });
    const queued = await ekby.secretary.post(`/api/screenings/${screening.id}/queue`);
    expect(queued.statusCode).toBe(200);
    const after = screeningSchema.parse(queued.json());
    expect(after.rows.map((row) => row.queuedAt !== null)).toEqual([true, true, false]);
    const matterIds = screening.rows.map((row) => row.matter.id);
    const drafts = assessmentListSchema.parse(
      (await ekby.officer.get('/api/assessments?status=draft')).json(),
    );
    const draftMatters = drafts.assessments.map((entry) => entry.matter.id);
    expect(matterIds.map((id) => draftMatters.includes(id))).toEqual([true, true, false]);

    const again = screeningSchema.parse(
      (await ekby.officer.post(`/api/screenings/${screening.id}/queue`)).json(),
    );
    expect(again.rows.map((row) => row.queuedAt)).toEqual(after.rows.map((row) => row.queuedAt));
    const [draftCount] = await database.db
      .select({ n: count() })
      .from(assessments)
      .where(and(eq(assessments.organisationId, ekby.id), eq(assessments.matterId, matterIds[0] ?? '')));
    expect(draftCount?.n).toBe(1);
    const list = matterListSchema.parse((await ekby.secretary.get('/api/matters?q=Solgården')).json());
    expect(list.matters[0]?.result).toMatchObject({ screeningLevel: 'high', assessmentInProgress: true });
  });

  it('sent on twice at the same moment (a double click): both 200, one draft per matter, queued and audited once', async () => {
    const screening = await screen(ekby.secretary, {
      rows: [
        { matter: { title: 'Ombyggnad av Stortorget' }, level: 'high' },
        { matter: { title: 'Ny badplats vid Åsjön' }, level: 'moderate' },
      ],
    });
    const queue = () => ekby.secretary.post(`/api/screenings/${screening.id}/queue`);
    const responses = await raceBeforeCommit(database, ekby.id, 2, () => Promise.all([queue(), queue()]));
    expect(responses.map((response) => response.statusCode)).toEqual([200, 200]);
    const [first, second] = responses.map((response) => screeningSchema.parse(response.json()));
    const queuedAt = first?.rows.map((row) => row.queuedAt);
    expect(queuedAt?.every((at) => at !== null)).toBe(true);
    expect(second?.rows.map((row) => row.queuedAt)).toEqual(queuedAt);
    for (const row of screening.rows) expect(await draftsOf(row.matter.id)).toBe(1);
    const events = await database.db
      .select({ action: auditEvents.action, details: auditEvents.details })
      .from(auditEvents)
      .where(eq(auditEvents.recordId, screening.id));
    expect(events.filter((event) => event.action === 'screening.queue')).toEqual([
      { action: 'screening.queue', details: { queued: 2, drafts: 2 } },
    ]);

    // Later clicks change nothing either: the first time a row was sent on is kept.
    const again = screeningSchema.parse((await queue()).json());
    expect(again.rows.map((row) => row.queuedAt)).toEqual(queuedAt);
  });

  it('sent on while an officer starts an assessment of one of its matters: one draft, no conflict', async () => {
    const screening = await screen(ekby.secretary, {
      rows: [{ matter: { title: 'Detaljplan för Norra hamnen' }, level: 'high' }],
    });
    const matterId = screening.rows[0]?.matter.id ?? '';
    const responses = await raceBeforeCommit(database, ekby.id, 2, () =>
      Promise.all([
        ekby.secretary.post(`/api/screenings/${screening.id}/queue`),
        ekby.officer.post('/api/assessments', { matterId }),
      ]),
    );
    expect(responses[0]?.statusCode, responses[0]?.body).toBe(200);
    expect([200, 201]).toContain(responses[1]?.statusCode);
    expect(await draftsOf(matterId)).toBe(1);
  });

  it('refuses a matter of another organisation, an unknown prompt, and a row with both or neither matter', async () => {
    const theirs = await createMatterVia(grannby.secretary, { title: 'Grannbys ärende' });
    const response = await ekby.secretary.post('/api/screenings', {
      rows: [
        { matterId: theirs, level: 'low' },
        { matter: { title: 'Ny gång- och cykelväg' }, level: 'low', prompts: { P9: true } },
      ],
    });
    expect(response.statusCode).toBe(422);
    expect(errorOf(response).fields).toEqual({
      'rows.0.matterId': 'Det politiska ärendet finns inte.',
      'rows.1.prompts.P9': 'Stödfrågan finns inte i mallen.',
    });
    const both = await ekby.secretary.post('/api/screenings', {
      rows: [{ matterId: theirs, matter: { title: 'x' }, level: 'low' }, { level: 'low' }],
    });
    expect(both.statusCode).toBe(400);
    expect(errorOf(both).fields).toEqual({
      'rows.0.matterId': 'Välj ett befintligt ärende eller skriv en rubrik för ett nytt, inte båda.',
      'rows.1.matterId': 'Välj ett befintligt ärende eller skriv en rubrik för ett nytt, inte båda.',
    });
    const screenings = screeningListSchema.parse((await grannby.secretary.get('/api/screenings')).json());
    expect(screenings.screenings).toEqual([]);
  });

  it('of another organisation is not found', async () => {
    const theirs = await screen(grannby.secretary, {
      rows: [{ matter: { title: 'Grannbys budget' }, level: 'high' }],
    });
    expect((await ekby.secretary.get(`/api/screenings/${theirs.id}`)).statusCode).toBe(404);
    expect((await ekby.secretary.post(`/api/screenings/${theirs.id}/queue`)).statusCode).toBe(404);
  });
});
