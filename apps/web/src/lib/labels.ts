import { auditActions, type AuditAction, type AuditOutcome, type Role } from '@varn/domain';
import type { MailStatus, UserStatus } from '@varn/domain';
import type { Locale } from '@varn/contracts';
import type { I18n, MessageKey } from './i18n/i18n';

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

/** Every audited action has a label in the catalogues: this fails to compile when one is missing. */
type AuditActionKey = `auditAction.${AuditAction}`;
const everyAuditActionHasALabel: AuditActionKey extends MessageKey ? true : never = true;
void everyAuditActionHasALabel;

const isAuditAction = (value: string): value is AuditAction =>
  (auditActions as readonly string[]).includes(value);

/** A translated label for an audit action code; `null` for a code this client does not know (a newer server). */
export function auditActionName(action: string, t: I18n['t']): string | null {
  if (!isAuditAction(action)) return null;
  const key: AuditActionKey = `auditAction.${action}`;
  return t(key);
}
