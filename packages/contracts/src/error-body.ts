import { z } from 'zod';

/** Body of every error response. `fields` maps a field path (dot-separated) to a translated message. */
export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.string().describe('Stable error code, e.g. validation_failed'),
      message: z.string().describe("Human-readable message in the request's language"),
      fields: z.record(z.string(), z.string()).optional().describe('Per-field messages, keyed by field path'),
    }),
  })
  .meta({ id: 'Error' });

/** Body of every error response. */
export type ErrorBody = z.infer<typeof errorBodySchema>;
