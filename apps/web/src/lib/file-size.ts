import type { Locale } from '@varn/contracts';

/** A file size for people: "512 B", "34 kB", "2,4 MB" (powers of 1 024, as the 20 MB limit). */
export function formatFileSize(bytes: number, locale: Locale): string {
  const number = (value: number, digits: number) =>
    new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'sv-SE', { maximumFractionDigits: digits }).format(
      value,
    );
  if (bytes < 1024) return `${number(bytes, 0)} B`;
  if (bytes < 1024 * 1024) return `${number(bytes / 1024, 0)} kB`;
  return `${number(bytes / (1024 * 1024), 1)} MB`;
}
