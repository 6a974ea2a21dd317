import { Action, AuditAction } from '@varn/domain';
import type { MeetingDetail, PutAgendaBody } from '@varn/contracts';
import type { AppContext, Caller } from '../../lib/context';
import { ruleViolation, type FieldMessage } from '../../lib/errors';
import { audit } from '../audit';
import { createMattersWithin, findMattersByIds } from '../riskguide';
import { loadMeeting, withBodyIds } from './meeting-access';
import { meetingDetail } from './meetings.service';
import { replaceAgenda } from './meetings.repository';

/*
 * A meeting's agenda (föredragningslista, issue 10 §1): ordered items, each an existing matter
 * (picked) or a new one created with the agenda ("create or pick"), through Riskguide's front
 * door, in one transaction with the agenda.
 */

/** `PUT /api/meetings/{id}/agenda`: the whole agenda in order, replacing the old one. */
export async function putAgenda(
  ctx: AppContext,
  given: Caller,
  meetingId: string,
  body: PutAgendaBody,
): Promise<MeetingDetail> {
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const caller = await withBodyIds(tx, given);
    const meeting = await loadMeeting(tx, caller, meetingId, Action.MeetingUpdate);
    const picked = body.items.flatMap((item) => ('matterId' in item ? [item.matterId] : []));
    const found = new Set((await findMattersByIds(tx, caller.organisationId, picked)).map((row) => row.id));
    const fields: Record<string, FieldMessage> = {};
    body.items.forEach((item, index) => {
      if ('matterId' in item && !found.has(item.matterId))
        fields[`items.${index}.matterId`] = 'unknown_matter';
    });
    if (Object.keys(fields).length > 0) throw ruleViolation(fields);
    const created = await createMattersWithin(
      tx,
      caller,
      body.items.flatMap((item) => ('newMatter' in item ? [item.newMatter] : [])),
      now,
    );
    let next = 0;
    const items = body.items.map((item) => {
      const matterId = 'matterId' in item ? item.matterId : (created[next++]?.id ?? '');
      return { matterId, note: item.note ? item.note : null };
    });
    await replaceAgenda(tx, caller.organisationId, meeting.id, items, now);
    await audit(tx, caller, now, {
      action: AuditAction.MeetingAgendaUpdate,
      recordType: 'meeting',
      recordId: meeting.id,
      details: { items: items.length, created: created.length },
    });
    return await meetingDetail(tx, caller, meeting, now);
  });
}
