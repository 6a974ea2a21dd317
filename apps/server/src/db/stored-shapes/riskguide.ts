import { z } from 'zod';

/*
 * Stored shapes of the Riskguide tables: what their JSON columns hold, as the server has written
 * them since migration 0003 (`assessments.matter_snapshot` since 0004, whose backfill wrote the same
 * keys). The API's schemas in `@varn/contracts` describe requests and responses and may change with
 * the API; a stored row must stay readable whatever they become, so it is read with these, and the
 * reader maps it to the domain or API type explicitly (`modules/riskguide/assessment-result.ts`,
 * `templates.service.ts`). Writers type their values with `Writable<…>` of the same shapes.
 *
 * `db/stored-shapes/` is the one home of stored shapes, next to `db/schema/` (one file per table
 * group), because they describe the database rather than a feature.
 *
 * - Values (levels, answers, cells, functions) are spelled out here, not taken from the domain:
 *   renaming one there makes the mapping fail to compile instead of old rows fail at run time.
 * - The API's limits (text lengths, list sizes) say what a request may send, not what a row holds,
 *   and are not repeated here.
 * - Objects drop keys they do not know, as the contracts' schemas did when they read these columns,
 *   except the template and the rule conditions in it: there an unknown key could change a score,
 *   so such a row is refused, as before.
 * - Versions: no row carries a version field, and every shape here is version 1 (`…V1`). A change
 *   of what is written adds a V2 with `shapeVersion: 2` (a list or a map becomes an object holding
 *   it); readers then parse `z.union([V2, V1])` and map both. Rows are never rewritten in place.
 */

const riskLevel = z.enum(['low', 'moderate', 'high']);
const step3Answer = z.enum(['does_not_apply', 'partly', 'fully']);
const complexityLevel = z.enum(['simple_or_complicated', 'complex', 'very_complex']);
const matrixCell = z.enum(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I']);
const participantFunction = z.enum(['security', 'communications', 'committee', 'other']);

/** A value as a writer may pass it: the stored shape, with readonly lists so that domain values fit. */
export type Writable<T> = T extends readonly (infer Item)[]
  ? readonly Writable<Item>[]
  : T extends object
    ? { readonly [K in keyof T]: Writable<T[K]> }
    : T;

/**
 * Parses a stored value with its shape. A row that does not match was written by us, so that is our
 * fault: an Error naming `what` and the paths of the problems (never the stored values), which the
 * error plugin logs and answers with a 500.
 */
export function parseStored<T>(shape: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = shape.safeParse(value);
  if (!parsed.success)
    throw new Error(`${what} does not match its stored shape: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

// — Template versions (`riskguide_templates.content`) —

const text = z.strictObject({ sv: z.string(), en: z.string() });
const statement = z.strictObject({ id: z.string(), text });

/** A scoring condition of a rule; `answer` is a step-2 level or a step-3 answer. */
const conditionOf = <Answer extends z.ZodType<string>>(answer: Answer) =>
  z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('count_at_least'), answer, count: z.number() }),
    z.strictObject({ kind: z.literal('sum_at_least'), sum: z.number() }),
    z.strictObject({ kind: z.literal('any_of'), statementIds: z.array(z.string()), answer }),
  ]);
const step2Condition = conditionOf(riskLevel);
const step3Condition = conditionOf(step3Answer);
const matrixRow = z.strictObject({ low: matrixCell, moderate: matrixCell, high: matrixCell });
const glaslBand = z.strictObject({ from: z.number(), to: z.number() });

/**
 * `riskguide_templates.content`, version 1: a whole template version as the domain's
 * `RiskguideTemplate` had it at 0003 — the default as seeded, or an admin's version with its
 * stable id and version number added.
 */
export const storedTemplateV1 = z.strictObject({
  id: z.string(),
  version: z.number(),
  name: text,
  step1: z.strictObject({ prompts: z.array(statement) }),
  step2: z.strictObject({
    scale: z.strictObject({ low: z.number(), moderate: z.number(), high: z.number() }),
    themes: z.array(z.strictObject({ id: z.string(), title: text, statements: z.array(statement) })),
    rule: z.strictObject({
      levels: z.strictObject({ high: z.array(step2Condition), moderate: z.array(step2Condition) }),
      recommendStep3: z.array(z.strictObject({ minLevel: riskLevel, onlyIf: step2Condition.nullable() })),
    }),
  }),
  step3: z.strictObject({
    scale: z.strictObject({ does_not_apply: z.number(), partly: z.number(), fully: z.number() }),
    conflict: z.strictObject({
      statements: z.array(statement),
      rule: z.strictObject({ high: z.array(step3Condition), moderate: z.array(step3Condition) }),
    }),
    complexity: z.strictObject({
      statements: z.array(statement),
      rule: z.strictObject({ very_complex: z.array(step3Condition), complex: z.array(step3Condition) }),
    }),
  }),
  matrix: z.strictObject({ simple_or_complicated: matrixRow, complex: matrixRow, very_complex: matrixRow }),
  glaslBands: z.strictObject({ low: glaslBand, moderate: glaslBand, high: glaslBand }),
  measures: z.array(z.strictObject({ id: z.string(), text, cells: z.array(matrixCell) })),
});

export type StoredTemplateV1 = z.infer<typeof storedTemplateV1>;

// — Screenings (`screening_rows.prompts`) —

/**
 * `screening_rows.prompts`, version 1: every prompt id of the template version → ticked. (Read by
 * `screenings.service.ts` with its own copy of this schema.)
 */
export const storedScreeningPromptsV1 = z.record(z.string(), z.boolean());

export type StoredScreeningPromptsV1 = z.infer<typeof storedScreeningPromptsV1>;

// — Assessments —

/** `assessments.participants`, version 1: who took part, in the order given. */
export const storedParticipantsV1 = z.array(z.object({ name: z.string(), function: participantFunction }));

export type StoredParticipantsV1 = z.infer<typeof storedParticipantsV1>;

/** `assessments.step2_answers`, version 1: statement id → level and comment (`null`: none). */
export const storedStep2AnswersV1 = z.record(
  z.string(),
  z.object({ level: riskLevel, comment: z.string().nullable() }),
);

export type StoredStep2AnswersV1 = z.infer<typeof storedStep2AnswersV1>;

/** `assessments.step3_answers`, version 1: statement id → answer and comment (`null`: none). */
export const storedStep3AnswersV1 = z.record(
  z.string(),
  z.object({ answer: step3Answer, comment: z.string().nullable() }),
);

export type StoredStep3AnswersV1 = z.infer<typeof storedStep3AnswersV1>;

const bilingual = z.object({ sv: z.string(), en: z.string() });
/** A condition of the template as a result quotes it (a step-2 or a step-3 one). */
const quotedCondition = z.union([step2Condition, step3Condition]);
const reasonOf = <Level extends z.ZodType<string>>(level: Level) =>
  z.object({
    level,
    condition: quotedCondition,
    value: z.number(),
    statementIds: z.array(z.string()),
    text: bilingual,
  });

/**
 * `assessments.result`, version 1, stored at finish (`null` for a draft): the levels with the
 * reasons as sentences in both languages, the cell, the Glasl band and the proposed measures.
 */
export const storedAssessmentResultV1 = z.object({
  step2: z.object({
    level: riskLevel,
    sum: z.number(),
    highCount: z.number().int(),
    reasons: z.array(reasonOf(riskLevel)),
    recommendStep3: z.boolean(),
    step3Reasons: z.array(
      z.object({
        trigger: z.object({ minLevel: riskLevel, onlyIf: step2Condition.nullable() }),
        statementIds: z.array(z.string()),
        text: bilingual,
      }),
    ),
  }),
  step3: z
    .object({
      conflict: z.object({ level: riskLevel, sum: z.number(), reasons: z.array(reasonOf(riskLevel)) }),
      complexity: z.object({
        level: complexityLevel,
        sum: z.number(),
        reasons: z.array(reasonOf(complexityLevel)),
      }),
      cell: matrixCell,
      glaslBand: z.object({ from: z.number().int(), to: z.number().int() }),
    })
    .nullable(),
  proposedMeasureIds: z.array(z.string()),
});

export type StoredAssessmentResultV1 = z.infer<typeof storedAssessmentResultV1>;

/**
 * `assessments.matter_snapshot`, version 1: the matter as it was when the assessment was signed
 * (`null` for a draft; backfilled by migration 0004 from the matter as it was then).
 */
export const storedMatterSnapshotV1 = z.object({
  title: z.string(),
  diaryNumber: z.string().nullable(),
  body: z.string().nullable(),
  decisionDate: z.string().nullable(),
});

export type StoredMatterSnapshotV1 = z.infer<typeof storedMatterSnapshotV1>;
