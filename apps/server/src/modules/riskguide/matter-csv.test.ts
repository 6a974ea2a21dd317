import { describe, expect, it } from 'vitest';
import { maxMatterImportRows } from '@varn/domain';
import { readMattersCsv } from './matter-csv';

/** Reading an import of matters (issue 4 §1): separators, quotes, headers, limits and row errors. */

const header = 'title;diary number;body;decision date';

describe('readMattersCsv: the file', () => {
  it.each<[string, string, { rows: number; fileErrors: string[] }]>([
    [
      'a header and two rows',
      `${header}\nBudget 2027;KS 2026/0001;KF;2026-12-14\nNy simhall;;;`,
      { rows: 2, fileErrors: [] },
    ],
    ['Windows line ends', `${header}\r\nBudget 2027;;;\r\n`, { rows: 1, fileErrors: [] }],
    ['a byte-order mark', `\uFEFF${header}\nBudget 2027;;;`, { rows: 1, fileErrors: [] }],
    ['blank lines between and after rows', `${header}\n\nBudget;;;\n;;;\n\n`, { rows: 1, fileErrors: [] }],
    ['only a header', header, { rows: 0, fileErrors: [] }],
    ['nothing at all', '', { rows: 0, fileErrors: ['csv_empty'] }],
    ['only blank lines', '\n\n;;;\n', { rows: 0, fileErrors: ['csv_empty'] }],
    ['an unknown column', 'title;owner\nBudget;Anna', { rows: 0, fileErrors: ['csv_unknown_column'] }],
    ['a column twice', 'title;titel\nBudget;Budget', { rows: 0, fileErrors: ['csv_duplicate_column'] }],
    ['no title column', 'diary number;body\nKS 1;KF', { rows: 0, fileErrors: ['csv_missing_title_column'] }],
    ['a quote that never ends', `${header}\n"Budget;;;`, { rows: 0, fileErrors: ['csv_unclosed_quote'] }],
  ])('%s', (_label, csv, expected) => {
    const result = readMattersCsv(csv);
    expect({ rows: result.rows.length, fileErrors: result.fileErrors.map((error) => error.key) }).toEqual(
      expected,
    );
  });

  it.each([
    ['semicolons (Excel in Sweden)', 'title;diary number\nBudget, del 2;KS 1'],
    ['commas', 'title,diary number\n"Budget, del 2",KS 1'],
    ['tabs', 'title\tdiary number\nBudget, del 2\tKS 1'],
  ])('reads fields separated by %s', (_label, csv) => {
    const [row] = readMattersCsv(csv).rows;
    expect(row).toMatchObject({ title: 'Budget, del 2', diaryNumber: 'KS 1', errors: [] });
  });

  it('takes Swedish column names in any order, and quoted fields with separators, quotes and line breaks', () => {
    const csv =
      'Beslutsdatum;Titel;Diarienummer\n2026-12-14;"Skolan ""Norrby""; nedläggning\nandra raden";KS 2026/0456';
    const { rows, fileErrors } = readMattersCsv(csv);
    expect(fileErrors).toEqual([]);
    expect(rows).toEqual([
      {
        line: 2,
        title: 'Skolan "Norrby"; nedläggning\nandra raden',
        diaryNumber: 'KS 2026/0456',
        body: null,
        decisionDate: '2026-12-14',
        errors: [],
      },
    ]);
  });

  it('opens a quote only at the start of a field (after blanks); a quote inside a field is a character', () => {
    // Many quotes inside one field are read once each (the parser never rescans the field).
    const csv = `Titel;Diarienummer\n  "Citerad; titel";Tal "i" mitten\nBro${'"'.repeat(200)};x`;
    const { rows, fileErrors } = readMattersCsv(csv);
    expect(fileErrors).toEqual([]);
    expect(rows.map((row) => [row.title, row.diaryNumber])).toEqual([
      ['Citerad; titel', 'Tal "i" mitten'],
      [`Bro${'"'.repeat(200)}`, 'x'],
    ]);
  });

  it('numbers rows by the line they start on, after a quoted line break too', () => {
    const csv = `${header}\n"Två\nrader";;;\nTredje;;;`;
    expect(readMattersCsv(csv).rows.map((row) => row.line)).toEqual([2, 4]);
  });

  it(`accepts ${maxMatterImportRows} rows and refuses one more`, () => {
    const rows = (count: number) =>
      [header, ...Array.from({ length: count }, (_value, index) => `Ärende ${index + 1};;;`)].join('\n');
    expect(readMattersCsv(rows(maxMatterImportRows)).rows).toHaveLength(maxMatterImportRows);
    const tooMany = readMattersCsv(rows(maxMatterImportRows + 1));
    expect(tooMany.fileErrors).toEqual([
      { line: 1, column: null, key: 'csv_too_many_rows', n: maxMatterImportRows },
    ]);
    expect(tooMany.rows).toEqual([]);
  });

  it('names the unknown column', () => {
    expect(readMattersCsv('title;Ansvarig\nBudget;Anna').fileErrors).toEqual([
      { line: 1, column: 'Ansvarig', key: 'csv_unknown_column' },
    ]);
  });
});

describe('readMattersCsv: the rows', () => {
  it.each<[string, string, { field: string; key: string; n?: number }[]]>([
    ['a valid row', 'Budget 2027;KS 1;KF;2026-12-14', []],
    ['a missing title', ';KS 1;KF;2026-12-14', [{ field: 'title', key: 'required' }]],
    ['a title of spaces', '   ;KS 1;;', [{ field: 'title', key: 'required' }]],
    ['a date that does not exist', 'Budget;;;2026-02-30', [{ field: 'decisionDate', key: 'calendar_date' }]],
    ['a Swedish short date', 'Budget;;;14/12/2026', [{ field: 'decisionDate', key: 'calendar_date' }]],
    ['a date with a time', 'Budget;;;2026-12-14 18:00', [{ field: 'decisionDate', key: 'calendar_date' }]],
    [
      'a title one character too long',
      `${'x'.repeat(301)};;;`,
      [{ field: 'title', key: 'too_long', n: 300 }],
    ],
    [
      'a diary number one character too long',
      `Budget;${'x'.repeat(61)};;`,
      [{ field: 'diaryNumber', key: 'too_long', n: 60 }],
    ],
    ['more fields than columns', 'Budget;;;;extra', [{ field: 'row', key: 'csv_too_many_fields' }]],
    ['empty extra fields (a separator at the end)', 'Budget;;;;', []],
    ['fewer fields than columns', 'Budget', []],
    [
      'several problems at once',
      ';;;2026-13-01',
      [
        { field: 'title', key: 'required' },
        { field: 'decisionDate', key: 'calendar_date' },
      ],
    ],
  ])('%s', (_label, line, errors) => {
    const [row] = readMattersCsv(`${header}\n${line}`).rows;
    expect(row?.errors).toEqual(errors);
  });

  it('keeps what it read, trimmed, with empty cells as null', () => {
    const [row] = readMattersCsv(`${header}\n  Budget 2027 ; KS 1 ;;`).rows;
    expect(row).toEqual({
      line: 2,
      title: 'Budget 2027',
      diaryNumber: 'KS 1',
      body: null,
      decisionDate: null,
      errors: [],
    });
  });
});
