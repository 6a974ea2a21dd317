import { createContext, use, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import type { Locale } from '@varn/contracts';
import { en } from './en';
import { sv, type MessageKey } from './sv';
import { getLocale, setLocale, subscribeLocale } from './locale-store';
import { formatDate, formatDateTime, formatTimestamp } from './format';

/** Values filled into `{name}` placeholders. */
export type MessageParams = Readonly<Record<string, string | number>>;

const catalogues: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = { sv, en };

/** Whether an untrusted string (an audit action code, say) has a message. */
export function isMessageKey(value: string): value is MessageKey {
  return Object.hasOwn(sv, value);
}

/** The message for a key in a language, with placeholders filled in. */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const text = catalogues[locale][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/gu, (match, name: string) => {
    const value = params[name];
    return value === undefined ? match : String(value);
  });
}

/** What components get from {@link useI18n}. */
export interface I18n {
  readonly locale: Locale;
  readonly setLocale: (locale: Locale) => void;
  readonly t: (key: MessageKey, params?: MessageParams) => string;
  /** "3 mars 2026 14:05" in Stockholm time. */
  readonly dateTime: (iso: string) => string;
  /** "3 mars 2026". */
  readonly date: (iso: string) => string;
  /** "2026-03-03 14:05:09". */
  readonly timestamp: (iso: string) => string;
}

const I18nContext = createContext<I18n | null>(null);

/** Provides the current language and the message catalogue to the tree. */
export function I18nProvider({ children }: { readonly children: ReactNode }) {
  const locale = useSyncExternalStore(subscribeLocale, getLocale);
  const value = useMemo<I18n>(
    () => ({
      locale,
      setLocale,
      t: (key, params) => translate(locale, key, params),
      dateTime: (iso) => formatDateTime(iso, locale),
      date: (iso) => formatDate(iso, locale),
      timestamp: (iso) => formatTimestamp(iso, locale),
    }),
    [locale],
  );
  return <I18nContext value={value}>{children}</I18nContext>;
}

/** The current language, `t` and date formatting. */
export function useI18n(): I18n {
  const value = use(I18nContext);
  if (!value) throw new Error('useI18n must be used inside I18nProvider');
  return value;
}

export type { MessageKey };
