import type { FastifySchemaCompiler } from 'fastify';
import type { z } from 'zod';
import type { ValidationIssue } from '@varn/contracts';

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
 * missing field can be told apart from a wrongly typed one in the translated message.
 */
export const validatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema }) =>
  (data) => {
    const result = schema.safeParse(data, { reportInput: true });
    if (result.success) return { value: result.data };
    return { error: new RequestValidationError(result.error.issues as readonly ValidationIssue[]) };
  };
