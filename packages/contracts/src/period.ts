import { z } from 'zod';
import { bothDates, timestampSchema } from './common';

/**
 * Whether a `from`/`to` pair is in order: `from` before `to`. A missing or unreadable time passes:
 * the pair is then optional, or the time is already reported on its own field.
 */
export function periodInOrder(range: {
  readonly from?: string | undefined;
  readonly to?: string | undefined;
}): boolean {
  return (
    !range.from ||
    !range.to ||
    !bothDates(range.from, range.to) ||
    Date.parse(range.from) < Date.parse(range.to)
  );
}

/** The issue of a pair out of order (`date_range`), reported at `to`; for `.refine(periodInOrder, …)`. */
export const periodOrderIssue = { message: 'date_range', path: ['to'] };

/**
 * A period of figures, `from` up to `to` (instants with offset, `from` < `to`): what happened at or
 * after `from` and before `to`. `GET /api/incidents/metrics` and `GET /api/riskguide/summary`; the
 * client's period form checks its dates with it.
 */
export const periodQuerySchema = z
  .strictObject({ from: timestampSchema, to: timestampSchema })
  .refine(periodInOrder, periodOrderIssue);

/** A period of figures (see {@link periodQuerySchema}). */
export type PeriodQuery = z.infer<typeof periodQuerySchema>;
