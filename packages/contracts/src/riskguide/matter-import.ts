import { z } from 'zod';
import { titleWarningSchema } from './matters';

// Riskguide: matters imported from a CSV file (issue 4 §1).

/**
 * `POST /api/matters/import`: the CSV text (`title;diary number;body;decision date`, a header row
 * first; `;`, `,` or tab between fields; a BOM is ignored; at most
 * `maxMatterImportRows` rows). `preview` checks every row and saves nothing; `commit` saves all rows, or — when any row
 * has an error — nothing (422 with the errors by line).
 */
export const importMattersBodySchema = z
  .strictObject({
    csv: z.string().max(1_000_000),
    mode: z.enum(['preview', 'commit']),
  })
  .meta({ id: 'ImportMattersBody' });

export type ImportMattersBody = z.infer<typeof importMattersBodySchema>;

const importErrorSchema = z.object({
  field: z.string().describe('title, diaryNumber, body, decisionDate, or "row" for the whole row'),
  message: z.string(),
});

/** One data row of an import, by its line in the file (the header is line 1). */
export const importRowSchema = z
  .object({
    line: z.number().int(),
    title: z.string().nullable(),
    diaryNumber: z.string().nullable(),
    body: z.string().nullable(),
    decisionDate: z.string().nullable(),
    titleWarnings: z.array(titleWarningSchema),
    errors: z.array(importErrorSchema),
    matterId: z.uuid().nullable().describe('The matter created (commit)'),
  })
  .meta({ id: 'MatterImportRow' });

export type ImportRow = z.infer<typeof importRowSchema>;

/** What an import came to: the file's and every row's problems, and whether it was saved. */
export const importResultSchema = z
  .object({
    mode: z.enum(['preview', 'commit']),
    committed: z.boolean(),
    /** Problems of the file as a whole (no header, an unknown column, too many rows). */
    fileErrors: z.array(
      z.object({
        line: z.number().int(),
        column: z.string().nullable().describe('The header entry concerned, as written'),
        message: z.string(),
      }),
    ),
    rows: z.array(importRowSchema),
    counts: z.object({ rows: z.number().int(), valid: z.number().int(), invalid: z.number().int() }),
  })
  .meta({ id: 'MatterImportResult' });

export type ImportResult = z.infer<typeof importResultSchema>;
