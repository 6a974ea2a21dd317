import { defineConfig } from 'vitest/config';

// `npm run test:unit`: the domain core, the contracts and the server (API on real PostgreSQL).
// Browser journeys have their own configuration (apps/web/e2e/vitest.config.ts).
export default defineConfig({
  test: {
    // Two cores: two test files at a time (each server test file has its own database).
    maxWorkers: 2,
    projects: [
      { test: { name: 'domain', root: 'packages/domain', include: ['src/**/*.test.ts'] } },
      { test: { name: 'contracts', root: 'packages/contracts', include: ['src/**/*.test.ts'] } },
      { test: { name: 'web', root: 'apps/web', environment: 'node', include: ['src/**/*.test.ts'] } },
      {
        test: {
          name: 'server',
          root: 'apps/server',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          globalSetup: ['test/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
