import { defineConfig } from 'vitest/config';

// Real-browser journeys: Debian's Chromium driven by playwright-core against the real app
// (server + embedded PostgreSQL + the built client), with a real SMTP server on localhost.
export default defineConfig({
  test: {
    name: 'e2e',
    root: 'apps/web/e2e',
    include: ['**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // One journey at a time: each starts its own app and browser, and the machine has two cores.
    fileParallelism: false,
  },
});
