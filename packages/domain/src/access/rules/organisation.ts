import { adminOnly, everyone, type RoleRules } from './common';

/** Actions on the organisation itself: its name and contacts, and its settings. Codes are stable (audit trail). */
export const OrganisationAction = {
  OrganisationRead: 'organisation.read',
  OrganisationSettingsRead: 'organisation.settings.read',
  OrganisationSettingsUpdate: 'organisation.settings.update',
} as const;

export type OrganisationAction = (typeof OrganisationAction)[keyof typeof OrganisationAction];

/**
 * Everyone reads the organisation (how to reach the security unit); only the admin reads and
 * changes its settings (MFA roles, session timeouts, sensitive terms).
 */
export const organisationRoleRules: RoleRules<OrganisationAction> = {
  [OrganisationAction.OrganisationRead]: everyone,
  [OrganisationAction.OrganisationSettingsRead]: adminOnly,
  [OrganisationAction.OrganisationSettingsUpdate]: adminOnly,
};
