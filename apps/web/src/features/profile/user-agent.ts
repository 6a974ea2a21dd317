/**
 * A short "browser, system" description of a User-Agent string, so that people can tell their
 * sessions apart. Product names are not translated; `null` when nothing is recognised.
 */
export function describeUserAgent(userAgent: string | null): string | null {
  if (!userAgent) return null;
  const browsers: readonly [RegExp, string][] = [
    [/Edg\//u, 'Edge'],
    [/OPR\//u, 'Opera'],
    [/Firefox\//u, 'Firefox'],
    [/Chrome\//u, 'Chrome'],
    [/Chromium\//u, 'Chromium'],
    [/Safari\//u, 'Safari'],
  ];
  const systems: readonly [RegExp, string][] = [
    [/Windows/u, 'Windows'],
    [/iPhone|iPad/u, 'iOS'],
    [/Android/u, 'Android'],
    [/Mac OS X|Macintosh/u, 'macOS'],
    [/CrOS/u, 'ChromeOS'],
    [/Linux/u, 'Linux'],
  ];
  const browser = browsers.find(([pattern]) => pattern.test(userAgent))?.[1];
  const system = systems.find(([pattern]) => pattern.test(userAgent))?.[1];
  if (!browser && !system) return null;
  return [browser, system].filter(Boolean).join(', ');
}
