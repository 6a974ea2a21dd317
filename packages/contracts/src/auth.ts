import { z } from 'zod';
import { idSchema } from './common';

/**
 * `POST /api/auth/login`. The e-mail is not format-checked here: a wrong one is simply wrong
 * credentials. `organisationId` is sent the second time, when the address and password open
 * accounts in several organisations and the person has chosen one (ADR 013).
 */
export const loginBodySchema = z
  .strictObject({
    email: z.string().trim().min(1).max(254),
    password: z.string().min(1).max(1024),
    organisationId: idSchema.optional(),
  })
  .meta({ id: 'LoginBody' });

export type LoginBody = z.infer<typeof loginBodySchema>;

/** Answer to a correct password: whether a second factor (or enrolment of one) is needed. */
export const loggedInSchema = z
  .object({
    mfaRequired: z.boolean().describe('A TOTP or recovery code must be sent to /api/auth/mfa'),
    mfaEnrolmentRequired: z
      .boolean()
      .describe('The role requires MFA and the user must enrol before anything else'),
  })
  .meta({ id: 'LoggedIn' });

export type LoggedIn = z.infer<typeof loggedInSchema>;

/**
 * Answer when the address and password open active accounts in more than one organisation: no
 * session yet; the person chooses, and the client logs in again with `organisationId` (ADR 013).
 * Lists only the organisations this password opens an account in.
 */
export const organisationChoiceSchema = z
  .object({
    organisations: z
      .array(z.object({ id: z.uuid(), name: z.string() }))
      .describe('The organisations to choose from, by name'),
  })
  .meta({ id: 'OrganisationChoice' });

export type OrganisationChoice = z.infer<typeof organisationChoiceSchema>;

/** `POST /api/auth/login` answers 200 with either. */
export const loginResponseSchema = z
  .union([loggedInSchema, organisationChoiceSchema])
  .meta({ id: 'LoginResponse' });

export type LoginResponse = z.infer<typeof loginResponseSchema>;

/** Whether a login answer asks the person to choose an organisation. */
export function isOrganisationChoice(response: LoginResponse): response is OrganisationChoice {
  return 'organisations' in response;
}

/** `POST /api/auth/mfa`: a six-digit TOTP code or a one-time recovery code. */
export const mfaCodeBodySchema = z
  .strictObject({ code: z.string().trim().min(1, { message: 'invalid_code' }).max(64) })
  .meta({ id: 'MfaCodeBody' });

export type MfaCodeBody = z.infer<typeof mfaCodeBodySchema>;

/** `GET /api/auth/csrf`: the token to send in `x-csrf-token` on every state-changing request. */
export const csrfResponseSchema = z.object({ token: z.string() }).meta({ id: 'CsrfToken' });

export type CsrfResponse = z.infer<typeof csrfResponseSchema>;

/** `POST /api/invitations/lookup`: the invitation token from the link. */
export const invitationLookupBodySchema = z
  .strictObject({ token: z.string().min(16).max(128) })
  .meta({ id: 'InvitationLookupBody' });

export type InvitationLookupBody = z.infer<typeof invitationLookupBodySchema>;

/** What the invitation page shows before the password is chosen. */
export const invitationSchema = z
  .object({
    email: z.string(),
    name: z.string(),
    organisationName: z.string(),
    expiresAt: z.iso.datetime(),
  })
  .meta({ id: 'Invitation' });

export type Invitation = z.infer<typeof invitationSchema>;

/** `POST /api/invitations/accept`: sets the first password and activates the account. */
export const invitationAcceptBodySchema = z
  .strictObject({
    token: z.string().min(16).max(128),
    password: z.string().min(1).max(1024),
  })
  .meta({ id: 'InvitationAcceptBody' });

export type InvitationAcceptBody = z.infer<typeof invitationAcceptBodySchema>;
