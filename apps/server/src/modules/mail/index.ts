/**
 * E-mail through the transactional outbox (ADR 005): modules queue mail in their transaction
 * with {@link queueMail}; the dispatcher sends it after commit.
 */
export { outboxRoutes } from './outbox.routes';
export { queueMail, queueMails, queueMailsWithin, recordMailsQueued, type QueuedMail } from './mail.service';
export { invitationMail, renderMail, renderMailText, type MailContent } from './mail-templates';
export { startMailDispatcher, type MailDispatcher } from './mail.dispatcher';
export { findMailsOfOrganisation } from './mail.repository';
