import { z } from 'zod';
import { SignalStatus, Urgency } from '@varn/domain';

/** `POST /api/signals`: a heads-up that something is happening or on its way. */
export const createSignalBodySchema = z
  .strictObject({
    text: z.string().trim().min(1).max(2000),
    urgency: z.enum(Urgency),
    matterReference: z.string().trim().max(120).optional(),
    meetingReference: z.string().trim().max(120).optional(),
  })
  .meta({ id: 'CreateSignalBody' });

export type CreateSignalBody = z.infer<typeof createSignalBodySchema>;

/** A signal as the security unit (or its sender) sees it. */
export const signalSchema = z
  .object({
    id: z.uuid(),
    text: z.string(),
    urgency: z.enum(Urgency),
    status: z.enum(SignalStatus),
    matterReference: z.string().nullable(),
    meetingReference: z.string().nullable(),
    createdAt: z.iso.datetime(),
    createdBy: z.object({ id: z.uuid(), name: z.string() }),
    convertedIncidentId: z.uuid().nullable(),
    handledBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    handledAt: z.iso.datetime().nullable(),
    handlingNote: z.string().nullable(),
  })
  .meta({ id: 'Signal' });

export type Signal = z.infer<typeof signalSchema>;

export const signalListSchema = z.object({ signals: z.array(signalSchema) }).meta({ id: 'SignalList' });

export type SignalList = z.infer<typeof signalListSchema>;

/** `POST /api/signals/{id}/status`: acknowledge or dismiss (converting has its own route). */
export const signalStatusBodySchema = z
  .strictObject({
    status: z.enum([SignalStatus.Acknowledged, SignalStatus.Dismissed]),
    note: z.string().trim().max(2000).optional(),
  })
  .meta({ id: 'SignalStatusBody' });

export type SignalStatusBody = z.infer<typeof signalStatusBodySchema>;
