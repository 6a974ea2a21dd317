import { createContext, use, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import type { Locale } from '@varn/contracts';
import { en } from './en';
import { sv, type CommonKey } from './sv';
import type { svAccount } from './account.sv';
import type { svAdmin } from './admin.sv';
import type { svCasework } from './casework.sv';
import type { svDevelopers } from './developers.sv';
import type { svIncidents } from './incidents.sv';
import type { svMeetings } from './meetings.sv';
import type { svMeetingPlans } from './meeting-plans.sv';
import type { svRegister } from './register.sv';
import type { svReporting } from './reporting.sv';
import type { svRiskguide } from './riskguide.sv';
import type { svTraining } from './training.sv';
import type { svGuidelines } from './guidelines.sv';
import type { svSituation } from './situation.sv';
import { getLocale, setLocale, subscribeLocale } from './locale-store';
import { formatDate, formatDateTime, formatTimestamp } from './format';

/**
 * A key of any catalogue. `t` takes exactly these, so an unknown key does not compile; which
 * catalogue holds a key decides only when it is loaded (see {@link registerMessages}).
 */
export type MessageKey =
  | CommonKey
  | keyof typeof svAccount
  | keyof typeof svAdmin
  | keyof typeof svCasework
  | keyof typeof svDevelopers
  | keyof typeof svIncidents
  | keyof typeof svMeetings
  | keyof typeof svMeetingPlans
  | keyof typeof svRegister
  | keyof typeof svReporting
  | keyof typeof svRiskguide
  | keyof typeof svTraining
  | keyof typeof svGuidelines
  | keyof typeof svSituation;

/** Values filled into `{name}` placeholders. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** One catalogue in every language: they load together, so switching language needs no loading. */
export type Catalogue<K extends string = string> = Readonly<Record<Locale, Readonly<Record<K, string>>>>;

/** The messages loaded so far: the common ones (in the main bundle), then each area's as it loads. */
const loaded: Readonly<Record<Locale, Record<string, string>>> = { sv: { ...sv }, en: { ...en } };

/**
 * Adds the catalogues of an area of the client. Each area's route module (`app/areas/`) calls it
 * when it is evaluated, before any of its pages renders, so a page never asks for a message that
 * is not there.
 */
export function registerMessages(...catalogues: readonly Catalogue[]): void {
  for (const catalogue of catalogues) {
    Object.assign(loaded.sv, catalogue.sv);
    Object.assign(loaded.en, catalogue.en);
  }
}

/** The message for a key in a language, with placeholders filled in. */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const text = loaded[locale][key];
  if (text === undefined) {
    // A key of an area whose catalogue is not loaded: a mistake in the area's module, shown loudly.
    console.error(`Message ${key} is not loaded`);
    return key;
  }
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
