import { defineConfig } from 'vitest/config';

// `npm run test:unit`: the domain core, the contracts and the server (API on real PostgreSQL).
// Browser journeys have their own configuration (apps/web/e2e/vitest.config.ts).
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'domain', root: 'packages/domain', include: ['src/**/*.test.ts'] } },
      { test: { name: 'contracts', root: 'packages/contracts', include: ['src/**/*.test.ts'] } },
      {
        test: {
          name: 'server',
          root: 'apps/server',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          globalSetup: ['test/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // Each file gets its own database; two cores run two files at a time.
          maxWorkers: 2,
        },
      },
    ],
  },
});
