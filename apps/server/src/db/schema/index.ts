/*
 * The database schema (Drizzle), one file per table group; `import … from '…/db/schema'` reads it
 * all from here, and drizzle-kit generates the migrations from this file
 * (`npm run db:new-migration`, committed). Conventions (STYLE.md): snake_case plural tables,
 * `id uuid`, `organisation_id` on every domain table, `created_at`/`updated_at` with time zone;
 * the shared columns are in `columns.ts`.
 */
export * from './accounts';
export * from './audit';
export * from './mail';
export * from './incidents';
export * from './measures';
export * from './police';
export * from './evidence';
export * from './riskguide';
export * from './meetings';
export * from './network';
export * from './training';
export * from './situation';
