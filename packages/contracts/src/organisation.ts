import { z } from 'zod';
import { isMunicipalityCode, policeReminderDayBounds, sessionTimeoutBounds } from '@varn/domain';
import { emailSchema, phoneSchema } from './common';
import { roleSchema } from './me';

/** `GET /api/organisation`: what every member sees, including how to reach the security unit. */
export const organisationSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    municipalityCode: z.string(),
    securityUnitPhone: z.string().nullable(),
    securityUnitEmail: z.string().nullable(),
  })
  .meta({ id: 'Organisation' });

export type Organisation = z.infer<typeof organisationSchema>;

/** `GET /api/organisation/settings` (admin). */
export const organisationSettingsSchema = z
  .object({
    name: z.string(),
    municipalityCode: z.string(),
    securityUnitPhone: z.string().nullable(),
    securityUnitEmail: z.string().nullable(),
    mfaRequiredRoles: z.array(roleSchema),
    idleMinutes: z.number().int(),
    absoluteHours: z.number().int(),
    policeReminderDays: z
      .number()
      .int()
      .describe('Days without a police-report status update before a reminder'),
    sensitiveTerms: z
      .array(z.string())
      .describe('Words that make a matter title look sensitive (Riskguide warns, never blocks)'),
  })
  .meta({ id: 'OrganisationSettings' });

export type OrganisationSettingsView = z.infer<typeof organisationSettingsSchema>;

/** `PATCH /api/organisation/settings`: only the fields sent change. */
export const updateOrganisationSettingsBodySchema = z
  .strictObject({
    name: z.string().trim().min(1).max(120).optional(),
    municipalityCode: z
      .string()
      .trim()
      .refine(isMunicipalityCode, { message: 'invalid_municipality_code' })
      .optional(),
    securityUnitPhone: phoneSchema.nullable().optional(),
    securityUnitEmail: emailSchema.nullable().optional(),
    mfaRequiredRoles: z.array(roleSchema).max(7).optional(),
    idleMinutes: z
      .number()
      .int()
      .min(sessionTimeoutBounds.idleMinutes.min)
      .max(sessionTimeoutBounds.idleMinutes.max)
      .optional(),
    absoluteHours: z
      .number()
      .int()
      .min(sessionTimeoutBounds.absoluteHours.min)
      .max(sessionTimeoutBounds.absoluteHours.max)
      .optional(),
    policeReminderDays: z
      .number()
      .int()
      .min(policeReminderDayBounds.min)
      .max(policeReminderDayBounds.max)
      .optional(),
    /** Riskguide: words that make a matter title look sensitive (issue 4 §1); the whole list is replaced. */
    sensitiveTerms: z.array(z.string().trim().min(1).max(80)).max(300).optional(),
  })
  .meta({ id: 'UpdateOrganisationSettingsBody' });

export type UpdateOrganisationSettingsBody = z.infer<typeof updateOrganisationSettingsBodySchema>;
