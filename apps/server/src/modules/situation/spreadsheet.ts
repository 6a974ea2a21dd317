import ExcelJS from 'exceljs';
import type { ExportFormat } from '@varn/contracts';

/*
 * The exports' files (issue 12 §2): tables written as CSV the way Swedish Excel opens it (`;`,
 * UTF-8 with BOM, CRLF, RFC 4180 quoting) or as XLSX with one sheet per table. A cell is a text,
 * a number or empty; a hidden count (small-cell rule) is written as the text the caller gives.
 */

/** One cell: text, a number, or empty. */
export type Cell = string | number | null;

/** One table of an export: a sheet in XLSX, a section (its name, then header and rows) in CSV. */
export interface Table {
  /** The sheet's name (at most 31 characters in XLSX; cut here). */
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
}

/** A written export. */
export interface ExportFile {
  readonly contentType: string;
  readonly extension: ExportFormat;
  readonly content: Buffer;
}

export const csvType = 'text/csv; charset=utf-8';
export const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A text that a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, or a tab or carriage
 * return before one) gets a leading apostrophe (OWASP "CSV injection"): a reference or a category
 * an admin named "=HYPERLINK(…)" stays text when the file is opened.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/u.test(text) ? `'${text}` : text;
}

function csvField(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  const text = neutraliseFormula(cell);
  return /[;"\r\n]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The tables as one CSV: each table's name on a line, its header and rows, a blank line between. */
export function writeCsv(tables: readonly Table[]): Buffer {
  const lines: string[] = [];
  tables.forEach((table, index) => {
    if (index > 0) lines.push('');
    if (tables.length > 1) lines.push(csvField(table.name));
    lines.push(table.header.map(csvField).join(';'));
    for (const row of table.rows) lines.push(row.map(csvField).join(';'));
  });
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

/** Sheet names: at most 31 characters, none of `[]:*?/\`, unique. */
function sheetNames(tables: readonly Table[]): string[] {
  const used = new Set<string>();
  return tables.map((table) => {
    const base = table.name.replace(/[[\]:*?/\\]/gu, '-').slice(0, 31) || 'Blad';
    let name = base;
    for (let counter = 2; used.has(name.toLowerCase()); counter += 1)
      name = `${base.slice(0, 31 - String(counter).length - 1)} ${counter}`;
    used.add(name.toLowerCase());
    return name;
  });
}

/** The tables as an XLSX workbook, one sheet each, header bold and frozen. */
export async function writeXlsx(tables: readonly Table[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Värn';
  const names = sheetNames(tables);
  tables.forEach((table, index) => {
    const sheet = workbook.addWorksheet(names[index]);
    sheet.addRow([...table.header]).font = { bold: true };
    for (const row of table.rows) sheet.addRow([...row]);
    sheet.columns.forEach((column, columnIndex) => {
      column.width = columnIndex === 0 ? 36 : 16;
    });
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The tables in the asked format. */
export async function writeExport(format: ExportFormat, tables: readonly Table[]): Promise<ExportFile> {
  return format === 'csv'
    ? { contentType: csvType, extension: 'csv', content: writeCsv(tables) }
    : { contentType: xlsxType, extension: 'xlsx', content: await writeXlsx(tables) };
}
