import type { Role } from '@varn/domain';
import type { Locale } from '@varn/contracts';
import type { I18n } from './i18n/i18n';

/** Names of the roles and languages in the UI language (shared by the profile, the overview and administration). */

/** "Säkerhetshandläggare" for `security_officer`. */
export function roleName(role: Role, t: I18n['t']): string {
  return t(`role.${role}`);
}

/** The role name inside a sentence: "Du är inloggad som systemadministratör". */
export function roleNameInSentence(role: Role, t: I18n['t'], locale: Locale): string {
  const name = roleName(role, t);
  return name.charAt(0).toLocaleLowerCase(locale) + name.slice(1);
}

/** "Svenska" for `sv`. */
export function languageName(locale: Locale, t: I18n['t']): string {
  return t(`language.${locale}`);
}
