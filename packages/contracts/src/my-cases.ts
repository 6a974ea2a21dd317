import { z } from 'zod';
import { CaseRelation, PlainStatus } from '@varn/domain';

/**
 * "Mina ärenden" (issue 9 §1): the cases that concern the caller, newest first, a page at a time.
 * A party security contact's list tells their own cases from their members' cases.
 */

/**
 * Where the next page starts: the last case's report time (epoch milliseconds) and id,
 * `1767225600000_<uuid>`. Clients pass back `nextCursor` as it is.
 */
export const myCasesCursorSchema = z
  .string()
  .regex(/^\d{1,15}_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/u, {
    message: 'invalid_format',
  });

/** The cursor after a case. */
export function myCasesCursor(reportedAt: Date, id: string): string {
  return `${reportedAt.getTime()}_${id}`;
}

/** A cursor read back (it has passed {@link myCasesCursorSchema}). */
export function parseMyCasesCursor(cursor: string): { readonly reportedAt: Date; readonly id: string } {
  const [ms = '0', id = ''] = cursor.split('_');
  return { reportedAt: new Date(Number(ms)), id };
}

/** The page size of "Mina ärenden" unless the client asks for another (1–100). */
export const myCasesDefaultLimit = 20;

/** `GET /api/incidents/mine`. */
export const myCasesQuerySchema = z.strictObject({
  relation: z
    .enum(CaseRelation)
    .optional()
    .describe("Only one's own cases (reported by or about oneself), or only members' cases"),
  limit: z.coerce.number().int().min(1).max(100).optional(),
  cursor: myCasesCursorSchema.optional(),
});

export type MyCasesQuery = z.infer<typeof myCasesQuerySchema>;

/** One card of "Mina ärenden": no severity or other internal assessment of the unit. */
export const myCaseSchema = z
  .object({
    id: z.uuid(),
    reference: z.string(),
    reportedAt: z.iso.datetime(),
    plainStatus: z.enum(PlainStatus),
    ongoing: z.boolean(),
    categories: z.array(z.string()),
    relation: z.enum(CaseRelation),
  })
  .meta({ id: 'MyCase' });

export type MyCase = z.infer<typeof myCaseSchema>;

export const myCaseListSchema = z
  .object({
    cases: z.array(myCaseSchema),
    /** Pass as `cursor` for the next page; null on the last page. */
    nextCursor: z.string().nullable(),
  })
  .meta({ id: 'MyCaseList' });

export type MyCaseList = z.infer<typeof myCaseListSchema>;
