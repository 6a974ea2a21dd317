import { Action, isRole } from '@varn/domain';
import type { Organisation, OrganisationSettingsView, UpdateOrganisationSettingsBody } from '@varn/contracts';
import type { AppContext, Caller } from '../../lib/context';
import { authorizeOrThrow } from '../../lib/authorize';
import { notFound, ruleViolation } from '../../lib/errors';
import { audit } from '../audit';
import { findUserById } from '../users';
import { findOrganisationById, updateOrganisation, type OrganisationRow } from './organisations.repository';

const resource = (caller: Caller) => ({
  type: 'organisation' as const,
  organisationId: caller.organisationId,
});

function toSettings(row: OrganisationRow): OrganisationSettingsView {
  return {
    name: row.name,
    municipalityCode: row.municipalityCode,
    securityUnitPhone: row.securityUnitPhone,
    securityUnitEmail: row.securityUnitEmail,
    mfaRequiredRoles: row.mfaRequiredRoles.filter(isRole),
    idleMinutes: row.sessionIdleMinutes,
    absoluteHours: row.sessionAbsoluteHours,
    policeReminderDays: row.policeReminderDays,
    sensitiveTerms: row.sensitiveTerms,
  };
}

/** `GET /api/organisation`: name and how to reach the security unit, for everyone. */
export async function getOrganisation(ctx: AppContext, caller: Caller): Promise<Organisation> {
  authorizeOrThrow(caller, Action.OrganisationRead, resource(caller));
  const row = await findOrganisationById(ctx.db, caller.organisationId);
  if (!row) throw notFound();
  return {
    id: row.id,
    name: row.name,
    municipalityCode: row.municipalityCode,
    securityUnitPhone: row.securityUnitPhone,
    securityUnitEmail: row.securityUnitEmail,
  };
}

/** `GET /api/organisation/settings` (admin). */
export async function getOrganisationSettings(
  ctx: AppContext,
  caller: Caller,
): Promise<OrganisationSettingsView> {
  authorizeOrThrow(caller, Action.OrganisationSettingsRead, resource(caller));
  const row = await findOrganisationById(ctx.db, caller.organisationId);
  if (!row) throw notFound();
  return toSettings(row);
}

/**
 * `PATCH /api/organisation/settings` (admin). An admin cannot require MFA of their own role
 * before they have enrolled themselves, so that nobody locks the administration out by mistake.
 */
export async function changeOrganisationSettings(
  ctx: AppContext,
  caller: Caller,
  body: UpdateOrganisationSettingsBody,
): Promise<OrganisationSettingsView> {
  authorizeOrThrow(caller, Action.OrganisationSettingsUpdate, resource(caller));
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    if (body.mfaRequiredRoles?.includes(caller.role)) {
      const self = await findUserById(tx, caller.organisationId, caller.userId);
      if (!self?.mfaEnabledAt) throw ruleViolation({ mfaRequiredRoles: 'mfa_roles_lock_out' });
    }
    const row = await updateOrganisation(tx, caller.organisationId, {
      ...(body.name !== undefined ? { name: body.name } : {}),
      ...(body.municipalityCode !== undefined ? { municipalityCode: body.municipalityCode } : {}),
      ...(body.securityUnitPhone !== undefined ? { securityUnitPhone: body.securityUnitPhone } : {}),
      ...(body.securityUnitEmail !== undefined ? { securityUnitEmail: body.securityUnitEmail } : {}),
      ...(body.mfaRequiredRoles !== undefined
        ? { mfaRequiredRoles: [...new Set(body.mfaRequiredRoles)] }
        : {}),
      ...(body.idleMinutes !== undefined ? { sessionIdleMinutes: body.idleMinutes } : {}),
      ...(body.absoluteHours !== undefined ? { sessionAbsoluteHours: body.absoluteHours } : {}),
      ...(body.policeReminderDays !== undefined ? { policeReminderDays: body.policeReminderDays } : {}),
      ...(body.sensitiveTerms !== undefined ? { sensitiveTerms: [...new Set(body.sensitiveTerms)] } : {}),
      updatedAt: now,
    });
    if (!row) throw notFound();
    await audit(tx, caller, now, {
      action: Action.OrganisationSettingsUpdate,
      recordType: 'organisation',
      recordId: caller.organisationId,
      details: { fields: Object.keys(body).sort().join(',') },
    });
    return toSettings(row);
  });
}
