import { defineConfig } from 'drizzle-kit';

// Used only to generate SQL migrations from src/db/schema/ (index.ts); the app applies them at start.
export default defineConfig({
  dialect: 'postgresql',
  schema: './apps/server/src/db/schema/index.ts',
  out: './apps/server/migrations',
});
