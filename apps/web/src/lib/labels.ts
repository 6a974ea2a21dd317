import type { AuditOutcome, Role } from '@varn/domain';
import type { Locale, MailStatus, UserStatus } from '@varn/contracts';
import { isMessageKey, type I18n } from './i18n/i18n';

/** Names of the stable codes the API sends, in the UI language. */

/** "Säkerhetshandläggare" for `security_officer`. */
export function roleName(role: Role, t: I18n['t']): string {
  return t(`role.${role}`);
}

/** The role name inside a sentence: "Du är inloggad som systemadministratör". */
export function roleNameInSentence(role: Role, t: I18n['t'], locale: Locale): string {
  const name = roleName(role, t);
  return name.charAt(0).toLocaleLowerCase(locale) + name.slice(1);
}

/** "Inbjuden" for `invited`. */
export function userStatusName(status: UserStatus, t: I18n['t']): string {
  return t(`userStatus.${status}`);
}

/** "Skickat" for `sent`. */
export function mailStatusName(status: MailStatus, t: I18n['t']): string {
  return t(`mailStatus.${status}`);
}

/** "Lyckades" for `success`. */
export function outcomeName(outcome: AuditOutcome, t: I18n['t']): string {
  return t(`auditOutcome.${outcome}`);
}

/** "Svenska" for `sv`. */
export function languageName(locale: Locale, t: I18n['t']): string {
  return t(`language.${locale}`);
}

/** A translated label for a known audit action code; `null` for codes we have no words for. */
export function auditActionName(action: string, t: I18n['t']): string | null {
  const key = `auditAction.${action}`;
  return isMessageKey(key) ? t(key) : null;
}
