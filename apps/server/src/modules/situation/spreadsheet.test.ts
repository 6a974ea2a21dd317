import { describe, expect, it } from 'vitest';
import { suppressCrossTable } from './ptu-aggregate';
import { neutraliseFormula, writeCsv } from './spreadsheet';

describe('CSV as Swedish Excel opens it', () => {
  it('writes a BOM, semicolons, CRLF and RFC 4180 quotes', () => {
    const csv = writeCsv([
      {
        name: 'Ett',
        header: ['Namn', 'Antal'],
        rows: [
          ['a;b', 5],
          ['säger "hej"', null],
          ['rad\nbrytning', 0],
        ],
      },
      { name: 'Två', header: ['x'], rows: [] },
    ]).toString('utf8');
    expect(csv).toBe(
      '\uFEFFEtt\r\nNamn;Antal\r\n"a;b";5\r\n"säger ""hej""";\r\n"rad\nbrytning";0\r\n\r\nTvå\r\nx\r\n',
    );
  });

  it.each([
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+46 8 123', "'+46 8 123"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['\t=1', "'\t=1"],
    ['Hot', 'Hot'],
    ['a=b', 'a=b'],
  ])('neutralises a text a spreadsheet would run: %j', (text, expected) => {
    expect(neutraliseFormula(text)).toBe(expected);
  });

  it('leaves numbers as numbers, even negative ones', () => {
    expect(writeCsv([{ name: 't', header: ['n'], rows: [[-3]] }]).toString('utf8')).toBe('\uFEFFn\r\n-3\r\n');
  });
});

describe('suppressCrossTable: both directions of a table with published margins', () => {
  it('hides the small cells and, in each row and column, enough others that none can be computed', () => {
    const result = suppressCrossTable([
      [10, 3, 8],
      [9, 12, 7],
    ]);
    // Row 1: 3 hidden, so 8 too; column 2 then holds a single hidden 3, so 12 too; row 2 then
    // holds 12 alone hidden, so 7 too — and column 3 has both hidden.
    expect(result).toEqual([
      [10, null, null],
      [9, null, null],
    ]);
  });

  it('keeps a table without small cells whole', () => {
    expect(
      suppressCrossTable([
        [5, 6],
        [7, 8],
      ]),
    ).toEqual([
      [5, 6],
      [7, 8],
    ]);
  });
});
