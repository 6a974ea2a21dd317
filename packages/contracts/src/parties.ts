import { z } from 'zod';
import { idSchema } from './common';

/** A contact person as shown on a party. */
export const partyContactSchema = z
  .object({ userId: z.uuid(), name: z.string(), email: z.string() })
  .meta({ id: 'PartyContact' });

export type PartyContactPerson = z.infer<typeof partyContactSchema>;

/**
 * A party in the council. The contacts are present only for roles that may see them
 * (`party.read_contacts`); for others both are omitted.
 */
export const partySchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    abbreviation: z.string(),
    councilSeats: z.number().int(),
    colour: z.string(),
    securityContact: partyContactSchema.nullable().optional(),
    deputyContact: partyContactSchema.nullable().optional(),
  })
  .meta({ id: 'Party' });

export type Party = z.infer<typeof partySchema>;

export const partyListSchema = z.object({ parties: z.array(partySchema) }).meta({ id: 'PartyList' });

export type PartyList = z.infer<typeof partyListSchema>;

const partyName = z.string().trim().min(1).max(120);
const abbreviation = z
  .string()
  .trim()
  .regex(/^[\p{L}\p{N}]{1,10}$/u, { message: 'invalid_abbreviation' });
const seats = z.number().int().min(0).max(999);
const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/u, { message: 'invalid_colour' });

/**
 * `POST /api/parties`. Contacts are appointed afterwards with PATCH: a contact must be a member
 * of the party, and nobody can be a member of a party that does not exist yet.
 */
export const createPartyBodySchema = z
  .strictObject({
    name: partyName,
    abbreviation,
    councilSeats: seats,
    colour,
  })
  .meta({ id: 'CreatePartyBody' });

export type CreatePartyBody = z.infer<typeof createPartyBodySchema>;

/** `PATCH /api/parties/{id}`: only the fields sent change; `null` clears a contact. */
export const updatePartyBodySchema = z
  .strictObject({
    name: partyName.optional(),
    abbreviation: abbreviation.optional(),
    councilSeats: seats.optional(),
    colour: colour.optional(),
    securityContactUserId: idSchema.nullable().optional(),
    deputyContactUserId: idSchema.nullable().optional(),
  })
  .meta({ id: 'UpdatePartyBody' });

export type UpdatePartyBody = z.infer<typeof updatePartyBodySchema>;
