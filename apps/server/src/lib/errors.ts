import type { ErrorCode, FieldMessageKey } from '@varn/contracts';

/**
 * A field's message: a key of the shared catalogue, or a message already written in both
 * languages (e.g. a template problem explained by the domain's `validateTemplate`).
 */
export type FieldMessage = FieldMessageKey | { readonly sv: string; readonly en: string };

/**
 * A typed application error. Services and the domain adapters throw it; the error plugin turns
 * it into `{ error: { code, message, fields } }` with the status of the code and the message in
 * the request's language.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  /** Field path → field-message key (or a bilingual message), translated by the error plugin. */
  readonly fields: Readonly<Record<string, FieldMessage>> | undefined;
  /** Extra response headers, e.g. Retry-After. */
  readonly headers: Readonly<Record<string, string>> | undefined;

  constructor(
    code: ErrorCode,
    options: {
      fields?: Record<string, FieldMessage>;
      headers?: Record<string, string>;
      cause?: unknown;
    } = {},
  ) {
    super(code, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.fields = options.fields;
    this.headers = options.headers;
  }
}

/** 404 for a record that does not exist or belongs to another organisation. */
export const notFound = (): AppError => new AppError('not_found');

/** 403 for a record the actor's role may not act on. */
export const forbidden = (): AppError => new AppError('forbidden');

/** 422 for a broken business rule, with the field(s) it concerns. */
export const ruleViolation = (fields: Record<string, FieldMessage>): AppError =>
  new AppError('rule_violation', { fields });
