import { z } from 'zod';
import { UserStatus } from '@varn/domain';
import { emailSchema, idSchema, personNameSchema } from './common';
import { localeSchema, roleSchema } from './me';

/** A user as the admin pages see them. `partyId` is special-category data; reading it is audited. */
export const userSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    role: roleSchema,
    language: localeSchema,
    status: z.enum(UserStatus),
    partyId: z.uuid().nullable(),
    mfaEnabled: z.boolean(),
    createdAt: z.iso.datetime(),
    lastLoginAt: z.iso.datetime().nullable(),
    invitationExpiresAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'User' });

export type User = z.infer<typeof userSchema>;

export const userListSchema = z.object({ users: z.array(userSchema) }).meta({ id: 'UserList' });

export type UserList = z.infer<typeof userListSchema>;

/** `POST /api/users`: creates the account and e-mails a one-time invitation link. */
export const createUserBodySchema = z
  .strictObject({
    email: emailSchema,
    name: personNameSchema,
    role: roleSchema,
    partyId: idSchema.nullable().optional(),
    language: localeSchema.optional(),
  })
  .meta({ id: 'CreateUserBody' });

export type CreateUserBody = z.infer<typeof createUserBodySchema>;

/** `PATCH /api/users/{id}`: only the fields sent change; `partyId: null` removes the affiliation. */
export const updateUserBodySchema = z
  .strictObject({
    name: personNameSchema.optional(),
    role: roleSchema.optional(),
    partyId: idSchema.nullable().optional(),
    language: localeSchema.optional(),
  })
  .meta({ id: 'UpdateUserBody' });

export type UpdateUserBody = z.infer<typeof updateUserBodySchema>;
