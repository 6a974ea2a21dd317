import { auditActions, type AuditAction, type AuditOutcome } from '@varn/domain';
import type { I18n, MessageKey } from '../../lib/i18n/i18n';

/** "Lyckades" for `success`. */
export function outcomeName(outcome: AuditOutcome, t: I18n['t']): string {
  return t(`auditOutcome.${outcome}`);
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
