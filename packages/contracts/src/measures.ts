import { z } from 'zod';
import { MeasureStatus, MeasureType } from '@varn/domain';
import { idSchema } from './common';

/** A calendar date, YYYY-MM-DD. */
export const dateSchema = z.iso.date({ message: 'invalid_date' });

/** A tracked measure (åtgärd). */
export const measureSchema = z
  .object({
    id: z.uuid(),
    type: z.enum(MeasureType),
    description: z.string(),
    owner: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    dueDate: z.string().nullable(),
    status: z.enum(MeasureStatus),
    /** Shown to the person the case concerns (type, status and due date only). */
    visibleToPerson: z.boolean(),
    overdue: z.boolean(),
    createdAt: z.iso.datetime(),
    completedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'Measure' });

export type Measure = z.infer<typeof measureSchema>;

export const measureListSchema = z.object({ measures: z.array(measureSchema) }).meta({ id: 'MeasureList' });

/** `POST /api/incidents/{id}/measures`. */
export const createMeasureBodySchema = z
  .strictObject({
    type: z.enum(MeasureType),
    description: z.string().trim().max(2000).optional(),
    ownerUserId: idSchema.nullable().optional(),
    dueDate: dateSchema.nullable().optional(),
    /** Shown to the person the case concerns (default: no). */
    visibleToPerson: z.boolean().optional(),
  })
  .meta({ id: 'CreateMeasureBody' });

export type CreateMeasureBody = z.infer<typeof createMeasureBodySchema>;

/** `PATCH /api/incidents/{id}/measures/{measureId}`. */
export const updateMeasureBodySchema = z
  .strictObject({
    status: z.enum(MeasureStatus).optional(),
    description: z.string().trim().max(2000).optional(),
    ownerUserId: idSchema.nullable().optional(),
    dueDate: dateSchema.nullable().optional(),
    visibleToPerson: z.boolean().optional(),
  })
  .meta({ id: 'UpdateMeasureBody' });

export type UpdateMeasureBody = z.infer<typeof updateMeasureBodySchema>;

/** `GET /api/measures/owners`: the people a measure can be given to (the active security officers). */
export const measureOwnerListSchema = z
  .object({ owners: z.array(z.object({ id: z.uuid(), name: z.string() })) })
  .meta({ id: 'MeasureOwnerList' });

export type MeasureOwnerList = z.infer<typeof measureOwnerListSchema>;
