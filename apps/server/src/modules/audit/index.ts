/**
 * The audit trail (issue 2 §5): append-only, hash-chained per organisation. Other modules record
 * what a caller did with {@link audit} in their own transaction.
 */
export { auditRoutes } from './audit.routes';
export { audit, auditWithin, auditWithoutCaller, verifyAuditTrail, type CallerEvent } from './audit.service';
export type { NewAuditEvent } from './audit.repository';
