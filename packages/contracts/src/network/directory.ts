import { z } from 'zod';
import { maxOnCallShiftHours, policeContactTextLimits } from '@varn/domain';
import { emailSchema, idSchema, phoneSchema, timestampSchema } from '../common';
import { partySecurityContactsSchema } from '../parties';

/*
 * The security unit's contact directory (issue 11 §2): the parties' contacts, the police contact
 * persons, and "one way in, one way out" — who in the unit is on call now, and the rota.
 */

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

/** A police contact person (kontaktpolis, regionledningscentralen …). */
export const policeContactSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    unit: z.string().describe('The police unit: "Lokalpolisområde Centrum"'),
    role: z.string().nullable().describe('Their role for the unit: "kontaktpolis"'),
    phone: z.string(),
    email: z.string().nullable(),
    note: z.string().nullable(),
    position: z.number().int(),
    archived: z.boolean(),
  })
  .meta({ id: 'PoliceContact' });

export type PoliceContact = z.infer<typeof policeContactSchema>;

/** `POST /api/directory/police-contacts`. */
export const createPoliceContactBodySchema = z
  .strictObject({
    name: text(policeContactTextLimits.name),
    unit: text(policeContactTextLimits.unit),
    role: optionalText(policeContactTextLimits.unit),
    phone: phoneSchema,
    email: emailSchema.nullable().optional(),
    note: optionalText(policeContactTextLimits.note),
    position: z.number().int().min(0).max(999).optional(),
  })
  .meta({ id: 'CreatePoliceContactBody' });

export type CreatePoliceContactBody = z.infer<typeof createPoliceContactBodySchema>;

/** `PATCH /api/directory/police-contacts/{id}`: only the fields sent change. */
export const updatePoliceContactBodySchema = createPoliceContactBodySchema
  .partial()
  .extend({ archived: z.boolean().optional() })
  .meta({ id: 'UpdatePoliceContactBody' });

export type UpdatePoliceContactBody = z.infer<typeof updatePoliceContactBodySchema>;

/** One shift of the on-call rota (beredskap). */
export const onCallShiftSchema = z
  .object({
    id: z.uuid(),
    person: z.object({ id: z.uuid(), name: z.string() }),
    startsAt: z.iso.datetime(),
    endsAt: z.iso.datetime(),
    phone: z.string(),
  })
  .meta({ id: 'OnCallShift' });

export type OnCallShiftView = z.infer<typeof onCallShiftSchema>;

/** `POST /api/directory/on-call-shifts`: a member of the unit on call; at most a week. */
export const createOnCallShiftBodySchema = z
  .strictObject({
    userId: idSchema,
    startsAt: timestampSchema,
    endsAt: timestampSchema.describe(`After startsAt; at most ${maxOnCallShiftHours} hours later`),
    phone: phoneSchema,
  })
  .meta({ id: 'CreateOnCallShiftBody' });

export type CreateOnCallShiftBody = z.infer<typeof createOnCallShiftBodySchema>;

/** `PATCH /api/directory/on-call-shifts/{id}`. */
export const updateOnCallShiftBodySchema = createOnCallShiftBodySchema
  .partial()
  .meta({ id: 'UpdateOnCallShiftBody' });

export type UpdateOnCallShiftBody = z.infer<typeof updateOnCallShiftBodySchema>;

/**
 * `GET /api/directory` (audited): who is on call now (null: a gap in the rota), the rota from a
 * day ago to four weeks ahead, the police contacts (archived ones last), the parties' contacts,
 * and the unit's members who can be put on the rota.
 */
export const contactDirectorySchema = z
  .object({
    onCallNow: onCallShiftSchema.nullable(),
    rota: z.array(onCallShiftSchema),
    police: z.array(policeContactSchema),
    parties: z.array(partySecurityContactsSchema),
    unitMembers: z.array(z.object({ id: z.uuid(), name: z.string() })),
  })
  .meta({ id: 'ContactDirectory' });

export type ContactDirectory = z.infer<typeof contactDirectorySchema>;
