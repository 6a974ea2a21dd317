import type { ValidatingSchema } from './errors';

/**
 * A contract schema that a form loads when it first needs it (ADR 015). Building the shared zod
 * schemas needs zod itself, about a quarter of what a phone would otherwise download before the
 * quick report is usable; the page shows first, and the schema arrives while the reporter types
 * (`preloadSchema` when the user starts on the form) or, at the latest, at the first submit.
 */
export interface LazySchema<T> {
  /** The schema, loading it the first time. */
  readonly load: () => Promise<ValidatingSchema<T>>;
  /** The schema once it has loaded (for checks while rendering, after a first submit). */
  readonly loaded: () => ValidatingSchema<T> | undefined;
}

export function lazySchema<T>(importSchema: () => Promise<ValidatingSchema<T>>): LazySchema<T> {
  let pending: Promise<ValidatingSchema<T>> | undefined;
  let schema: ValidatingSchema<T> | undefined;
  return {
    load: () => {
      pending ??= importSchema().then(
        (loaded) => (schema = loaded),
        (error: unknown) => {
          // A failed download (the connection dropped) is tried again at the next submit.
          pending = undefined;
          throw error;
        },
      );
      return pending;
    },
    loaded: () => schema,
  };
}

/** Starts loading the schema (e.g. when the user starts on the form), so that it is there at submit. */
export function preloadSchema(schema: LazySchema<unknown>): void {
  schema.load().catch(() => undefined);
}
