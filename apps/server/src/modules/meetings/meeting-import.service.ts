import {
  Action,
  AuditAction,
  matterTextLimits,
  maxAgendaItems,
  meetingTypeIsPublicByDefault,
  MeetingStatus,
} from '@varn/domain';
import {
  fieldMessage,
  type AgendaImportResult,
  type IcalImportResult,
  type ImportAgendaBody,
  type ImportIcalBody,
} from '@varn/contracts';
import type { AppContext, Caller } from '../../lib/context';
import { authorizeOrThrow } from '../../lib/authorize';
import { AppError, ruleViolation, type FieldMessage } from '../../lib/errors';
import { audit } from '../audit';
import {
  createMattersWithin,
  findMattersByDiaryNumbers,
  readMattersCsv,
  sensitiveTermsOf,
  warningsFor,
  type CsvFileError,
  type CsvMatterRow,
  type CsvProblem,
} from '../riskguide';
import { loadMeeting, meetingCollection, withBodyIds } from './meeting-access';
import { readIcal, type IcalEvent } from './meeting-import.ical';
import {
  findAgendaItems,
  findMeetingsByIcalUids,
  insertMeetings,
  replaceAgenda,
  updateMeeting,
} from './meetings.repository';
import { meetingReferenceProblems, timeProblemField } from './meetings.service';

/*
 * Imports (issue 10 §1): an agenda from CSV or pasted lines, and meetings from an iCalendar file.
 * Both have a preview that saves nothing and a commit that saves everything or — when the file or
 * any row has an error — nothing (422 with the errors by row), as the matter import does.
 */

const bothLanguages = (problem: CsvProblem): { sv: string; en: string } => ({
  sv: fieldMessage(problem.key, 'sv', problem.n),
  en: fieldMessage(problem.key, 'en', problem.n),
});

/**
 * Pasted lines, one agenda item each: `diary number<TAB>title`, or the whole line as the title.
 * Blank lines are skipped; the first line is line 1.
 */
export function readAgendaLines(text: string): { fileErrors: CsvFileError[]; rows: CsvMatterRow[] } {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows: CsvMatterRow[] = [];
  input.split(/\r\n|\r|\n/u).forEach((line, index) => {
    if (line.trim() === '') return;
    const tab = line.indexOf('\t');
    const diaryNumber = tab >= 0 ? line.slice(0, tab).trim() : '';
    const title = (tab >= 0 ? line.slice(tab + 1) : line).trim();
    const errors: CsvMatterRow['errors'][number][] = [];
    if (!title) errors.push({ field: 'title', key: 'required' });
    else if (title.length > matterTextLimits.title)
      errors.push({ field: 'title', key: 'too_long', n: matterTextLimits.title });
    if (diaryNumber.length > matterTextLimits.diaryNumber)
      errors.push({ field: 'diaryNumber', key: 'too_long', n: matterTextLimits.diaryNumber });
    rows.push({
      line: index + 1,
      title: title || null,
      diaryNumber: diaryNumber || null,
      body: null,
      decisionDate: null,
      errors,
    });
  });
  if (rows.length === 0) return { fileErrors: [{ line: 1, column: null, key: 'csv_empty' }], rows: [] };
  if (rows.length > maxAgendaItems)
    return {
      fileErrors: [{ line: 1, column: null, key: 'agenda_too_many_items', n: maxAgendaItems }],
      rows: [],
    };
  return { fileErrors: [], rows };
}

/**
 * `POST /api/meetings/{id}/agenda/import`: each row picks the matter with its diary number
 * (without case; the newest when several have it) or creates a new matter; the rows are appended
 * to the agenda in their order. A matter already on the agenda, or twice in the text, is an error
 * of its row.
 */
export async function importAgenda(
  ctx: AppContext,
  given: Caller,
  meetingId: string,
  body: ImportAgendaBody,
): Promise<AgendaImportResult> {
  const now = ctx.clock();
  return await ctx.db.transaction(async (tx) => {
    const caller = await withBodyIds(tx, given);
    const meeting = await loadMeeting(tx, caller, meetingId, Action.MeetingUpdate);
    // The permission first, then the text: no one without it gets a file parsed.
    const read = body.format === 'csv' ? readMattersCsv(body.text) : readAgendaLines(body.text);
    const current = await findAgendaItems(tx, caller.organisationId, [meeting.id]);
    const onAgenda = new Set(current.map((item) => item.matterId));
    const existing = new Map<string, string>();
    for (const matter of await findMattersByDiaryNumbers(
      tx,
      caller.organisationId,
      read.rows.flatMap((row) => (row.diaryNumber ? [row.diaryNumber] : [])),
    )) {
      const key = matter.diaryNumber?.trim().toLowerCase();
      if (key && !existing.has(key)) existing.set(key, matter.id);
    }
    const inFile = new Set<string>();
    const rows = read.rows.map((row) => {
      const errors = [...row.errors];
      const matterId = row.diaryNumber ? (existing.get(row.diaryNumber.trim().toLowerCase()) ?? null) : null;
      const key = matterId ?? (row.diaryNumber ? `new:${row.diaryNumber.trim().toLowerCase()}` : null);
      if (key && (inFile.has(key) || (matterId && onAgenda.has(matterId))))
        errors.push({ field: 'row', key: 'agenda_duplicate_matter' });
      if (key) inFile.add(key);
      return { row, errors, matterId };
    });
    const fileErrors: CsvFileError[] = [...read.fileErrors];
    const invalid = rows.filter((row) => row.errors.length > 0).length;
    if (fileErrors.length === 0 && current.length + rows.length > maxAgendaItems)
      fileErrors.push({ line: 1, column: null, key: 'agenda_too_many_items', n: maxAgendaItems });

    const terms = await sensitiveTermsOf(tx, caller.organisationId);
    const createdIds = new Map<number, string>();
    if (body.mode === 'commit') {
      if (fileErrors.length > 0 || invalid > 0 || rows.length === 0) {
        const fields: Record<string, FieldMessage> = {};
        for (const error of fileErrors) {
          const message = bothLanguages(error);
          fields.text ??= error.column
            ? { sv: `${message.sv} (${error.column})`, en: `${message.en} (${error.column})` }
            : message;
        }
        if (fileErrors.length === 0 && rows.length === 0) fields.text = bothLanguages({ key: 'csv_empty' });
        for (const { row, errors } of rows)
          for (const error of errors) fields[`rows.${row.line}.${error.field}`] ??= bothLanguages(error);
        throw new AppError('rule_violation', { fields });
      }
      const toCreate = rows.filter((row) => row.matterId === null);
      const created = await createMattersWithin(
        tx,
        caller,
        toCreate.map(({ row }) => ({
          title: row.title ?? '',
          diaryNumber: row.diaryNumber,
          body: row.body,
          decisionDate: row.decisionDate,
        })),
        now,
      );
      toCreate.forEach(({ row }, index) => {
        const matter = created[index];
        if (matter) createdIds.set(row.line, matter.id);
      });
      await replaceAgenda(
        tx,
        caller.organisationId,
        meeting.id,
        [
          ...current.map((item) => ({ matterId: item.matterId, note: item.note })),
          ...rows.map(({ row, matterId }) => ({
            matterId: matterId ?? createdIds.get(row.line) ?? '',
            note: null,
          })),
        ],
        now,
      );
      await audit(tx, caller, now, {
        action: AuditAction.MeetingAgendaImport,
        recordType: 'meeting',
        recordId: meeting.id,
        details: { rows: rows.length, created: created.length },
      });
    }
    const existingCount = rows.filter((row) => row.matterId !== null && row.errors.length === 0).length;
    return {
      mode: body.mode,
      committed: body.mode === 'commit',
      fileErrors: fileErrors.map((error) => ({
        line: error.line,
        column: error.column,
        message: fieldMessage(error.key, caller.locale, error.n),
      })),
      rows: rows.map(({ row, errors, matterId }) => ({
        line: row.line,
        title: row.title,
        diaryNumber: row.diaryNumber,
        body: row.body,
        decisionDate: row.decisionDate,
        titleWarnings: row.title ? warningsFor(row.title, terms) : [],
        errors: errors.map((error) => ({
          field: error.field,
          message: fieldMessage(error.key, caller.locale, error.n),
        })),
        matterId: matterId ?? createdIds.get(row.line) ?? null,
        action: errors.length > 0 ? null : matterId ? ('existing_matter' as const) : ('new_matter' as const),
      })),
      counts: {
        rows: rows.length,
        valid: rows.length - invalid,
        invalid,
        existingMatters: existingCount,
        newMatters: rows.length - invalid - existingCount,
      },
    };
  });
}

/**
 * `POST /api/meetings/import-ical`: each event creates a meeting of the import's type (body,
 * public), or updates the meeting with its UID (title, times, place, description; a cancelled
 * event cancels it) — a second import of the same calendar adds nothing twice.
 */
export async function importIcal(
  ctx: AppContext,
  given: Caller,
  body: ImportIcalBody,
): Promise<IcalImportResult> {
  authorizeOrThrow(given, Action.MeetingCreate, meetingCollection(given));
  authorizeOrThrow(given, Action.MeetingUpdate, meetingCollection(given));
  const now = ctx.clock();
  const { fileErrors, events } = readIcal(body.ics);
  return await ctx.db.transaction(async (tx) => {
    const caller = await withBodyIds(tx, given);
    const references = await meetingReferenceProblems(
      tx,
      caller.organisationId,
      { bodyId: body.bodyId },
      null,
    );
    if (Object.keys(references).length > 0) throw ruleViolation(references);
    const known = new Map(
      (
        await findMeetingsByIcalUids(
          tx,
          caller.organisationId,
          events.flatMap((event) => (event.uid ? [event.uid] : [])),
        )
      ).map((meeting) => [meeting.icalUid ?? '', meeting]),
    );
    const checked = events.map((event) => {
      const errors: { field: string; key: CsvProblem['key']; n?: number }[] = [...event.errors];
      if (event.startsAt && event.endsAt && errors.length === 0)
        for (const [field, key] of Object.entries(timeProblemField(event.startsAt, event.endsAt)))
          if (typeof key === 'string') errors.push({ field, key });
      if (event.startsAt && !event.endsAt && errors.length === 0)
        errors.push({ field: 'endsAt', key: 'meeting_ends_before_start' });
      return { event, errors, meeting: event.uid ? known.get(event.uid) : undefined };
    });
    const invalid = checked.filter((entry) => entry.errors.length > 0).length;
    const saved = new Map<number, string>();
    if (body.mode === 'commit') {
      if (fileErrors.length > 0 || invalid > 0) {
        const fields: Record<string, FieldMessage> = {};
        for (const error of fileErrors) fields.ics ??= bothLanguages(error);
        for (const { event, errors } of checked)
          for (const error of errors) fields[`events.${event.index}.${error.field}`] ??= bothLanguages(error);
        throw new AppError('rule_violation', { fields });
      }
      const values = (event: IcalEvent) => ({
        title: event.title ?? '',
        startsAt: event.startsAt ?? now,
        endsAt: event.endsAt ?? now,
        room: event.location,
        description: event.description,
        updatedAt: now,
      });
      for (const { event, meeting } of checked) {
        if (meeting) {
          await updateMeeting(tx, caller.organisationId, meeting.id, {
            ...values(event),
            ...(event.cancelled ? { status: MeetingStatus.Cancelled } : {}),
          });
          saved.set(event.index, meeting.id);
          // A cancellation is a status change of its meeting, audited as PATCH audits one.
          if (event.cancelled && meeting.status !== MeetingStatus.Cancelled)
            await audit(tx, caller, now, {
              action: AuditAction.MeetingStatusChange,
              recordType: 'meeting',
              recordId: meeting.id,
              details: { from: meeting.status, to: MeetingStatus.Cancelled, source: 'ical_import' },
            });
        }
      }
      const created = await insertMeetings(
        tx,
        checked
          .filter((entry) => !entry.meeting)
          .map(({ event }) => ({
            organisationId: caller.organisationId,
            type: body.type,
            bodyId: body.bodyId ?? null,
            isPublic: body.isPublic ?? meetingTypeIsPublicByDefault(body.type),
            status: event.cancelled ? MeetingStatus.Cancelled : MeetingStatus.Planned,
            icalUid: event.uid,
            createdByUserId: caller.userId,
            createdAt: now,
            ...values(event),
          })),
      );
      checked
        .filter((entry) => !entry.meeting)
        .forEach(({ event }, index) => {
          const meeting = created[index];
          if (meeting) saved.set(event.index, meeting.id);
        });
      await audit(tx, caller, now, {
        action: AuditAction.MeetingImport,
        recordType: 'meeting',
        details: { created: created.length, updated: checked.length - created.length },
      });
    }
    const updates = checked.filter((entry) => entry.meeting && entry.errors.length === 0).length;
    return {
      mode: body.mode,
      committed: body.mode === 'commit',
      fileErrors: fileErrors.map((error) => ({
        line: 1,
        column: null,
        message: fieldMessage(error.key, caller.locale, error.n),
      })),
      events: checked.map(({ event, errors, meeting }) => ({
        index: event.index,
        uid: event.uid,
        title: event.title,
        startsAt: event.startsAt?.toISOString() ?? null,
        endsAt: event.endsAt?.toISOString() ?? null,
        location: event.location,
        cancelled: event.cancelled,
        errors: errors.map((error) => ({
          field: error.field,
          message: fieldMessage(error.key, caller.locale, error.n),
        })),
        action: errors.length > 0 ? null : meeting ? ('update' as const) : ('create' as const),
        meetingId: saved.get(event.index) ?? meeting?.id ?? null,
      })),
      counts: {
        events: checked.length,
        valid: checked.length - invalid,
        invalid,
        create: checked.length - invalid - updates,
        update: updates,
      },
    };
  });
}
