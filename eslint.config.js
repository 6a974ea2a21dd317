// One linter for the whole repository. The import-boundary rules below enforce the arrows of
// STYLE.md: domain ← contracts ← server, web; the web client never imports the server; client
// features never import each other.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const webFeatures = (() => {
  try {
    return readdirSync(new URL('./apps/web/src/features', import.meta.url), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
  } catch {
    return [];
  }
})();

const serverModules = (() => {
  try {
    return readdirSync(new URL('./apps/server/src/modules', import.meta.url), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
  } catch {
    return [];
  }
})();

/**
 * Server modules talk to each other through their front doors (`modules/<name>/index.ts`), never
 * through a repository or another internal file (STYLE.md). Tests and the demo seed are fixtures:
 * they may build records through a module's repositories.
 */
const moduleSurface = {
  group: ['**/modules/*/*'],
  message:
    "Import another server module through its index.ts (e.g. '../users'), never its internals (STYLE.md).",
};
const serverFixtures = ['apps/server/**/*.test.ts', 'apps/server/test/**', 'apps/server/src/seed/**'];

const serverOrWeb = [
  {
    group: ['@varn/server', '@varn/server/*', '**/apps/server/**'],
    message: 'Only the server imports server code.',
  },
  { group: ['@varn/web', '@varn/web/*', '**/apps/web/**'], message: 'Only the web client imports web code.' },
];

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'data/**', 'apps/server/migrations/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'TSEnumDeclaration',
          message: 'Use an `as const` object with a derived union (STYLE.md).',
        },
      ],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['packages/domain/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'crypto', 'os', 'child_process'],
              message: 'The domain core does no I/O.',
            },
            {
              group: ['@varn/contracts', '@varn/contracts/*'],
              message: 'domain ← contracts: the domain imports nothing of ours.',
            },
            {
              group: [
                'fastify',
                'fastify*',
                '@fastify/*',
                'drizzle-orm',
                'drizzle-orm/*',
                'pg',
                'react',
                'react-*',
                'zod',
              ],
              message: 'The domain core is plain TypeScript.',
            },
            ...serverOrWeb,
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'Configuration comes in as arguments.' },
        { name: 'fetch', message: 'The domain core does no I/O.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Time comes in as an argument.' },
        { object: 'Math', property: 'random', message: 'Randomness comes in as an argument.' },
        { object: 'crypto', property: 'randomUUID', message: 'Ids come in as arguments.' },
      ],
    },
  },
  {
    files: ['packages/contracts/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'Contracts are shared with the browser.' },
            ...serverOrWeb,
          ],
        },
      ],
    },
  },
  {
    files: ['apps/server/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [serverOrWeb[1]] }],
    },
  },
  {
    // The app around the modules (app.ts, server.ts, cli.ts, plugins, jobs, events, lib, db).
    files: ['apps/server/src/**/*.ts'],
    ignores: ['apps/server/src/modules/**', ...serverFixtures],
    rules: {
      'no-restricted-imports': ['error', { patterns: [serverOrWeb[1], moduleSurface] }],
    },
  },
  ...serverModules.map((module) => ({
    files: [`apps/server/src/modules/${module}/**/*.ts`],
    ignores: serverFixtures,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            serverOrWeb[1],
            {
              group: serverModules
                .filter((other) => other !== module)
                .flatMap((other) => [`../${other}/*`, `**/modules/${other}/*`]),
              message: moduleSurface.message,
            },
          ],
        },
      ],
    },
  })),
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        { patterns: [serverOrWeb[0], { group: ['node:*'], message: 'The web client runs in the browser.' }] },
      ],
    },
  },
  ...webFeatures.map((feature) => ({
    files: [`apps/web/src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            serverOrWeb[0],
            { group: ['node:*'], message: 'The web client runs in the browser.' },
            {
              group: webFeatures
                .filter((other) => other !== feature)
                .flatMap((other) => [
                  `**/features/${other}`,
                  `**/features/${other}/**`,
                  `../${other}`,
                  `../${other}/**`,
                ]),
              message:
                'Client features do not import each other; share through src/components or src/lib (STYLE.md).',
            },
          ],
        },
      ],
    },
  })),
  {
    files: ['apps/web/e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
