import { read as readWorkbook, utils, type WorkBook } from '@e965/xlsx';
import { extractText } from 'unpdf';
import { describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { readRecords } from '../../lib/csv';
import { insertTaxonomyEntry } from '../taxonomy/taxonomy.repository';
import {
  buildTestApp,
  createCaseOrganisation,
  createTestDatabase,
  incidentReport,
  testClock,
} from '../../../test/helpers';

/**
 * The lägesbild's report and exports (issue 12 §2): the council's PDF (aggregates only, no names),
 * the figures as CSV and XLSX read back by an independent reader (SheetJS), the anonymised PTU
 * aggregate, and the security unit's incident list.
 */

const clock = testClock(new Date('2026-09-02T09:00:00.000Z'));
const database = await createTestDatabase();
const app = await buildTestApp(database, { clock });
const ekby = await createCaseOrganisation(database, app, 'Ekby kommun');
const grannby = await createCaseOrganisation(database, app, 'Grannby kommun');

const secret = 'Hemlig beskrivning av hotet';
// An admin's own channel whose label a spreadsheet would take for a formula.
await insertTaxonomyEntry(database.db, {
  organisationId: ekby.id,
  kind: 'channel',
  code: 'formel',
  labelSv: '=HYPERLINK("http://evil.example","klicka")',
  labelEn: '=HYPERLINK("http://evil.example","click")',
  now: new Date(),
});

// In August: six harassment cases against Stina (staff) and five of vandalism against Olle (party
// S). In September: seven threats against Olle and three more harassment cases against Stina. One
// case in Grannby, which Ekby never counts.
clock.set(new Date('2026-08-12T09:00:00.000Z'));
for (let index = 0; index < 6; index += 1)
  await ekby.staff.post('/api/incidents', incidentReport({ description: secret, targetRole: 'staff' }));
for (let index = 0; index < 5; index += 1)
  await ekby.official.post(
    '/api/incidents',
    incidentReport({
      description: secret,
      categories: ['vandalism'],
      channel: 'in_person_public',
      perpetratorType: 'citizen',
    }),
  );
clock.set(new Date('2026-09-02T09:00:00.000Z'));
const ids: string[] = [];
for (let index = 0; index < 7; index += 1) {
  const response = await ekby.official.post(
    '/api/incidents',
    incidentReport({
      description: secret,
      categories: ['threat'],
      channel: index === 0 ? 'formel' : 'social_public',
      perpetratorType: 'extremist_right',
    }),
  );
  expect(response.statusCode, response.body).toBe(201);
  ids.push((response.json() as { id: string }).id);
}
for (let index = 0; index < 3; index += 1)
  await ekby.staff.post('/api/incidents', incidentReport({ description: secret, targetRole: 'staff' }));
await grannby.official.post('/api/incidents', incidentReport({ categories: ['threat'] }));
expect(
  (
    await ekby.officer.patch(`/api/incidents/${ids[1]}`, {
      handlerUserId: ekby.people.officer2.id,
      severity: 'high',
    })
  ).statusCode,
).toBe(200);
expect(
  (
    await ekby.officer.post('/api/situation/assessments', {
      level: 'elevated',
      text: 'Valrörelsen har gett fler hot i sociala medier.',
    })
  ).statusCode,
).toBe(201);

const names = ['Olle', 'Stina', 'Sara Säkerhet', 'Sven Skydd', 'Kim Kontakt', 'Vera Visare'];

async function pdfText(response: LightMyRequestResponse): Promise<string> {
  expect(response.statusCode, response.body).toBe(200);
  expect(response.headers['content-type']).toBe('application/pdf');
  const { text } = await extractText(new Uint8Array(response.rawPayload), { mergePages: true });
  return text.replace(/\s+/gu, ' ');
}

function workbookOf(response: LightMyRequestResponse): WorkBook {
  expect(response.statusCode, response.body).toBe(200);
  expect(response.headers['content-type']).toBe(
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  );
  return readWorkbook(response.rawPayload, { type: 'buffer' });
}

function sheetRows(workbook: WorkBook, name: string): unknown[][] {
  const sheet = workbook.Sheets[name];
  expect(sheet, `${name} in ${workbook.SheetNames.join(', ')}`).toBeDefined();
  return utils.sheet_to_json<unknown[]>(sheet ?? {}, { header: 1, defval: null });
}

function csvRecords(response: LightMyRequestResponse): string[][] {
  expect(response.statusCode, response.body).toBe(200);
  expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
  const text = response.rawPayload.toString('utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  expect(text.replaceAll('\r\n', '')).not.toContain('\n');
  const { records, unclosedAt } = readRecords(text.slice(1), ';');
  expect(unclosedAt).toBeNull();
  return records.map((record) => [...record.fields]);
}

describe('the council report (PDF)', () => {
  it('is dated, in Swedish, with the level, the figures and the charts’ numbers, and names no one — even for the unit', async () => {
    const response = await ekby.officer.get('/api/situation/report');
    expect(response.headers['content-disposition']).toContain(
      'attachment; filename="lagesbild-2026-09-02.pdf"',
    );
    const text = await pdfText(response);
    for (const expected of [
      'Ekby kommun',
      'Lägesbild 2026',
      '2 september 2026 (2026-09-02)',
      'Förhöjt läge',
      'Valrörelsen har gett fler hot i sociala medier.',
      '13 september 2026, 11 dagar kvar',
      'Öppna ärenden 21',
      'nationellt 16–19 %, mål 100 %',
      'Händelser per månad 2026 / 2025',
      'aug (valperiod) 11',
      // September's ten are hidden so that the zeros of the other months cannot be computed.
      'sep (valperiod) dolt',
      'Hot 7',
      'Trakasserier och kränkningar 9',
      // The five of vandalism: hidden even though the unit asked (the council gets aggregates).
      'Skadegörelse eller stöld dolt',
      'antal under 5 visas inte',
    ])
      expect(text).toContain(expected);
    for (const name of [...names, secret]) expect(text).not.toContain(name);
  });

  it('is in English when asked', async () => {
    const response = await ekby.viewer.get('/api/situation/report?lang=en&year=2026');
    expect(response.headers['content-disposition']).toContain('filename="situation-2026-09-02.pdf"');
    const text = await pdfText(response);
    for (const expected of [
      'Situation report 2026',
      'Elevated',
      'Open cases 21',
      'Threats 7',
      'Vandalism or theft hidden',
    ])
      expect(text).toContain(expected);
  });

  it('refuses roles that read no lägesbild, and a bad query in words', async () => {
    expect((await ekby.official.get('/api/situation/report')).statusCode).toBe(403);
    const bad = await ekby.officer.get('/api/situation/report?lang=de');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { code: 'validation_failed' } });
  });
});

describe('the figures as CSV and XLSX', () => {
  it('the unit gets every count, one sheet a trend, read back by SheetJS', async () => {
    const workbook = workbookOf(await ekby.officer.get('/api/situation/export?format=xlsx&year=2026'));
    expect(workbook.SheetNames).toEqual([
      'Nyckeltal 2026',
      'Per månad',
      'Per kategori',
      'Per kanal',
      'Per gärningsperson',
      'Per roll',
      'PTU utsatthet',
      'PTU kanal',
      'PTU gärningsperson',
    ]);
    // Every count as it is: the unit's own scope, no suppression.
    expect(sheetRows(workbook, 'Per månad').map((row) => row.slice(1))).toEqual([
      ['2026', '2025'],
      ...[0, 0, 0, 0, 0, 0, 0, 11, 10, 0, 0, 0].map((count) => [count, 0]),
      [21, 0],
    ]);
    expect(sheetRows(workbook, 'PTU utsatthet')).toContainEqual(['Skadegörelse eller stöld', 5, 0]);
    expect(sheetRows(workbook, 'Nyckeltal 2026').find((row) => row[0] === 'Polisanmälda hot')).toEqual([
      'Polisanmälda hot',
      0,
      expect.any(Number),
      0,
      null,
      null,
    ]);
  });

  it('the viewer’s CSV has sections, hidden small cells and the note', async () => {
    const records = csvRecords(await ekby.viewer.get('/api/situation/export?format=csv&lang=en'));
    expect(records).toContainEqual(['By month']);
    expect(records).toContainEqual(['Vandalism or theft', 'x', 'x']);
    expect(records).toContainEqual(['Harassment and abuse', '9', 'x']);
    expect(records).toContainEqual(['Threats', '7', 'x']);
    expect(records.flat().join(' ')).toContain('x = hidden: fewer than 5');
  });
});

describe('the PTU aggregate', () => {
  it('holds counts in PTU groups only: no count below 5, no names, no party', async () => {
    const records = csvRecords(await ekby.viewer.get('/api/situation/ptu-export?format=csv&year=2026'));
    const flat = records.flat();
    for (const cell of flat) if (/^\d+$/u.test(cell)) expect(Number(cell)).toBeGreaterThanOrEqual(5);
    for (const name of [...names, secret, 'Socialdemokraterna', 'Moderaterna'])
      expect(flat.join(' ')).not.toContain(name);
    const row = (first: string) => records.find((record) => record[0] === first);
    // Each kind's months hidden (one month with cases beside zeros), the kinds' totals shown.
    expect(row('Hot')).toEqual(['Hot', ...Array.from({ length: 12 }, () => 'x'), '7']);
    expect(row('Skadegörelse eller stöld')?.at(-1)).toBe('x');
    expect(row('Totalt')).toEqual(['Totalt', ...'xxxxxxx'.split(''), '11', ...'xxxx'.split(''), '21']);
    expect(row('Organiserad grupp (extremistmiljö, kriminellt nätverk, främmande makt)')).toEqual([
      'Organiserad grupp (extremistmiljö, kriminellt nätverk, främmande makt)',
      '7',
    ]);
    expect(row('Okänd')).toEqual(['Okänd', '9']);
    expect(row('Enskild person')).toEqual(['Enskild person', 'x']);
  });

  it('is the same for the unit (always suppressed), as XLSX', async () => {
    const workbook = workbookOf(
      await ekby.officer.get('/api/situation/ptu-export?format=xlsx&year=2026&lang=en'),
    );
    expect(workbook.SheetNames).toEqual([
      'PTU exposure by month 2026',
      'PTU channel 2026',
      'PTU perpetrator 2026',
      "Targeted person's role 2026",
      'Note',
    ]);
    const roles = sheetRows(workbook, "Targeted person's role 2026");
    expect(roles).toContainEqual(['Elected official', 12]);
    expect(roles).toContainEqual(['Staff member', 'x']);
  });
});

describe('the incident list (security unit)', () => {
  const period = 'from=2026-01-01T00:00:00.000%2B01:00&to=2027-01-01T00:00:00.000%2B01:00';

  it('is refused to the viewer and party contacts', async () => {
    for (const client of [ekby.viewer, ekby.contact, ekby.official])
      expect((await client.get(`/api/incidents/export?${period}&format=csv`)).statusCode).toBe(403);
  });

  it('lists the period’s incidents without descriptions or targeted persons, formula-safe', async () => {
    const records = csvRecords(await ekby.officer.get(`/api/incidents/export?${period}&format=csv`));
    expect(records[0]).toEqual([
      'Referens',
      'Rapporterad',
      'Kategorier',
      'Kanal',
      'Gärningsperson',
      'Den utsattes roll',
      'Allvarlighetsgrad',
      'Status',
      'Handläggare',
      'Polisanmälan',
      'Avslutad',
    ]);
    const rows = records.slice(1);
    expect(rows).toHaveLength(21);
    expect(rows.filter((row) => row[5] === 'Tjänsteperson')).toHaveLength(9);
    expect(rows.some((row) => row[8] === 'Sven Skydd' && row[6] === 'Hög')).toBe(true);
    expect(rows.some((row) => row[3] === `'=HYPERLINK("http://evil.example","klicka")`)).toBe(true);
    for (const row of rows) expect(row[1]).toMatch(/^2026-(08-12|09-02) 11:00$/u);
    const text = records.flat().join(' ');
    for (const excluded of [secret, 'Olle', 'Stina']) expect(text).not.toContain(excluded);
  });

  it('as XLSX, read back by SheetJS, audited', async () => {
    const workbook = workbookOf(
      await ekby.officer.get(`/api/incidents/export?${period}&format=xlsx&lang=en`),
    );
    const rows = sheetRows(workbook, 'Incidents');
    expect(rows[0]?.[0]).toBe('Reference');
    expect(rows).toHaveLength(22);
    const { rows: audited } = await database.pool.query<{ action: string }>(
      "select action from audit_events where organisation_id = $1 and action in ('incident.export', 'situation.export')",
      [ekby.id],
    );
    expect(audited.filter((row) => row.action === 'incident.export').length).toBeGreaterThanOrEqual(2);
    expect(audited.filter((row) => row.action === 'situation.export').length).toBeGreaterThanOrEqual(4);
  });

  it('refuses a period out of order or longer than five years, in words', async () => {
    const reversed = await ekby.officer.get(
      '/api/incidents/export?from=2027-01-01T00:00:00.000Z&to=2026-01-01T00:00:00.000Z&format=csv',
    );
    expect(reversed.statusCode).toBe(400);
    const long = await ekby.officer.get(
      '/api/incidents/export?from=2010-01-01T00:00:00.000Z&to=2026-01-01T00:00:00.000Z&format=csv',
    );
    expect(long.statusCode).toBe(422);
    expect(long.json()).toMatchObject({
      error: { code: 'rule_violation', fields: { to: 'Perioden får vara högst fem år. Dela upp exporten.' } },
    });
    const badFormat = await ekby.officer.get(`/api/incidents/export?${period}&format=pdf`);
    expect(badFormat.statusCode).toBe(400);
    expect(badFormat.json()).toMatchObject({ error: { code: 'validation_failed' } });
  });
});
