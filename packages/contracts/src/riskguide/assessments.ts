import { z } from 'zod';
import {
  AssessmentStatus,
  ComplexityLevel,
  MatrixCell,
  maxAssessmentParticipants,
  maxStatementsPerStep,
  ParticipantFunction,
  riskguideTextLimits,
  RiskLevel,
  Step3Answer,
} from '@varn/domain';
import { idSchema } from '../common';
import { dateSchema, measureSchema } from '../measures';
import {
  bilingualSchema,
  matterReferenceSchema,
  person,
  step2ConditionSchema,
  step3ConditionSchema,
  templateIdSchema,
} from './shared';

// Riskguide steps 2 and 3: assessments (issue 4 §3, §4, §6).

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

/** `GET /api/assessments`: assessments with their levels and the matter each is about. */
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
