import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/**
 * The quick report on a phone with a weak connection (issue 9 §1): a cold load of /report in real
 * Chromium, logged in, with an empty cache, under slow-4G emulation through the DevTools protocol
 * (400 kbit/s both ways, 400 ms round trip, CPU slowed 4×) and a 360 px viewport.
 *
 * "Usable" is the moment the form's first field is visible and editable and the send button is
 * visible: from then on the reporter can type. Bytes are what went over the wire (compressed),
 * counted per resource type from the protocol's `encodedDataLength`.
 */
export interface PhoneLoadResult {
  readonly usableMs: number;
  readonly requests: number;
  /** JavaScript requested before the form was usable: what the page needs. */
  readonly scriptBytes: number;
  /** JavaScript fetched after that (preloads such as the form's validation schema). */
  readonly laterScriptBytes: number;
  readonly styleBytes: number;
  readonly fontBytes: number;
  readonly totalBytes: number;
  readonly scripts: readonly {
    readonly url: string;
    readonly bytes: number;
    readonly beforeUsable: boolean;
  }[];
}

export const slow4g = {
  latencyMs: 400,
  downloadBytesPerSecond: (400 * 1000) / 8,
  uploadBytesPerSecond: (400 * 1000) / 8,
  cpuSlowdown: 4,
} as const;

/** Chromium from Debian's package; the same flags as the browser journeys. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function chromiumAvailable(): boolean {
  return existsSync(chromiumPath);
}

/**
 * Loads `${baseUrl}/report` cold, `rounds` times (a fresh browser each time; Playwright gives it a fresh profile), and returns
 * each round's figures. The session comes from logging in through the API before the page load,
 * so the page itself starts with an empty cache.
 */
export async function measureReportOnPhone(
  baseUrl: string,
  credentials: { readonly email: string; readonly password: string },
  rounds = 3,
): Promise<PhoneLoadResult[]> {
  const results: PhoneLoadResult[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const browser = await chromium.launch({
      executablePath: chromiumPath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    try {
      const context = await browser.newContext({
        viewport: { width: 360, height: 740 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
        locale: 'sv-SE',
      });
      const login = await context.request.post(`${baseUrl}/api/auth/login`, {
        data: credentials,
        headers: { 'content-type': 'application/json' },
      });
      if (!login.ok()) throw new Error(`login failed: ${login.status()}`);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: slow4g.latencyMs,
        downloadThroughput: slow4g.downloadBytesPerSecond,
        uploadThroughput: slow4g.uploadBytesPerSecond,
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: slow4g.cpuSlowdown });
      const types = new Map<string, { type: string; url: string; sentAt: number }>();
      const sentAt = new Map<string, number>();
      const finished: { type: string; url: string; bytes: number; sentAt: number }[] = [];
      cdp.on('Network.requestWillBeSent', (event) => {
        sentAt.set(event.requestId, Date.now());
      });
      cdp.on('Network.responseReceived', (event) => {
        types.set(event.requestId, {
          type: event.type ?? 'Other',
          url: event.response.url,
          sentAt: sentAt.get(event.requestId) ?? Date.now(),
        });
      });
      cdp.on('Network.loadingFinished', (event) => {
        const seen = types.get(event.requestId);
        if (seen) finished.push({ ...seen, bytes: event.encodedDataLength });
      });

      const start = Date.now();
      await page.goto(`${baseUrl}/report`, { waitUntil: 'commit' });
      const firstField = page.locator('main textarea').first();
      await firstField.waitFor({ state: 'visible', timeout: 120_000 });
      // A string, run in the page (this file is compiled without the DOM's types).
      await page.waitForFunction(
        `(() => {
          const field = document.querySelector('main textarea');
          const send = document.querySelector('main button[type="submit"]');
          return field instanceof HTMLTextAreaElement && !field.disabled && send !== null;
        })()`,
        undefined,
        { timeout: 120_000, polling: 50 },
      );
      const usableAt = Date.now();
      const usableMs = usableAt - start;
      // Whatever was still on its way when the form became usable counts too.
      await page.waitForLoadState('networkidle', { timeout: 120_000 });
      const bytesOf = (type: string, when: (sentAt: number) => boolean = () => true) =>
        finished
          .filter((entry) => entry.type === type && when(entry.sentAt))
          .reduce((sum, entry) => sum + entry.bytes, 0);
      results.push({
        usableMs,
        requests: finished.length,
        scriptBytes: bytesOf('Script', (at) => at <= usableAt),
        laterScriptBytes: bytesOf('Script', (at) => at > usableAt),
        styleBytes: bytesOf('Stylesheet'),
        fontBytes: bytesOf('Font'),
        totalBytes: finished.reduce((sum, entry) => sum + entry.bytes, 0),
        scripts: finished
          .filter((entry) => entry.type === 'Script')
          .map((entry) => ({
            url: new URL(entry.url).pathname,
            bytes: entry.bytes,
            beforeUsable: entry.sentAt <= usableAt,
          })),
      });
    } finally {
      await browser.close();
    }
  }
  return results;
}
