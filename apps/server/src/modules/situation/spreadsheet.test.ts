import { describe, expect, it } from 'vitest';
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
