import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildApp } from '../src/app';
import type { Config } from '../src/config';
import type { Db } from '../src/db/client';
import { chromiumAvailable, measureReportOnPhone, slow4g } from './phone-load';

/** The quick report's budget on a phone (issue 9 §1). */
export const reportBudget = { scriptBytes: 100 * 1024, usableMs: 5_000 } as const;

const webDist = path.resolve(import.meta.dirname, '../../web/dist');

/**
 * Serves the built client over real HTTP (compression, cache headers and all, as in production) and
 * measures /report cold on an emulated phone. Prints the figures against the budget; returns the
 * median round, or undefined when there is no built client or no Chromium to measure with.
 */
export async function benchReportOnPhone(
  db: Db,
  config: Config,
  credentials: { readonly email: string; readonly password: string },
) {
  const out = (line: string) => process.stdout.write(`${line}\n`);
  if (!existsSync(path.join(webDist, 'index.html')) || !chromiumAvailable()) {
    out('\n/report on a phone: skipped (needs `npm run build` and Chromium at /usr/bin/chromium)');
    return undefined;
  }
  const app = await buildApp({ config: { ...config, webDist }, db });
  await app.listen({ host: '127.0.0.1', port: 0 });
  try {
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const rounds = await measureReportOnPhone(`http://127.0.0.1:${port}`, credentials, 3);
    rounds.sort((a, b) => a.usableMs - b.usableMs);
    const median = rounds[Math.floor(rounds.length / 2)];
    if (!median) return undefined;
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    out(
      `\n/report cold on a 360 px phone, slow 4G (${(slow4g.downloadBytesPerSecond * 8) / 1000} kbit/s, ` +
        `${slow4g.latencyMs} ms RTT, CPU ${slow4g.cpuSlowdown}× slower), median of ${rounds.length} loads:`,
    );
    const verdict = (ok: boolean) => (ok ? 'ok' : 'OVER BUDGET');
    out(
      `  JavaScript over the wire   ${kb(median.scriptBytes).padStart(10)}   budget ${kb(reportBudget.scriptBytes)}   ${verdict(median.scriptBytes <= reportBudget.scriptBytes)}`,
    );
    out(
      `  usable after               ${`${(median.usableMs / 1000).toFixed(2)} s`.padStart(10)}   budget ${reportBudget.usableMs / 1000} s      ${verdict(median.usableMs <= reportBudget.usableMs)}`,
    );
    out(
      `  JavaScript after that        ${kb(median.laterScriptBytes).padStart(10)}   (preloaded while the reporter types)`,
    );
    out(
      `  requests ${median.requests}; CSS ${kb(median.styleBytes)}; fonts ${kb(median.fontBytes)}; all ${kb(median.totalBytes)}; usable per load: ${rounds.map((r) => `${(r.usableMs / 1000).toFixed(2)} s`).join(', ')}`,
    );
    for (const script of median.scripts)
      out(`    ${kb(script.bytes).padStart(9)}  ${script.beforeUsable ? '' : '(later) '}${script.url}`);
    return median;
  } finally {
    await app.close();
  }
}
