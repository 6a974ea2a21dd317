import { z } from 'zod';
import {
  BodyAssignment,
  CommissionerKind,
  ElectionWorkerRole,
  electionWorkerTextLimits,
  ImportProblemCode,
  maxPersonAssignments,
  OfficialImportColumn,
  PersonGroup,
  personTextLimits,
  PreferredContact,
  Role,
  UserStatus,
} from '@varn/domain';
import { emailSchema, idSchema } from '../common';
import { localeSchema } from '../me';
import { dateSchema } from '../measures';

// The officials register (förtroendevaldaregistret, issue 11 §1, ADR 018): people apart from user
// accounts, their contact details (a protected address is never stored), assignments in bodies,
// party affiliation (read only with one person, never listed or filtered), election workers per
// election, the import of the municipality's list (CSV, XLSX) and the export to XLSX.

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional();

/** A person's phone number as people write it, or nothing. */
const phoneField = z
  .string()
  .trim()
  .max(personTextLimits.phone)
  .refine((value) => value === '' || /^\+?[\d\s\-()]+$/u.test(value), { message: 'invalid_phone' })
  .transform((value) => (value === '' ? null : value))
  .nullable()
  .optional();

/** A body of an assignment, with its name. */
const bodyRef = z.object({ id: z.uuid(), name: z.string() });

/** One assignment (uppdrag) of a person. */
export const personAssignmentSchema = z
  .object({
    id: z.uuid(),
    body: bodyRef,
    role: z.enum(BodyAssignment),
    termStart: z.string().describe('First day of the term (YYYY-MM-DD)'),
    termEnd: z.string().nullable().describe('Last day of the term (YYYY-MM-DD); null: open-ended'),
    commissioner: z
      .enum(CommissionerKind)
      .nullable()
      .describe('Full-time or part-time commissioner (kommunallagen 4 kap. 18 a §); null: not covered'),
  })
  .meta({ id: 'PersonAssignment' });

export type PersonAssignmentView = z.infer<typeof personAssignmentSchema>;

/** One person of the register's list: never a party (ADR 018). */
export const personSummarySchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    groups: z.array(z.enum(PersonGroup)),
    assignments: z.array(personAssignmentSchema),
    /** Covered by kommunallagen 4 kap. 18 a § today. */
    kl418a: z.boolean(),
    hasAccount: z.boolean(),
  })
  .meta({ id: 'PersonSummary' });

export type PersonSummary = z.infer<typeof personSummarySchema>;

/** `GET /api/register/people` filters: by name, group and body — never by party (ADR 018). */
export const registerQuerySchema = z.strictObject({
  q: z.string().trim().max(personTextLimits.name).optional().describe('Part of the name'),
  group: z.enum(PersonGroup).optional(),
  bodyId: idSchema.optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
  offset: z.coerce.number().int().min(0).max(100_000).optional(),
});

export type RegisterQuery = z.infer<typeof registerQuerySchema>;

/** `GET /api/register/people`: one page of the register by name, and the total. */
export const registerListSchema = z
  .object({ people: z.array(personSummarySchema), total: z.number().int() })
  .meta({ id: 'RegisterList' });

export type RegisterList = z.infer<typeof registerListSchema>;

/** A person's contact details as shown: the address is null with a protected address. */
export const personContactSchema = z
  .object({
    email: z.string().nullable(),
    phone: z.string().nullable(),
    address: z.string().nullable(),
    protectedAddress: z.boolean(),
    preferredContact: z.enum(PreferredContact).nullable(),
  })
  .meta({ id: 'PersonContact' });

export type PersonContact = z.infer<typeof personContactSchema>;

/** One election of an election worker. */
export const electionWorkerSchema = z
  .object({
    id: z.uuid(),
    person: z.object({ id: z.uuid(), name: z.string() }),
    electionDate: z.string(),
    role: z.enum(ElectionWorkerRole),
    place: z.string().nullable(),
  })
  .meta({ id: 'ElectionWorker' });

export type ElectionWorker = z.infer<typeof electionWorkerSchema>;

/** `GET /api/register/people/{id}` (audited): one person with contact details, party and account. */
export const personSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    birthYear: z.number().int().nullable(),
    isStaff: z.boolean(),
    note: z.string().nullable(),
    groups: z.array(z.enum(PersonGroup)),
    kl418a: z.boolean(),
    contact: personContactSchema,
    assignments: z.array(personAssignmentSchema),
    /** Special-category data (ADR 018): shown with one person only. */
    party: z.object({ id: z.uuid(), name: z.string(), abbreviation: z.string() }).nullable(),
    account: z
      .object({ id: z.uuid(), name: z.string(), email: z.string(), status: z.enum(UserStatus) })
      .nullable(),
    elections: z.array(electionWorkerSchema),
  })
  .meta({ id: 'Person' });

export type Person = z.infer<typeof personSchema>;

const contactFields = {
  email: emailSchema.nullable().optional(),
  phone: phoneField,
  address: optionalText(personTextLimits.address),
  protectedAddress: z.boolean().optional(),
  preferredContact: z.enum(PreferredContact).nullable().optional(),
};

/**
 * `PUT /api/register/people/{id}/contact`: the whole contact details. With `protectedAddress` an
 * address is refused (422 `address`): it is never stored (ADR 018).
 */
export const putPersonContactBodySchema = z.strictObject(contactFields).meta({ id: 'PutPersonContactBody' });

export type PutPersonContactBody = z.infer<typeof putPersonContactBodySchema>;

const personFields = {
  name: z.string().trim().min(1).max(personTextLimits.name),
  birthYear: z.number().int().min(1900).max(2100).nullable().optional(),
  isStaff: z.boolean().optional(),
  note: optionalText(personTextLimits.note),
};

/** `POST /api/register/people`: a person, with contact details and party if known. */
export const createPersonBodySchema = z
  .strictObject({
    ...personFields,
    contact: putPersonContactBodySchema.optional(),
    partyId: idSchema.nullable().optional(),
  })
  .meta({ id: 'CreatePersonBody' });

export type CreatePersonBody = z.infer<typeof createPersonBodySchema>;

/** `PATCH /api/register/people/{id}`: only the fields sent change. */
export const updatePersonBodySchema = z
  .strictObject({
    name: personFields.name.optional(),
    birthYear: personFields.birthYear,
    isStaff: personFields.isStaff,
    note: personFields.note,
  })
  .meta({ id: 'UpdatePersonBody' });

export type UpdatePersonBody = z.infer<typeof updatePersonBodySchema>;

/** `PUT /api/register/people/{id}/party`: the party affiliation, or null for none (audited). */
export const putPersonPartyBodySchema = z
  .strictObject({ partyId: idSchema.nullable() })
  .meta({ id: 'PutPersonPartyBody' });

export type PutPersonPartyBody = z.infer<typeof putPersonPartyBodySchema>;

/** `POST /api/register/people/{id}/assignments` and `PATCH …/{assignmentId}`. */
export const assignmentBodySchema = z
  .strictObject({
    bodyId: idSchema,
    role: z.enum(BodyAssignment),
    termStart: dateSchema,
    termEnd: dateSchema.nullable().optional(),
    commissioner: z.enum(CommissionerKind).nullable().optional(),
  })
  .meta({ id: 'AssignmentBody' });

export type AssignmentBody = z.infer<typeof assignmentBodySchema>;

/** Path parameters of one assignment of one person. */
export const assignmentParamsSchema = z.strictObject({ id: idSchema, assignmentId: idSchema });

/** Most assignments of one person, for the client. */
export const maxAssignmentsPerPerson = maxPersonAssignments;

/** Path parameters of one party's roster. */
export const partyParamsSchema = z.strictObject({ partyId: idSchema });

/** The roles a person of the register may be invited as. */
export const inviteRoles = [Role.Official, Role.PartyContact, Role.Staff] as const;

/**
 * `POST /api/register/people/{id}/invite` (admin): an account for the person, invited by e-mail
 * to the person's address, linked to the person. The party of an official or party contact is
 * the person's.
 */
export const invitePersonBodySchema = z
  .strictObject({ role: z.enum(inviteRoles), language: localeSchema.optional() })
  .meta({ id: 'InvitePersonBody' });

export type InvitePersonBody = z.infer<typeof invitePersonBodySchema>;

// — Election workers —

/** `GET /api/register/election-workers` query: one election (default: the next general election). */
export const electionWorkersQuerySchema = z.strictObject({ electionDate: dateSchema.optional() });

/** `GET /api/register/election-workers`. */
export const electionWorkerListSchema = z
  .object({
    electionDate: z.string(),
    /** The next general elections and the dates the unit has entered workers for, in order. */
    elections: z.array(z.object({ date: z.string(), general: z.boolean() })),
    workers: z.array(electionWorkerSchema),
  })
  .meta({ id: 'ElectionWorkerList' });

export type ElectionWorkerList = z.infer<typeof electionWorkerListSchema>;

/** `POST /api/register/election-workers`: a person as a worker at one election (once per election). */
export const createElectionWorkerBodySchema = z
  .strictObject({
    personId: idSchema,
    electionDate: dateSchema,
    role: z.enum(ElectionWorkerRole),
    place: optionalText(electionWorkerTextLimits.place),
  })
  .meta({ id: 'CreateElectionWorkerBody' });

export type CreateElectionWorkerBody = z.infer<typeof createElectionWorkerBodySchema>;

// — Import and roster —

/** A problem of one cell of an imported row (domain `checkOfficialImport`). */
export const officialImportProblemSchema = z
  .object({ column: z.enum(OfficialImportColumn), code: z.enum(ImportProblemCode) })
  .meta({ id: 'OfficialImportProblem' });

const personRef = z.object({ id: z.uuid(), name: z.string() });

/** How an imported row's person relates to the register (domain `matchImportedPerson`). */
export const officialImportMatchSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('email'), person: personRef }),
    z.object({ kind: z.literal('name_and_birth_year'), person: personRef }),
    z.object({ kind: z.literal('ambiguous'), candidates: z.array(personRef) }),
    z.object({ kind: z.literal('new'), sameName: z.array(personRef) }),
  ])
  .meta({ id: 'OfficialImportMatch' });

export type OfficialImportMatch = z.infer<typeof officialImportMatchSchema>;

/** One row of the preview: the texts read, its problems, and its match when it has none. */
export const officialImportPreviewRowSchema = z
  .object({
    line: z.number().int(),
    name: z.string().nullable(),
    email: z.string().nullable(),
    body: z.string().nullable(),
    role: z.string().nullable(),
    problems: z.array(officialImportProblemSchema),
    match: officialImportMatchSchema.nullable(),
  })
  .meta({ id: 'OfficialImportPreviewRow' });

export type OfficialImportPreviewRow = z.infer<typeof officialImportPreviewRowSchema>;

/** `POST /api/register/import/preview`: nothing is saved. */
export const officialImportPreviewSchema = z
  .object({
    format: z.enum(['csv', 'xlsx']),
    columns: z.array(z.enum(OfficialImportColumn)).describe('The columns recognised in the header row'),
    counts: z.object({
      rows: z.number().int(),
      withProblems: z.number().int(),
      matched: z.number().int(),
      new: z.number().int(),
      ambiguous: z.number().int(),
    }),
    rows: z.array(officialImportPreviewRowSchema),
  })
  .meta({ id: 'OfficialImportPreview' });

export type OfficialImportPreview = z.infer<typeof officialImportPreviewSchema>;

/**
 * The importer's choice for a row: an existing person (one of its candidates or same-name
 * people), a new person, or leaving the row out. Every ambiguous row needs one.
 */
export const officialImportDecisionSchema = z
  .strictObject({
    line: z.number().int().min(2).max(100_000),
    choice: z.union([z.literal('new'), z.literal('skip'), idSchema]),
  })
  .meta({ id: 'OfficialImportDecision' });

export type OfficialImportDecision = z.infer<typeof officialImportDecisionSchema>;

/** The `decisions` field of the import (JSON text in the multipart request). */
export const officialImportDecisionsSchema = z.array(officialImportDecisionSchema).max(5000);

/** `POST /api/register/import`: what was saved, in one transaction. */
export const officialImportResultSchema = z
  .object({
    peopleCreated: z.number().int(),
    peopleMatched: z.number().int(),
    assignmentsAdded: z.number().int(),
    rowsSkipped: z.number().int().describe('Rows left out by the importer'),
    rowsRefused: z.number().int().describe('Rows with problems, not imported'),
  })
  .meta({ id: 'OfficialImportResult' });

export type OfficialImportResult = z.infer<typeof officialImportResultSchema>;

/** `GET /api/parties/{partyId}/roster` (audited): the party's people with their assignments. */
export const partyRosterSchema = z
  .object({
    party: z.object({ id: z.uuid(), name: z.string(), abbreviation: z.string() }),
    people: z.array(
      z.object({
        id: z.uuid(),
        name: z.string(),
        assignments: z.array(personAssignmentSchema),
        kl418a: z.boolean(),
      }),
    ),
  })
  .meta({ id: 'PartyRoster' });

export type PartyRoster = z.infer<typeof partyRosterSchema>;
