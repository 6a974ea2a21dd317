import ExcelJS from 'exceljs';
import { fileTypeFromBuffer } from 'file-type';
import {
  importColumnFor,
  maxOfficialImportRows,
  type OfficialImportColumn,
  type OfficialImportRow,
} from '@varn/domain';
import { detectSeparator, readRecords } from '../../lib/csv';
import { AppError } from '../../lib/errors';

/*
 * Reading the municipality's list of officials (issue 11 §1): CSV (`;`, `,` or tab; UTF-8, or
 * Windows-1252 as older Excel saves it) or XLSX (the first worksheet), a header row and one
 * assignment per row. The bytes decide the format, not the file name. The result is rows of text
 * by column for the domain's `checkOfficialImport`, each with its line in the file.
 */

/** Largest import file, in bytes (5 MiB: a list of a few thousand rows is well under 1 MiB). */
export const maxOfficialFileBytes = 5 * 1024 * 1024;

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The columns an import needs. */
const requiredColumns: readonly OfficialImportColumn[] = ['name', 'body', 'role', 'termStart'];

/** The file read: its format, recognised columns, and its non-blank data rows with their lines. */
export interface OfficialFile {
  readonly format: 'csv' | 'xlsx';
  readonly columns: readonly OfficialImportColumn[];
  readonly rows: readonly OfficialImportRow[];
  readonly lines: readonly number[];
}

const fileProblem = (sv: string, en: string) =>
  new AppError('rule_violation', { fields: { file: { sv, en } } });

const unreadable = () =>
  fileProblem(
    'Filen går inte att läsa som en CSV- eller Excelfil (.xlsx).',
    'The file cannot be read as a CSV or Excel (.xlsx) file.',
  );

/** Reads an uploaded file; 415 for a file that is neither, 422 for one without the needed columns. */
export async function readOfficialFile(content: Buffer): Promise<OfficialFile> {
  if (content.length === 0) throw new AppError('file_type_not_allowed');
  const detected = (await fileTypeFromBuffer(content))?.mime;
  let table: { line: number; cells: string[] }[];
  let format: OfficialFile['format'];
  if (detected === xlsxType || detected === 'application/zip') {
    format = 'xlsx';
    table = await readXlsx(content);
  } else if (detected === undefined) {
    format = 'csv';
    table = readCsv(content);
  } else throw new AppError('file_type_not_allowed');

  const [header, ...data] = table.filter((row) => row.cells.some((cell) => cell.trim() !== ''));
  if (!header)
    throw fileProblem(
      'Filen är tom. Den första raden ska vara en rubrikrad.',
      'The file is empty. The first row must be a header row.',
    );
  const columns = header.cells.map((cell) => importColumnFor(cell));
  const recognised = [
    ...new Set(columns.filter((column): column is OfficialImportColumn => column !== null)),
  ];
  const missing = requiredColumns.filter((column) => !recognised.includes(column));
  if (missing.length > 0)
    throw fileProblem(
      `Rubrikraden saknar kolumner: ${missing.map((column) => swedishHeader[column]).join(', ')}.`,
      `The header row lacks columns: ${missing.join(', ')}.`,
    );
  if (data.length > maxOfficialImportRows)
    throw fileProblem(
      `Filen får ha högst ${maxOfficialImportRows} rader utöver rubrikraden.`,
      `The file may have at most ${maxOfficialImportRows} rows besides the header row.`,
    );
  const rows = data.map((record) => {
    const row: Partial<Record<OfficialImportColumn, string>> = {};
    columns.forEach((column, index) => {
      if (column !== null && row[column] === undefined) row[column] = record.cells[index] ?? '';
    });
    return row;
  });
  return { format, columns: recognised, rows, lines: data.map((record) => record.line) };
}

/** The Swedish header of each column, as the README documents them. */
export const swedishHeader: Readonly<Record<OfficialImportColumn, string>> = {
  name: 'Namn',
  email: 'E-post',
  phone: 'Telefon',
  body: 'Organ',
  role: 'Uppdrag',
  termStart: 'Från',
  termEnd: 'Till',
  partyCode: 'Parti',
  birthYear: 'Födelseår',
};

function readCsv(content: Buffer): { line: number; cells: string[] }[] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    text = new TextDecoder('windows-1252').decode(content);
  }
  if (text.includes('\u0000')) throw new AppError('file_type_not_allowed');
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  const { records, unclosedAt } = readRecords(text, detectSeparator(text));
  if (unclosedAt !== null)
    throw fileProblem(
      `Ett citattecken på rad ${unclosedAt} avslutas aldrig.`,
      `A quotation mark on line ${unclosedAt} is never closed.`,
    );
  return records.map((record) => ({ line: record.line, cells: [...record.fields] }));
}

/** A calendar day of an XLSX date cell (stored as UTC midnight of the day shown). */
const dayOf = (date: Date): string => date.toISOString().slice(0, 10);

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : dayOf(value);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('error' in value) return '';
    return '';
  }
  return String(value);
}

async function readXlsx(content: Buffer): Promise<{ line: number; cells: string[] }[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    throw unreadable();
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw unreadable();
  if (sheet.rowCount > maxOfficialImportRows + 1)
    throw fileProblem(
      `Filen får ha högst ${maxOfficialImportRows} rader utöver rubrikraden.`,
      `The file may have at most ${maxOfficialImportRows} rows besides the header row.`,
    );
  const rows: { line: number; cells: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    // Columns beyond the 30th are not an officials list's.
    for (let column = 1; column <= Math.min(row.cellCount, 30); column += 1)
      cells.push(cellText(row.getCell(column).value));
    rows.push({ line: rowNumber, cells });
  });
  return rows;
}

/** The export's rows as an XLSX workbook. */
export async function writeXlsx(
  sheetName: string,
  header: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Värn';
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow([...header]).font = { bold: true };
  for (const row of rows) sheet.addRow([...row]);
  sheet.columns.forEach((column) => {
    column.width = 22;
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
