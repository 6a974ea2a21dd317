import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../lib/errors';
import { readOfficialFile } from './official-file';

/** Reading the municipality's list: the bytes decide the format; rows keep their line in the file. */

const csv = (text: string, encoding: BufferEncoding = 'utf8') => Buffer.from(text, encoding);

async function problemOf(content: Buffer): Promise<AppError> {
  const error = await readOfficialFile(content).catch((caught: unknown) => caught);
  if (!(error instanceof AppError)) throw new Error('no AppError');
  return error;
}

describe('reading an officials file', () => {
  it('reads CSV with `;`, a BOM, quoted fields and blank lines, keeping each row’s line', async () => {
    const file = await readOfficialFile(
      csv(
        '\uFEFFNamn;Organ;Uppdrag;Från\r\n"Öberg, Åsa";Socialnämnden;Ledamot;2023-01-01\r\n\r\nBo Ek;KS;Ersättare;2023-01-01\r\n',
      ),
    );
    expect(file.format).toBe('csv');
    expect(file.columns).toEqual(['name', 'body', 'role', 'termStart']);
    expect(file.rows[0]).toMatchObject({ name: 'Öberg, Åsa', body: 'Socialnämnden' });
    expect(file.lines).toEqual([2, 4]);
  });

  it('reads Windows-1252 as older Excel saves it', async () => {
    const file = await readOfficialFile(
      csv('Namn,Organ,Uppdrag,Från\nÅsa Öberg,Socialnämnden,Ledamot,2023-01-01\n', 'latin1'),
    );
    expect(file.rows[0]?.name).toBe('Åsa Öberg');
  });

  it('reads the first sheet of XLSX, with date cells as days and hyperlinked e-mail as text', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Lista');
    sheet.addRow(['Name', 'Email', 'Body', 'Role', 'From']);
    sheet.addRow([
      'Eva Ek',
      { text: 'eva@ekby.se', hyperlink: 'mailto:eva@ekby.se' },
      'KS',
      'chair',
      new Date(Date.UTC(2023, 0, 1)),
    ]);
    const file = await readOfficialFile(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(file).toMatchObject({ format: 'xlsx', lines: [2] });
    expect(file.rows[0]).toEqual({
      name: 'Eva Ek',
      email: 'eva@ekby.se',
      body: 'KS',
      role: 'chair',
      termStart: '2023-01-01',
    });
  });

  it('refuses an empty file and other formats (415), a file without the needed columns or an unclosed quote (422)', async () => {
    expect((await problemOf(Buffer.alloc(0))).code).toBe('file_type_not_allowed');
    expect((await problemOf(Buffer.from('%PDF-1.4\n%hostile'))).code).toBe('file_type_not_allowed');
    expect((await problemOf(csv('Namn;Organ\nA;B\n'))).fields).toEqual({
      file: {
        sv: 'Rubrikraden saknar kolumner: Uppdrag, Från.',
        en: 'The header row lacks columns: role, termStart.',
      },
    });
    expect((await problemOf(csv('Namn;Organ;Uppdrag;Från\n"A;B;C;D\n'))).code).toBe('rule_violation');
    expect((await problemOf(csv('\n\n'))).code).toBe('rule_violation');
  });
});
