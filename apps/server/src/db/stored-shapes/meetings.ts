import { z } from 'zod';

/*
 * Stored shapes of the meeting tables' JSON columns, as the server writes them since migration
 * 0010. The rules of `riskguide.ts` hold here too: values spelled out rather than taken from the
 * domain, no API limits, version 1 until a change of what is written adds a V2.
 */

const text = z.object({ sv: z.string(), en: z.string() });
const checklistGroup = z.enum(['premises', 'evacuation', 'first_aid', 'communications', 'audience']);

/**
 * `meeting_checklist_templates.items`, version 1: the items of one template version in order, as
 * the domain's `ChecklistTemplate['items']` had them at 0010 — the default as seeded, or an admin's
 * version. Unknown keys are dropped: nothing in an item is scored.
 */
export const storedChecklistItemsV1 = z.array(z.object({ id: z.string(), group: checklistGroup, text }));

export type StoredChecklistItemsV1 = z.infer<typeof storedChecklistItemsV1>;
