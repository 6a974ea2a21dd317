import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The quick report's JavaScript budget (issue 9 §1), checked on every build: the scripts a phone
 * fetches before /report is usable are the entry's and the reporting area's static imports
 * (Vite preloads them together). `npm run bench` measures the same load in Chromium on emulated
 * slow 4G (≤ 100 KB over the wire, usable ≤ 5 s); this catches a regression without the bench,
 * as when new areas split the reporter's shared code into 35 requests (docs/performance.md).
 * Brotli bytes leave room for the headers the bench counts too; the request limit keeps round
 * trips (400 ms each on slow 4G) from eating the budget.
 */

const assets = path.resolve(import.meta.dirname, '../dist/assets');
const index = path.resolve(import.meta.dirname, '../dist/index.html');

/** Budgets for the brotli-compressed scripts and their number. */
const maxBrotliBytes = 90 * 1024;
const maxScripts = 14;

function staticClosure(roots: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(path.join(assets, file), 'utf8');
    for (const match of code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/gu)) if (match[1]) visit(match[1]);
  };
  for (const root of roots) visit(root);
  return seen;
}

const brotliSize = (file: string): number => {
  const compressed = path.join(assets, `${file}.br`);
  return statSync(existsSync(compressed) ? compressed : path.join(assets, file)).size;
};

describe("the reporter's scripts before /report is usable", () => {
  it('stay within the phone budget in bytes and requests', () => {
    expect(existsSync(index), 'Build the client first: npm run build').toBe(true);
    const entry = /<script type="module"[^>]*src="\/assets\/([^"]+\.js)"/u.exec(
      readFileSync(index, 'utf8'),
    )?.[1];
    const reporting = readdirSync(assets).find((file) => /^reporting-[^.]+\.js$/u.test(file));
    expect(entry).toBeDefined();
    expect(reporting).toBeDefined();
    const scripts = staticClosure([entry ?? '', reporting ?? '']);
    const bytes = [...scripts].reduce((sum, file) => sum + brotliSize(file), 0);
    const listing = [...scripts]
      .map((file) => `${(brotliSize(file) / 1024).toFixed(1)} KB ${file}`)
      .join('\n');
    expect(scripts.size, listing).toBeLessThanOrEqual(maxScripts);
    expect(bytes, listing).toBeLessThanOrEqual(maxBrotliBytes);
    // The form's own code is there, not left for later.
    expect(scripts.has(reporting ?? '')).toBe(true);
  });
});
