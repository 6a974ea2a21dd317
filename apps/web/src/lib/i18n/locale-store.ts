import { defaultLocale, isLocale, type Locale } from '@varn/contracts';

/**
 * The UI language lives outside React so that the API client can send it as `Accept-Language`
 * on the very first request, before any component has rendered.
 */

const storageKey = 'varn.language';

function readStoredLocale(): Locale {
  try {
    const stored = window.localStorage.getItem(storageKey);
    return isLocale(stored) ? stored : defaultLocale;
  } catch {
    return defaultLocale;
  }
}

let current: Locale = readStoredLocale();
const listeners = new Set<() => void>();
document.documentElement.lang = current;

/** The current UI language. */
export function getLocale(): Locale {
  return current;
}

/** Changes the UI language, remembers it on this device and updates `<html lang>`. */
export function setLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(storageKey, locale);
  } catch {
    // Storage can be turned off; the choice then lasts until the page is reloaded.
  }
  if (locale === current) return;
  current = locale;
  document.documentElement.lang = locale;
  for (const listener of listeners) listener();
}

/** Subscribes to language changes (for `useSyncExternalStore`). */
export function subscribeLocale(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
