import { z } from 'zod';
import {
  AssessmentStatus,
  ComplexityLevel,
  MatrixCell,
  matterTextLimits,
  maxAssessmentParticipants,
  maxScreeningRows,
  maxStatementsPerStep,
  ParticipantFunction,
  riskguideTextLimits,
  RiskLevel,
  Step3Answer,
  TitleWarningKind,
} from '@varn/domain';
import { idSchema } from './common';
import { dateSchema, measureSchema } from './measures';

/*
 * Riskguide (DOMAIN.md §4, issue 4): matters, the step-1 screening, assessments (steps 2 and 3)
 * with their results and measures, and the versioned templates. Levels, answers, cells and the
 * template's shape come from `packages/domain/src/riskguide/`.
 */

const person = z.object({ id: z.uuid(), name: z.string() });
const bilingualSchema = z.object({ sv: z.string(), en: z.string() });
/** Optional text of a form: `null` or `""` clears it. */
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
/** An id of a template's statement, prompt, theme or measure, e.g. `A1`, `P3`, `inform_early`. */
const templateIdSchema = z.string().max(40);

// — Templates (issue 4 §5) —

/** A text of a template in both languages. Blank texts are reported by `validateTemplate`. */
const templateTextSchema = z.strictObject({ sv: z.string().max(2000), en: z.string().max(2000) });
const statementSchema = z.strictObject({ id: templateIdSchema, text: templateTextSchema });

const step2ConditionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('count_at_least'), answer: z.enum(RiskLevel), count: z.number() }),
  z.strictObject({ kind: z.literal('sum_at_least'), sum: z.number() }),
  z.strictObject({
    kind: z.literal('any_of'),
    statementIds: z.array(templateIdSchema).max(50),
    answer: z.enum(RiskLevel),
  }),
]);
const step3ConditionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('count_at_least'), answer: z.enum(Step3Answer), count: z.number() }),
  z.strictObject({ kind: z.literal('sum_at_least'), sum: z.number() }),
  z.strictObject({
    kind: z.literal('any_of'),
    statementIds: z.array(templateIdSchema).max(50),
    answer: z.enum(Step3Answer),
  }),
]);
const conditions = <T extends z.ZodType>(condition: T) => z.array(condition).max(20);
const matrixRowSchema = z.strictObject({
  low: z.enum(MatrixCell),
  moderate: z.enum(MatrixCell),
  high: z.enum(MatrixCell),
});
const glaslBandSchema = z.strictObject({ from: z.number(), to: z.number() });

/**
 * The content of a Riskguide template version (domain `RiskguideTemplate` without its id and
 * version): statements, scales, rules, matrix, Glasl bands and the measure library. The shape is
 * checked here; whether the rules can be evaluated is `validateTemplate`'s (422 with the problems).
 */
export const templateContentSchema = z
  .strictObject({
    name: templateTextSchema,
    step1: z.strictObject({
      prompts: z.array(z.strictObject({ id: templateIdSchema, text: templateTextSchema })).max(20),
    }),
    step2: z.strictObject({
      scale: z.strictObject({ low: z.number(), moderate: z.number(), high: z.number() }),
      themes: z
        .array(
          z.strictObject({
            id: templateIdSchema,
            title: templateTextSchema,
            statements: z.array(statementSchema).max(30),
          }),
        )
        .max(20),
      rule: z.strictObject({
        levels: z.strictObject({
          high: conditions(step2ConditionSchema),
          moderate: conditions(step2ConditionSchema),
        }),
        recommendStep3: z
          .array(z.strictObject({ minLevel: z.enum(RiskLevel), onlyIf: step2ConditionSchema.nullable() }))
          .max(10),
      }),
    }),
    step3: z.strictObject({
      scale: z.strictObject({ does_not_apply: z.number(), partly: z.number(), fully: z.number() }),
      conflict: z.strictObject({
        statements: z.array(statementSchema).max(30),
        rule: z.strictObject({
          high: conditions(step3ConditionSchema),
          moderate: conditions(step3ConditionSchema),
        }),
      }),
      complexity: z.strictObject({
        statements: z.array(statementSchema).max(30),
        rule: z.strictObject({
          very_complex: conditions(step3ConditionSchema),
          complex: conditions(step3ConditionSchema),
        }),
      }),
    }),
    matrix: z.strictObject({
      simple_or_complicated: matrixRowSchema,
      complex: matrixRowSchema,
      very_complex: matrixRowSchema,
    }),
    glaslBands: z.strictObject({ low: glaslBandSchema, moderate: glaslBandSchema, high: glaslBandSchema }),
    measures: z
      .array(
        z.strictObject({
          id: templateIdSchema,
          text: templateTextSchema,
          cells: z.array(z.enum(MatrixCell)).max(9),
        }),
      )
      .max(100),
  })
  .meta({ id: 'RiskguideTemplateContent' });

export type TemplateContent = z.infer<typeof templateContentSchema>;

/** A whole template version as the domain uses it (`RiskguideTemplate`): the content with its stable id and version. */
export const riskguideTemplateSchema = templateContentSchema
  .extend({ id: z.string().max(80), version: z.number() })
  .meta({ id: 'RiskguideTemplate' });

/** One stored version of the organisation's template. */
export const templateVersionSchema = z
  .object({
    id: z.uuid().describe('The id of this stored version (assessments refer to it)'),
    version: z.number().int(),
    current: z.boolean().describe('The newest version: new assessments and screenings use it'),
    createdAt: z.iso.datetime(),
    createdBy: person.nullable().describe('null for the seeded default'),
    content: riskguideTemplateSchema,
  })
  .meta({ id: 'RiskguideTemplateVersion' });

export type TemplateVersion = z.infer<typeof templateVersionSchema>;

export const templateVersionListSchema = z
  .object({
    templates: z.array(
      z.object({
        id: z.uuid(),
        version: z.number().int(),
        name: bilingualSchema,
        current: z.boolean(),
        createdAt: z.iso.datetime(),
        createdBy: person.nullable(),
        assessments: z.number().int().describe('Assessments that use this version'),
      }),
    ),
  })
  .meta({ id: 'RiskguideTemplateVersionList' });

/**
 * `POST /api/riskguide/templates` (admin): a new version, made from a copy of `basedOnVersion`
 * (which must be the newest, else 409) with edited texts, thresholds and measure mapping.
 */
export const createTemplateVersionBodySchema = z
  .strictObject({
    basedOnVersion: z.number().int().min(1),
    content: templateContentSchema,
  })
  .meta({ id: 'CreateRiskguideTemplateVersionBody' });

export type CreateTemplateVersionBody = z.infer<typeof createTemplateVersionBodySchema>;

// — Matters (issue 4 §1) —

/** A warning that a title may not be neutral (domain `titleWarnings`): shown, never blocking. */
export const titleWarningSchema = z
  .object({
    kind: z.enum(TitleWarningKind),
    match: z.string().describe('The text found'),
    start: z.number().int(),
    end: z.number().int().describe('Exclusive'),
    term: z.string().optional().describe("For a sensitive term: the entry of the organisation's list"),
  })
  .meta({ id: 'TitleWarning' });

export type TitleWarningView = z.infer<typeof titleWarningSchema>;

const matterFields = {
  title: z.string().trim().min(1).max(matterTextLimits.title),
  diaryNumber: optionalText(matterTextLimits.diaryNumber),
  /** Fullmäktige, kommunstyrelsen or a nämnd. */
  body: optionalText(matterTextLimits.body),
  decisionDate: dateSchema.nullable().optional(),
  description: optionalText(matterTextLimits.description),
  responsibleOfficial: optionalText(matterTextLimits.responsibleOfficial),
};

/** `POST /api/matters`: a matter (ärende). The response carries warnings about a title that is not neutral. */
export const createMatterBodySchema = z.strictObject(matterFields).meta({ id: 'CreateMatterBody' });

export type CreateMatterBody = z.infer<typeof createMatterBodySchema>;

/**
 * `GET /api/matters/sensitive-terms` (screeners): the organisation's words that should not be in a
 * matter's title, so that the form can warn while the title is typed (the server warns again).
 */
export const sensitiveTermsSchema = z.object({ terms: z.array(z.string()) }).meta({ id: 'SensitiveTerms' });

export type SensitiveTerms = z.infer<typeof sensitiveTermsSchema>;

/** `PATCH /api/matters/{id}`: only the fields sent change. */
export const updateMatterBodySchema = z
  .strictObject({ ...matterFields, title: matterFields.title.optional() })
  .meta({ id: 'UpdateMatterBody' });

export type UpdateMatterBody = z.infer<typeof updateMatterBodySchema>;

/**
 * A matter's result as everyone who reads matters may see it: the latest step-1 level and the
 * latest finished assessment's levels and cell — never the answers (OSL 18 kap. 8 §).
 */
export const matterResultSchema = z
  .object({
    screeningLevel: z.enum(RiskLevel).nullable(),
    screenedAt: z.iso.datetime().nullable(),
    riskLevel: z.enum(RiskLevel).nullable().describe('Step 2 of the latest finished assessment'),
    conflictLevel: z.enum(RiskLevel).nullable(),
    complexityLevel: z.enum(ComplexityLevel).nullable(),
    cell: z.enum(MatrixCell).nullable(),
    assessedAt: z.iso.datetime().nullable(),
    templateVersion: z.number().int().nullable(),
    assessmentInProgress: z.boolean().describe('A draft assessment exists (queued for step 2)'),
  })
  .meta({ id: 'MatterResult' });

const matterCore = {
  id: z.uuid(),
  title: z.string(),
  diaryNumber: z.string().nullable(),
  body: z.string().nullable(),
  decisionDate: z.string().nullable(),
  responsibleOfficial: z.string().nullable(),
  titleWarnings: z.array(titleWarningSchema),
};

/** One matter of a list. */
export const matterSummarySchema = z
  .object({ ...matterCore, result: matterResultSchema })
  .meta({ id: 'MatterSummary' });

export type MatterSummary = z.infer<typeof matterSummarySchema>;

export const matterListSchema = z
  .object({ matters: z.array(matterSummarySchema), total: z.number().int() })
  .meta({ id: 'MatterList' });

export type MatterList = z.infer<typeof matterListSchema>;

/** `GET /api/matters` filters. */
export const matterQuerySchema = z.strictObject({
  q: z.string().trim().max(100).optional().describe('Part of the title or diary number'),
  limit: z.coerce.number().int().min(1).max(500).optional(),
  offset: z.coerce.number().int().min(0).max(100_000).optional(),
});

export type MatterQuery = z.infer<typeof matterQuerySchema>;

/**
 * `GET /api/matters/{id}`. `measures` is `null` for a caller who may not see them (secretaries
 * read only the result level).
 */
export const matterDetailSchema = z
  .object({
    ...matterCore,
    description: z.string().nullable(),
    createdAt: z.iso.datetime(),
    createdBy: person.nullable(),
    result: matterResultSchema,
    measures: z.array(measureSchema).nullable(),
  })
  .meta({ id: 'MatterDetail' });

export type MatterDetail = z.infer<typeof matterDetailSchema>;

/** Path of one measure of a matter. */
export const matterMeasureParamsSchema = z.strictObject({ id: idSchema, measureId: idSchema });

// — CSV import (issue 4 §1) —

/**
 * `POST /api/matters/import`: the CSV text (`title;diary number;body;decision date`, a header row
 * first; `;`, `,` or tab between fields; a BOM is ignored; at most
 * `maxMatterImportRows` rows). `preview` checks every row and saves nothing; `commit` saves all rows, or — when any row
 * has an error — nothing (422 with the errors by line).
 */
export const importMattersBodySchema = z
  .strictObject({
    csv: z.string().max(1_000_000),
    mode: z.enum(['preview', 'commit']),
  })
  .meta({ id: 'ImportMattersBody' });

export type ImportMattersBody = z.infer<typeof importMattersBodySchema>;

const importErrorSchema = z.object({
  field: z.string().describe('title, diaryNumber, body, decisionDate, or "row" for the whole row'),
  message: z.string(),
});

/** One data row of an import, by its line in the file (the header is line 1). */
export const importRowSchema = z
  .object({
    line: z.number().int(),
    title: z.string().nullable(),
    diaryNumber: z.string().nullable(),
    body: z.string().nullable(),
    decisionDate: z.string().nullable(),
    titleWarnings: z.array(titleWarningSchema),
    errors: z.array(importErrorSchema),
    matterId: z.uuid().nullable().describe('The matter created (commit)'),
  })
  .meta({ id: 'MatterImportRow' });

export type ImportRow = z.infer<typeof importRowSchema>;

export const importResultSchema = z
  .object({
    mode: z.enum(['preview', 'commit']),
    committed: z.boolean(),
    /** Problems of the file as a whole (no header, an unknown column, too many rows). */
    fileErrors: z.array(
      z.object({
        line: z.number().int(),
        column: z.string().nullable().describe('The header entry concerned, as written'),
        message: z.string(),
      }),
    ),
    rows: z.array(importRowSchema),
    counts: z.object({ rows: z.number().int(), valid: z.number().int(), invalid: z.number().int() }),
  })
  .meta({ id: 'MatterImportResult' });

export type ImportResult = z.infer<typeof importResultSchema>;

// — Step 1: screening (issue 4 §2) —

/** One row of a screening: an existing matter (`matterId`) or a new one (`matter`), never both. */
export const screeningRowBodySchema = z
  .strictObject({
    matterId: idSchema.optional(),
    matter: createMatterBodySchema.optional(),
    level: z.enum(RiskLevel),
    reason: optionalText(riskguideTextLimits.screeningReason),
    /** The template's prompts by id (P1–P4 by default): true when ticked; a missing prompt is not ticked. */
    prompts: z.record(templateIdSchema, z.boolean()).optional(),
  })
  .refine((row) => (row.matterId === undefined) !== (row.matter === undefined), {
    message: 'matter_choice',
    path: ['matterId'],
  });

/** `POST /api/screenings`: a batch (e.g. a whole agenda), screened by the caller now. */
export const createScreeningBodySchema = z
  .strictObject({
    title: optionalText(riskguideTextLimits.screeningTitle),
    rows: z.array(screeningRowBodySchema).min(1).max(maxScreeningRows),
  })
  .meta({ id: 'CreateScreeningBody' });

export type CreateScreeningBody = z.infer<typeof createScreeningBodySchema>;

const matterReferenceSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  diaryNumber: z.string().nullable(),
  body: z.string().nullable(),
  decisionDate: z.string().nullable(),
});

/** The matter as a finished assessment stored it at signing (`assessments.matter_snapshot`). */
export const matterSnapshotSchema = matterReferenceSchema.omit({ id: true });

/** A screening batch with its rows. */
export const screeningSchema = z
  .object({
    id: z.uuid(),
    title: z.string().nullable(),
    screenedAt: z.iso.datetime(),
    screenedBy: person.nullable(),
    templateVersion: z.number().int(),
    prompts: z.array(z.object({ id: z.string(), text: bilingualSchema })),
    rows: z.array(
      z.object({
        id: z.uuid(),
        matter: matterReferenceSchema.extend({ titleWarnings: z.array(titleWarningSchema) }),
        level: z.enum(RiskLevel),
        reason: z.string().nullable(),
        prompts: z.record(z.string(), z.boolean()),
        needsStep2: z.boolean().describe('Moderate and high go on to step 2'),
        queuedAt: z.iso.datetime().nullable().describe('When it was sent on to step 2'),
      }),
    ),
  })
  .meta({ id: 'Screening' });

export type Screening = z.infer<typeof screeningSchema>;

export const screeningListSchema = z
  .object({
    screenings: z.array(
      z.object({
        id: z.uuid(),
        title: z.string().nullable(),
        screenedAt: z.iso.datetime(),
        screenedBy: person.nullable(),
        rows: z.number().int(),
        needsStep2: z.number().int(),
        queued: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'ScreeningList' });

export type ScreeningList = z.infer<typeof screeningListSchema>;

// — Steps 2 and 3: assessments (issue 4 §3, §4, §6) —

const participantSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(riskguideTextLimits.participantName),
    function: z.enum(ParticipantFunction),
  })
  .meta({ id: 'AssessmentParticipant' });

const commentSchema = z.string().trim().max(riskguideTextLimits.answerComment).nullable().optional();
const answerMap = <T extends z.ZodType>(answer: T) =>
  z
    .record(templateIdSchema, answer)
    .refine((answers) => Object.keys(answers).length <= maxStatementsPerStep, {
      message: 'too_many_answers',
    });

/** `POST /api/assessments`: a new assessment of a matter on the newest template version (a reassessment when one exists). */
export const createAssessmentBodySchema = z
  .strictObject({
    matterId: idSchema,
    /** Start from the participants and answers of the matter's latest finished assessment (statements the new version still has). */
    copyPrevious: z.boolean().optional(),
  })
  .meta({ id: 'CreateAssessmentBody' });

export type CreateAssessmentBody = z.infer<typeof createAssessmentBodySchema>;

/**
 * `PUT /api/assessments/{id}`: saves the draft as it stands (autosave); `revision` is the one the
 * client last read (409 when someone else saved in between). A finished assessment answers 409.
 */
export const saveAssessmentBodySchema = z
  .strictObject({
    revision: z.number().int().min(0),
    participants: z.array(participantSchema).max(maxAssessmentParticipants),
    step2Answers: answerMap(z.strictObject({ level: z.enum(RiskLevel), comment: commentSchema })),
    step3Answers: answerMap(z.strictObject({ answer: z.enum(Step3Answer), comment: commentSchema })),
  })
  .meta({ id: 'SaveAssessmentBody' });

export type SaveAssessmentBody = z.infer<typeof saveAssessmentBodySchema>;

/** `POST /api/assessments/{id}/finish`: computes, locks and signs the assessment. */
export const finishAssessmentBodySchema = z
  .strictObject({ revision: z.number().int().min(0).optional() })
  .meta({ id: 'FinishAssessmentBody' });

/** A condition of a rule, as stored with a result. */
const conditionSchema = z.union([step2ConditionSchema, step3ConditionSchema]);

const reasonSchema = <L extends z.ZodType>(level: L) =>
  z.object({
    level,
    condition: conditionSchema,
    value: z.number(),
    statementIds: z.array(z.string()),
    text: bilingualSchema.describe('The reason as a sentence'),
  });

/** What an assessment came to, with the reasons (issue 4 §3, §4): stored when it is finished. */
export const assessmentResultSchema = z
  .object({
    step2: z.object({
      level: z.enum(RiskLevel),
      sum: z.number(),
      highCount: z.number().int(),
      reasons: z.array(reasonSchema(z.enum(RiskLevel))),
      recommendStep3: z.boolean(),
      step3Reasons: z.array(
        z.object({
          trigger: z.object({ minLevel: z.enum(RiskLevel), onlyIf: step2ConditionSchema.nullable() }),
          statementIds: z.array(z.string()),
          text: bilingualSchema,
        }),
      ),
    }),
    step3: z
      .object({
        conflict: z.object({
          level: z.enum(RiskLevel),
          sum: z.number(),
          reasons: z.array(reasonSchema(z.enum(RiskLevel))),
        }),
        complexity: z.object({
          level: z.enum(ComplexityLevel),
          sum: z.number(),
          reasons: z.array(reasonSchema(z.enum(ComplexityLevel))),
        }),
        cell: z.enum(MatrixCell),
        glaslBand: z.object({ from: z.number().int(), to: z.number().int() }),
      })
      .nullable()
      .describe('null when step 3 was not answered'),
    proposedMeasureIds: z.array(z.string()).describe("The library's measures for the cell, in library order"),
  })
  .meta({ id: 'AssessmentResult' });

export type AssessmentResult = z.infer<typeof assessmentResultSchema>;

const storedParticipantSchema = z.object({ name: z.string(), function: z.enum(ParticipantFunction) });
const step2AnswerViewSchema = z.object({ level: z.enum(RiskLevel), comment: z.string().nullable() });
const step3AnswerViewSchema = z.object({ answer: z.enum(Step3Answer), comment: z.string().nullable() });

/** Participants as stored with an assessment. */
export const participantsSchema = z.array(storedParticipantSchema);
/** Step-2 answers as stored with an assessment. */
export const step2AnswersSchema = z.record(z.string(), step2AnswerViewSchema);
/** Step-3 answers as stored with an assessment. */
export const step3AnswersSchema = z.record(z.string(), step3AnswerViewSchema);

/** An assessment (security unit): participants, answers, result with reasons, measures. */
export const assessmentSchema = z
  .object({
    id: z.uuid(),
    status: z.enum(AssessmentStatus),
    revision: z.number().int(),
    matter: matterReferenceSchema.describe('Finished: the matter as it was when the assessment was signed'),
    template: z.object({ id: z.uuid(), version: z.number().int(), name: bilingualSchema }),
    participants: participantsSchema,
    step2Answers: step2AnswersSchema,
    step3Answers: step3AnswersSchema,
    missing: z
      .object({ step2: z.array(z.string()), step3: z.array(z.string()) })
      .describe('Statements not answered yet, in template order'),
    result: assessmentResultSchema
      .nullable()
      .describe('Finished: the stored result. Draft: a preview once step 2 is complete'),
    createdAt: z.iso.datetime(),
    createdBy: person.nullable(),
    updatedAt: z.iso.datetime(),
    finishedAt: z.iso.datetime().nullable(),
    finishedBy: person.nullable(),
    superseded: z
      .boolean()
      .describe('A later finished assessment of the matter exists: this one stays as it was signed'),
    measures: z.object({
      proposed: z.array(z.object({ id: z.string(), text: bilingualSchema, chosen: z.boolean() })),
      chosen: z.array(z.object({ libraryMeasureId: z.string(), measure: measureSchema })),
    }),
  })
  .meta({ id: 'Assessment' });

export type Assessment = z.infer<typeof assessmentSchema>;

/** `GET /api/assessments` filters. */
export const assessmentQuerySchema = z.strictObject({
  status: z.enum(AssessmentStatus).optional(),
  matterId: idSchema.optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
});

export type AssessmentQuery = z.infer<typeof assessmentQuerySchema>;

const assessmentSummaryFields = {
  id: z.uuid(),
  status: z.enum(AssessmentStatus),
  templateVersion: z.number().int(),
  riskLevel: z.enum(RiskLevel).nullable(),
  conflictLevel: z.enum(RiskLevel).nullable(),
  complexityLevel: z.enum(ComplexityLevel).nullable(),
  cell: z.enum(MatrixCell).nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  finishedAt: z.iso.datetime().nullable(),
  finishedBy: person.nullable(),
};

export const assessmentListSchema = z
  .object({
    assessments: z.array(z.object({ ...assessmentSummaryFields, matter: matterReferenceSchema })),
  })
  .meta({ id: 'AssessmentList' });

export type AssessmentList = z.infer<typeof assessmentListSchema>;

const change = <T extends z.ZodType>(value: T) => z.object({ from: value, to: value }).nullable();

/** What changed from the matter's previous finished assessment (`null` fields did not change). */
export const assessmentChangesSchema = z
  .object({
    riskLevel: change(z.enum(RiskLevel)),
    conflictLevel: change(z.enum(RiskLevel).nullable()),
    complexityLevel: change(z.enum(ComplexityLevel).nullable()),
    cell: change(z.enum(MatrixCell).nullable()),
    templateVersion: change(z.number().int()),
    answers: z.array(
      z.object({ statementId: z.string(), from: z.string().nullable(), to: z.string().nullable() }),
    ),
  })
  .meta({ id: 'AssessmentChanges' });

/** `GET /api/matters/{id}/assessments`: the history, newest first. */
export const assessmentHistorySchema = z
  .object({
    matter: matterReferenceSchema,
    assessments: z.array(
      z.object({
        ...assessmentSummaryFields,
        changes: assessmentChangesSchema
          .nullable()
          .describe('Against the previous finished assessment; null for the first and for drafts'),
      }),
    ),
  })
  .meta({ id: 'AssessmentHistory' });

export type AssessmentHistory = z.infer<typeof assessmentHistorySchema>;

/**
 * `POST /api/assessments/{id}/measures`: measures chosen from the template's library (those the
 * cell proposes, or others of the library) become tracked measures of the matter.
 */
export const chooseMeasuresBodySchema = z
  .strictObject({
    measures: z
      .array(
        z.strictObject({
          libraryMeasureId: templateIdSchema,
          /** Instead of the library's Swedish text. */
          description: z.string().trim().min(1).max(2000).optional(),
          ownerUserId: idSchema.nullable().optional(),
          dueDate: dateSchema.nullable().optional(),
        }),
      )
      .min(1)
      .max(20),
  })
  .meta({ id: 'ChooseMeasuresBody' });

export type ChooseMeasuresBody = z.infer<typeof chooseMeasuresBodySchema>;

// — Riskguide in figures (issue 4 §7: viewers read aggregates) —

/** `GET /api/riskguide/summary`: the same period as the handling times (`from` < `to`). */
export { metricsQuerySchema as riskguideSummaryQuerySchema } from './incidents';

const countsOf = <K extends string>(keys: readonly [K, ...K[]]) =>
  z.object(Object.fromEntries(keys.map((key) => [key, z.number().int()])) as Record<K, z.ZodNumber>);

/**
 * Riskguide in figures: counts only — never a title, an answer or a name. `now` is the state at
 * the time of the request; `period` is what happened between `from` and `to`.
 */
export const riskguideSummarySchema = z
  .object({
    from: z.iso.datetime(),
    to: z.iso.datetime(),
    now: z.object({
      matters: z.number().int(),
      byLevel: countsOf([
        ...(Object.values(RiskLevel) as [RiskLevel, ...RiskLevel[]]),
        'none',
      ] as const).describe(
        "By the latest finished assessment's level, else the latest screening's; none: neither",
      ),
      waitingForAssessment: z.number().int().describe('Draft assessments (sent on to step 2, not finished)'),
      measures: z.object({ open: z.number().int(), overdue: z.number().int(), done: z.number().int() }),
    }),
    matrix: z
      .object({
        simple_or_complicated: matrixRowSchema,
        complex: matrixRowSchema,
        very_complex: matrixRowSchema,
      })
      .describe("The current template's matrix: where each cell lies (rows complexity, columns conflict)"),
    period: z.object({
      screened: z.number().int().describe('Matters screened in step 1, each counted once'),
      assessed: z.number().int().describe('Assessments finished (signed)'),
      byRiskLevel: countsOf(Object.values(RiskLevel) as [RiskLevel, ...RiskLevel[]]),
      byCell: countsOf(Object.values(MatrixCell) as [MatrixCell, ...MatrixCell[]]),
      daysToFinish: z.object({ median: z.number().nullable(), longest: z.number().nullable() }),
    }),
  })
  .meta({ id: 'RiskguideSummary' });

export type RiskguideSummaryView = z.infer<typeof riskguideSummarySchema>;
