import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { compression } from 'vite-plugin-compression2';

// The API server listens on PORT (default 3000); in development Vite proxies the API to it.
const apiTarget = `http://127.0.0.1:${process.env.PORT ?? '3000'}`;
const proxy = {
  '/api': apiTarget,
  '/healthz': apiTarget,
  '/readyz': apiTarget,
};

// The policy the server sends; `vite preview` sends it too, so a CSP violation shows up before deployment.
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Preact with its React compatibility layer stands in for React (ADR 015): the same components,
 * hooks and libraries (react-router, Designsystemet), about 50 KB less JavaScript for a phone to
 * fetch and parse before the first page is usable.
 */
const preactAliases = [
  { find: /^react-dom\/client$/u, replacement: 'preact/compat/client' },
  { find: /^react\/jsx-runtime$/u, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/u, replacement: 'preact/jsx-dev-runtime' },
  { find: /^react-dom$/u, replacement: 'preact/compat' },
  { find: /^react$/u, replacement: 'preact/compat' },
];

/**
 * Designsystemet's field and details components (and its index) get only the custom elements a
 * form needs (src/app/designsystemet-web-core.ts) instead of the whole web package; the other
 * components that import the package keep importing all of it.
 */
function designsystemetWebByNeed(): Plugin {
  const core = path.resolve(import.meta.dirname, 'src/app/designsystemet-web-core.ts');
  const formImporter =
    /[\\/]designsystemet-react[\\/]dist[\\/]esm[\\/](components[\\/](field[\\/]field|details[\\/]details|index)|index)\.js$/u;
  return {
    name: 'varn-designsystemet-web-by-need',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === '@digdir/designsystemet-web' && importer && formImporter.test(importer)) return core;
      return null;
    },
  };
}

export default defineConfig({
  resolve: { alias: preactAliases },
  plugins: [
    designsystemetWebByNeed(),
    // A brotli and a gzip copy of every text file, at the highest quality: the server sends the
    // one the browser accepts (source maps stay uncompressed: only developer tools fetch them).
    compression({
      algorithms: ['brotliCompress', 'gzip'],
      include: /\.(js|mjs|css|html|svg|json|txt)$/u,
      exclude: /\.map$/u,
      threshold: 512,
    }),
  ],
  build: {
    outDir: 'dist',
    sourcemap: true,
    // No inline scripts or styles: the server sends a strict Content-Security-Policy.
    assetsInlineLimit: 0,
    rolldownOptions: {
      // Designsystemet's React package does not declare `sideEffects`, so every component (and
      // its Norwegian default texts) would be bundled. Its modules are pure; the custom elements
      // in @digdir/designsystemet-web, which do register themselves, keep their side effects.
      // Our domain and contracts packages are pure too (definitions only): without this, importing
      // one rule through their index would put every module of the package in the main bundle.
      treeshake: {
        moduleSideEffects: (id: string) =>
          !/[\\/]@digdir[\\/]designsystemet-react[\\/]/u.test(id) &&
          !/[\\/]packages[\\/](domain|contracts)[\\/]src[\\/]/u.test(id),
      },
      onwarn(warning, warn) {
        // "use client" marks server-component boundaries, which a client-only app does not have.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        // react-router looks for React 19's useOptimistic and falls back when it is missing.
        if (warning.code === 'IMPORT_IS_UNDEFINED' && warning.message.includes('useOptimistic')) return;
        warn(warning);
      },
      output: {
        // Libraries change less often than our code: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'preact', test: /node_modules[\\/]preact[\\/]/ },
            { name: 'router', test: /node_modules[\\/]react-router[\\/]/ },
            { name: 'zod', test: /node_modules[\\/]zod[\\/]/ },
            // Our own shared modules (components, API calls, labels, catalogues), grouped by the
            // set of areas that use them, and a group under 30 kB merged into its closest
            // neighbour: without it, each area added since issue 9 split the reporter's shared
            // code into more and smaller chunks — 35 requests and 5.5 s to a usable /report on
            // slow 4G instead of 24 and 4.3 s (docs/performance.md).
            {
              name: 'shared',
              test: /[\\/]apps[\\/]web[\\/]src[\\/](lib|components)[\\/]/,
              entriesAware: true,
              entriesAwareMergeThreshold: 30_000,
            },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy,
  },
  preview: {
    port: 4173,
    proxy,
    headers: { 'Content-Security-Policy': contentSecurityPolicy },
  },
});
