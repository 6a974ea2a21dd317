import { z } from 'zod';
import { EndorsementStatus, ReadinessGap, SignalStatus, Urgency } from '@varn/domain';
import { idSchema, timestampSchema } from './common';
import { dateSchema } from './measures';

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

// — The parties' security contacts as people of the register (issue 11 §2, ADR 018) —

/** A person of the register appointed for a party, with the contact details the unit calls on. */
export const partyContactPersonSchema = z
  .object({
    personId: z.uuid(),
    name: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
  })
  .meta({ id: 'PartyContactPersonOfRegister' });

export type PartyContactPersonOfRegister = z.infer<typeof partyContactPersonSchema>;

/** A party as the network's views name it. */
export const partyRefSchema = z
  .object({ id: z.uuid(), name: z.string(), abbreviation: z.string(), colour: z.string() })
  .meta({ id: 'PartyRef' });

export type PartyRef = z.infer<typeof partyRefSchema>;

/**
 * One party's security contact and deputy (säkerhetsansvarig, ersättare), the day the contact was
 * appointed, the last contact with the unit, and its readiness gaps at the time of the request
 * (domain `partyReadinessGaps`: no contact, no deputy, no contact for 180 days).
 */
export const partySecurityContactsSchema = z
  .object({
    party: partyRefSchema,
    contact: partyContactPersonSchema.nullable(),
    deputy: partyContactPersonSchema.nullable(),
    appointedOn: z.string().nullable().describe('YYYY-MM-DD'),
    lastContactAt: z.iso.datetime().nullable(),
    gaps: z.array(z.enum(ReadinessGap)),
  })
  .meta({ id: 'PartySecurityContacts' });

export type PartySecurityContacts = z.infer<typeof partySecurityContactsSchema>;

/** `GET /api/parties/security-contacts`: every party, largest first. */
export const partySecurityContactListSchema = z
  .object({ parties: z.array(partySecurityContactsSchema) })
  .meta({ id: 'PartySecurityContactList' });

export type PartySecurityContactList = z.infer<typeof partySecurityContactListSchema>;

/** One party with readiness gaps (no personal data: a fact about the party). */
export const partyReadinessGapSchema = z
  .object({ party: partyRefSchema, gaps: z.array(z.enum(ReadinessGap)).min(1) })
  .meta({ id: 'PartyReadinessGap' });

export type PartyReadinessGapEntry = z.infer<typeof partyReadinessGapSchema>;

/** `GET /api/parties/readiness-gaps`: the parties that are not ready, most serious gap first. */
export const partyReadinessGapListSchema = z
  .object({ parties: z.array(partyReadinessGapSchema) })
  .meta({ id: 'PartyReadinessGapList' });

export type PartyReadinessGapList = z.infer<typeof partyReadinessGapListSchema>;

/**
 * `PUT /api/parties/{id}/security-contacts`: appoint the contact and deputy (people of the
 * register who belong to the party); `null` leaves the place empty. `appointedOn` defaults to
 * today when the contact changes.
 */
export const appointPartyContactsBodySchema = z
  .strictObject({
    contactPersonId: idSchema.nullable(),
    deputyPersonId: idSchema.nullable(),
    appointedOn: dateSchema.nullable().optional(),
  })
  .meta({ id: 'AppointPartyContactsBody' });

export type AppointPartyContactsBody = z.infer<typeof appointPartyContactsBodySchema>;

/** `POST /api/parties/{id}/unit-contacts`: a contact between the party's contact and the unit. */
export const recordUnitContactBodySchema = z
  .strictObject({
    contactedAt: timestampSchema.describe('When; not in the future. Defaults to now.').optional(),
  })
  .meta({ id: 'RecordUnitContactBody' });

export type RecordUnitContactBody = z.infer<typeof recordUnitContactBodySchema>;

/** `GET /api/parties/{id}/contact-candidates`: the people of the party who may be appointed. */
export const contactCandidateListSchema = z
  .object({ people: z.array(z.object({ id: z.uuid(), name: z.string() })) })
  .meta({ id: 'ContactCandidateList' });

export type ContactCandidateList = z.infer<typeof contactCandidateListSchema>;

/** A signal the party's contact sent, as their party page lists it. */
export const sentSignalSchema = z
  .object({
    id: z.uuid(),
    text: z.string(),
    urgency: z.enum(Urgency),
    status: z.enum(SignalStatus),
    createdAt: z.iso.datetime(),
    handledAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'SentSignal' });

export type SentSignal = z.infer<typeof sentSignalSchema>;

/** Where a party stands with the guidelines in force. */
export const partyEndorsementSchema = z
  .object({
    version: z
      .object({ id: z.uuid(), version: z.number().int(), title: z.string(), adoptedOn: z.string() })
      .nullable()
      .describe('The version in force; null before the first'),
    status: z.enum(EndorsementStatus),
    signedOn: z.string().nullable().describe('YYYY-MM-DD'),
    signedBy: z
      .string()
      .nullable()
      .optional()
      .describe('Who signed for the party: only for the unit, the admin and the party contact'),
    hasEvidence: z.boolean(),
  })
  .meta({ id: 'PartyEndorsement' });

export type PartyEndorsement = z.infer<typeof partyEndorsementSchema>;

/**
 * `GET /api/parties/{id}/summary`: the party contact's page for their party — its contacts and
 * readiness, the signals the caller sent that are open or were handled lately, and the standing
 * with the guidelines. The roster and training have their own routes.
 */
export const partySummarySchema = z
  .object({
    contacts: partySecurityContactsSchema,
    signals: z.array(sentSignalSchema),
    endorsement: partyEndorsementSchema,
  })
  .meta({ id: 'PartySummary' });

export type PartySummary = z.infer<typeof partySummarySchema>;
