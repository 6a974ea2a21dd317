/** UI languages. Swedish is the primary language, English is complete (issue 2 §7). */
export const Locale = { Swedish: 'sv', English: 'en' } as const;

export type Locale = (typeof Locale)[keyof typeof Locale];

/** Every supported language, primary first. */
export const locales: readonly Locale[] = [Locale.Swedish, Locale.English];

/** The language used when nothing else decides. */
export const defaultLocale: Locale = Locale.Swedish;

/** Narrows an untrusted string to a supported language. */
export function isLocale(value: unknown): value is Locale {
  return value === 'sv' || value === 'en';
}

/**
 * Picks the best supported language from an HTTP `Accept-Language` header (RFC 9110 §12.5.4),
 * honouring q-values; Swedish when none is supported.
 */
export function localeFromAcceptLanguage(header: string | undefined): Locale {
  if (!header) return defaultLocale;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const q = qParam ? Number.parseFloat(qParam.slice(2)) : 1;
      return { language: tag.trim().toLowerCase().split('-')[0] ?? '', q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const entry of ranked) {
    if (isLocale(entry.language)) return entry.language;
  }
  return defaultLocale;
}
