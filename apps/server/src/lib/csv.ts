/*
 * RFC 4180 CSV as Swedish spreadsheets write it: fields separated by `;` (Excel in Sweden), `,` or
 * a tab, quoted with `"`. Used by the imports of matters (riskguide) and of officials (register).
 */

/** One record of the file with the line it starts on. */
export interface CsvRecord {
  readonly line: number;
  readonly fields: readonly string[];
}

/** The separator of the header line: the most frequent of `;`, `,` and tab outside quotes (`;` on a tie). */
export function detectSeparator(text: string): string {
  const counts = new Map<string, number>([
    [';', 0],
    [',', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best = ';';
  for (const [separator, count] of counts) if (count > (counts.get(best) ?? 0)) best = separator;
  return best;
}

/** RFC 4180 records with the line each starts on; `unclosedAt` when a quote never ends. */
export function readRecords(
  text: string,
  separator: string,
): { records: CsvRecord[]; unclosedAt: number | null } {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  /** Whether the field so far is only whitespace (a quote may still open it); kept, not recomputed. */
  let blank = true;
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 1;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else {
        if (char === '\n') line += 1;
        field += char;
      }
      continue;
    }
    if (char === '"' && blank) {
      quoted = true;
      quoteLine = line;
      field = '';
      blank = false;
    } else if (char === separator) {
      fields.push(field);
      field = '';
      blank = true;
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      fields.push(field);
      records.push({ line: recordLine, fields });
      fields = [];
      field = '';
      blank = true;
      line += 1;
      recordLine = line;
    } else {
      field += char;
      if (blank && !/\s/u.test(char ?? '')) blank = false;
    }
  }
  if (quoted) return { records, unclosedAt: quoteLine };
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    records.push({ line: recordLine, fields });
  }
  return { records, unclosedAt: null };
}
