import { z } from 'zod';
import { Role } from '@varn/domain';
import { personNameSchema } from './common';
import { Locale } from './locale';

/** A role code. */
export const roleSchema = z.enum(Role).meta({ id: 'Role' });

/** A language code. */
export const localeSchema = z.enum(Locale).meta({ id: 'Locale' });

/** `GET /api/me`: the signed-in user as the UI needs them. */
export const meSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    role: roleSchema,
    language: localeSchema,
    organisation: z.object({ id: z.uuid(), name: z.string() }),
    party: z.object({ id: z.uuid(), name: z.string(), abbreviation: z.string() }).nullable(),
    mfaEnabled: z.boolean(),
    mfaRequiredByRole: z.boolean(),
    mfaEnrolmentRequired: z.boolean().describe('The session may only enrol MFA until it is done'),
  })
  .meta({ id: 'Me' });

export type Me = z.infer<typeof meSchema>;

/** `PATCH /api/me`: the user's own name and language. */
export const updateProfileBodySchema = z
  .strictObject({
    name: personNameSchema.optional(),
    language: localeSchema.optional(),
  })
  .meta({ id: 'UpdateProfileBody' });

export type UpdateProfileBody = z.infer<typeof updateProfileBodySchema>;

/** `POST /api/me/password`. */
export const changePasswordBodySchema = z
  .strictObject({
    currentPassword: z.string().min(1).max(1024),
    newPassword: z.string().min(1).max(1024),
  })
  .meta({ id: 'ChangePasswordBody' });

export type ChangePasswordBody = z.infer<typeof changePasswordBodySchema>;

/** One of the user's sessions (`GET /api/me/sessions`). */
export const sessionSchema = z
  .object({
    id: z.uuid(),
    createdAt: z.iso.datetime(),
    lastSeenAt: z.iso.datetime(),
    expiresAt: z.iso.datetime(),
    ip: z.string().nullable(),
    userAgent: z.string().nullable(),
    current: z.boolean(),
  })
  .meta({ id: 'Session' });

export type Session = z.infer<typeof sessionSchema>;

export const sessionListSchema = z.object({ sessions: z.array(sessionSchema) }).meta({ id: 'SessionList' });

export type SessionList = z.infer<typeof sessionListSchema>;

/** `POST /api/me/mfa/enrolment`: the secret to put into an authenticator app. */
export const mfaEnrolmentSchema = z
  .object({
    secret: z.string().describe('Base32 secret for manual entry'),
    otpauthUri: z.string(),
    qrCodeSvg: z.string().describe('The otpauth URI as an SVG QR code'),
  })
  .meta({ id: 'MfaEnrolment' });

export type MfaEnrolment = z.infer<typeof mfaEnrolmentSchema>;

/** The one-time recovery codes, shown once. */
export const recoveryCodesSchema = z
  .object({ recoveryCodes: z.array(z.string()).length(10) })
  .meta({ id: 'RecoveryCodes' });

export type RecoveryCodes = z.infer<typeof recoveryCodesSchema>;

/** A command confirmed with the user's password (turning MFA off, new recovery codes). */
export const passwordConfirmBodySchema = z
  .strictObject({ password: z.string().min(1).max(1024) })
  .meta({ id: 'PasswordConfirmBody' });

export type PasswordConfirmBody = z.infer<typeof passwordConfirmBodySchema>;
