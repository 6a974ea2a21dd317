import { isCalendarDate, matterTextLimits, maxMatterImportRows } from '@varn/domain';
import type { FieldMessageKey } from '@varn/contracts';
import { detectSeparator, readRecords } from '../../lib/csv';

/*
 * Reading an import of matters (issue 4 §1): CSV text with a header row, the columns title, diary
 * number, body and decision date (in English or Swedish, any order; only title is required), fields
 * separated by `;` (as Excel writes in Sweden), `,` or a tab, quoted as in RFC 4180. Nothing is
 * saved here: every row gets its errors, the file its own.
 */

/** The columns of an import. */
export type MatterColumn = 'title' | 'diaryNumber' | 'body' | 'decisionDate';

/** Header names accepted for each column, compared without case, spaces, `_` or `-`. */
const columnNames: Readonly<Record<MatterColumn, readonly string[]>> = {
  title: ['title', 'titel', 'rubrik', 'ärende', 'ärendemening'],
  diaryNumber: ['diarynumber', 'diarienummer', 'diarienr', 'dnr'],
  body: ['body', 'organ', 'beslutsorgan', 'instans', 'nämnd'],
  decisionDate: ['decisiondate', 'beslutsdatum', 'datum', 'sammanträdesdatum'],
};

const normalise = (name: string): string =>
  name
    .normalize('NFC')
    .toLocaleLowerCase('sv')
    .replace(/[\s_-]+/gu, '');

const matterColumns: readonly MatterColumn[] = ['title', 'diaryNumber', 'body', 'decisionDate'];

function columnOf(name: string): MatterColumn | undefined {
  const key = normalise(name);
  return matterColumns.find((column) => columnNames[column].includes(key));
}

/** A problem: a catalogue key, and the number for `{n}` where the message has one. */
export interface CsvProblem {
  readonly key: FieldMessageKey;
  readonly n?: number;
}

/** A problem of the whole file, at a line; `column` names the header entry it concerns. */
export interface CsvFileError extends CsvProblem {
  readonly line: number;
  readonly column: string | null;
}

/** One data row, by its line in the file (the header is line 1 when the file starts with it). */
export interface CsvMatterRow {
  readonly line: number;
  readonly title: string | null;
  readonly diaryNumber: string | null;
  readonly body: string | null;
  readonly decisionDate: string | null;
  /** By field (`title`, `diaryNumber`, `body`, `decisionDate`, or `row`). */
  readonly errors: readonly (CsvProblem & { readonly field: MatterColumn | 'row' })[];
}

export interface CsvImport {
  readonly fileErrors: readonly CsvFileError[];
  readonly rows: readonly CsvMatterRow[];
}

const limits: Readonly<Record<Exclude<MatterColumn, 'decisionDate'>, number>> = {
  title: matterTextLimits.title,
  diaryNumber: matterTextLimits.diaryNumber,
  body: matterTextLimits.body,
};

/** Reads the CSV text of an import: the file's problems and each data row with its own. */
export function readMattersCsv(input: string): CsvImport {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const { records, unclosedAt } = readRecords(text, detectSeparator(text));
  if (unclosedAt !== null)
    return { fileErrors: [{ line: unclosedAt, column: null, key: 'csv_unclosed_quote' }], rows: [] };
  const nonBlank = records.filter((record) => record.fields.some((value) => value.trim() !== ''));
  const [header, ...data] = nonBlank;
  if (!header) return { fileErrors: [{ line: 1, column: null, key: 'csv_empty' }], rows: [] };

  const fileErrors: CsvFileError[] = [];
  const columns: (MatterColumn | null)[] = [];
  const seen = new Set<MatterColumn>();
  header.fields.forEach((name, index) => {
    const trimmed = name.trim();
    // An empty trailing header cell (a separator at the end of the line) is no column.
    if (trimmed === '' && index === header.fields.length - 1 && index > 0) {
      columns.push(null);
      return;
    }
    const column = columnOf(trimmed);
    if (!column) fileErrors.push({ line: header.line, column: trimmed, key: 'csv_unknown_column' });
    else if (seen.has(column))
      fileErrors.push({ line: header.line, column: trimmed, key: 'csv_duplicate_column' });
    if (column) seen.add(column);
    columns.push(column ?? null);
  });
  if (!seen.has('title'))
    fileErrors.push({ line: header.line, column: null, key: 'csv_missing_title_column' });
  if (data.length > maxMatterImportRows)
    fileErrors.push({ line: header.line, column: null, key: 'csv_too_many_rows', n: maxMatterImportRows });
  if (fileErrors.length > 0) return { fileErrors, rows: [] };

  const rows = data.map((record): CsvMatterRow => {
    const values: Partial<Record<MatterColumn, string>> = {};
    const errors: (CsvProblem & { field: MatterColumn | 'row' })[] = [];
    record.fields.forEach((value, index) => {
      const column = columns[index];
      if (column) values[column] = value.trim();
      else if (value.trim() !== '' && !errors.some((error) => error.key === 'csv_too_many_fields'))
        errors.push({ field: 'row', key: 'csv_too_many_fields' });
    });
    const orNull = (value: string | undefined): string | null => (value ? value : null);
    if (!values.title) errors.push({ field: 'title', key: 'required' });
    for (const column of ['title', 'diaryNumber', 'body'] as const) {
      const value = values[column];
      if (value && value.length > limits[column])
        errors.push({ field: column, key: 'too_long', n: limits[column] });
    }
    if (values.decisionDate && !isCalendarDate(values.decisionDate))
      errors.push({ field: 'decisionDate', key: 'calendar_date' });
    return {
      line: record.line,
      title: orNull(values.title),
      diaryNumber: orNull(values.diaryNumber),
      body: orNull(values.body),
      decisionDate: orNull(values.decisionDate),
      errors,
    };
  });
  return { fileErrors: [], rows };
}
