/**
 * Administration: users, parties, the organisation, report lists, audit log, outbox.
 * The router loads this module lazily, so the area's code and texts are a chunk of their own.
 */
import { registerMessages } from '../../lib/i18n/i18n';
import { svAdmin } from '../../lib/i18n/admin.sv';
import { enAdmin } from '../../lib/i18n/admin.en';

// Registered when this module is evaluated: before any page below renders.
registerMessages({ sv: svAdmin, en: enAdmin });

export { UsersPage } from '../../features/admin-users/users-page';
export { InviteUserPage } from '../../features/admin-users/invite-user-page';
export { UserPage } from '../../features/admin-users/user-page';
export { PartiesPage } from '../../features/admin-parties/parties-page';
export { PartyFormPage } from '../../features/admin-parties/party-form-page';
export { OrganisationSettingsPage } from '../../features/admin-organisation/organisation-settings-page';
export { TaxonomyPage } from '../../features/admin-taxonomy/taxonomy-page';
export { AuditPage } from '../../features/admin-audit/audit-page';
export { OutboxPage } from '../../features/admin-outbox/outbox-page';
