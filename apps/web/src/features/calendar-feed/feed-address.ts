/**
 * The feed's address for "open in the calendar app": `webcal:` in place of `https:` or `http:`,
 * which calendar apps (Outlook, Apple Calendar) take as "subscribe". Other addresses are kept.
 */
export function webcalAddress(url: string): string {
  return url.replace(/^https?:\/\//iu, 'webcal://');
}
