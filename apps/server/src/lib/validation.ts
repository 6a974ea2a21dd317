import type { FastifySchemaCompiler } from 'fastify';
import type { z } from 'zod';
import { unstorableTextIssues, type ValidationIssue } from '@varn/contracts';

/** A request that did not match its route's schema; carries the zod issues for translation. */
export class RequestValidationError extends Error {
  readonly issues: readonly ValidationIssue[];
  readonly statusCode = 400;
  readonly code = 'FST_ERR_VALIDATION';

  constructor(issues: readonly ValidationIssue[]) {
    super('request validation failed');
    this.name = 'RequestValidationError';
    this.issues = issues;
  }
}

/**
 * Validates params, query and body with the route's zod schema (the shared contract). Unlike
 * the type provider's default compiler, it asks zod to report the offending input so that a
 * missing field can be told apart from a wrongly typed one in the translated message. Every
 * text and key of every part must also be storable (no NUL, no lone surrogate): checked here
 * once for all routes rather than in each of the contracts' many text fields.
 */
export const validatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema }) =>
  (data) => {
    const result = schema.safeParse(data, { reportInput: true });
    const unstorable = unstorableTextIssues(data);
    if (result.success && unstorable.length === 0) return { value: result.data };
    // The schema's own issues first: for a field with both, its message is the more specific one.
    const issues = result.success ? [] : (result.error.issues as readonly ValidationIssue[]);
    return { error: new RequestValidationError([...issues, ...unstorable]) };
  };
