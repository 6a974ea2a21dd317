import { Role } from '../access/roles';
import type { SessionTimeouts } from '../auth/session-lifetime';

/** Settings an admin keeps for an organisation (issue 2 §6). */
export interface OrganisationSettings extends SessionTimeouts {
  /** Roles that must use MFA at login. */
  readonly mfaRequiredRoles: readonly Role[];
}

/**
 * Defaults for a real organisation: admins and security officers hold the most sensitive access
 * and must use MFA; 30 minutes idle, 12 hours absolute (a working day with a margin).
 */
export const defaultOrganisationSettings: OrganisationSettings = {
  mfaRequiredRoles: [Role.Admin, Role.SecurityOfficer],
  idleMinutes: 30,
  absoluteHours: 12,
};

/** The demo organisation asks nobody for MFA so that the demo can be tried at once. */
export const demoOrganisationSettings: OrganisationSettings = {
  ...defaultOrganisationSettings,
  mfaRequiredRoles: [],
};

/**
 * Whether a string is a Swedish municipality or region code (kommunkod/länskod, SCB): four digits
 * for a municipality (e.g. 0180 Stockholm), two for a region (e.g. 01 Region Stockholm).
 */
export function isMunicipalityCode(code: string): boolean {
  return /^\d{2}(\d{2})?$/u.test(code) && !/^0+$/u.test(code);
}
