import { Consequence, Motive, TargetKind, TargetRole } from '@varn/domain';
import { reportDraftKey } from '../../lib/drafts';

/**
 * The report form's draft (issue 3 §1, "nothing typed is lost"): kept in this browser's
 * `localStorage` under a key per user while the form is filled in, with the idempotency key of
 * the submission, and removed when the report is sent or the user clears it. Files are not kept
 * (they cannot be stored there). A draft older than a week is dropped: a report is quick, and a
 * description of a threat should not linger on a shared computer.
 */

export type YesNo = '' | 'yes' | 'no';

/** What the form holds, as typed (strings for inputs, '' for "not chosen"). */
export interface ReportForm {
  readonly ongoing: YesNo;
  readonly description: string;
  /** `datetime-local` values, in the device's time. */
  readonly occurredFrom: string;
  readonly occurredTo: string;
  readonly targetKind: TargetKind | '';
  readonly targetName: string;
  readonly targetRole: TargetRole | '';
  readonly categories: readonly string[];
  readonly channel: string;
  readonly perpetratorType: string;
  readonly motive: Motive | '';
  readonly matterReference: string;
  readonly policeContacted: YesNo;
  readonly partyContactConsent: boolean;
  readonly seriousWorkIncident: boolean;
  readonly consequences: readonly Consequence[];
}

export interface ReportDraft {
  readonly idempotencyKey: string;
  /** ISO time of the last save. */
  readonly savedAt: string;
  readonly form: ReportForm;
}

const maxAgeMs = 7 * 24 * 3_600_000;
const storageKey = reportDraftKey;

/** A key for `Idempotency-Key`: a random UUID (also where `crypto.randomUUID` is missing, on plain http). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Reads the user's draft; `null` when there is none, it is too old, or it cannot be read. */
export function loadDraft(userId: string, now: Date): ReportDraft | null {
  try {
    const raw = window.localStorage.getItem(storageKey(userId));
    if (raw === null) return null;
    const draft = parseDraft(JSON.parse(raw));
    if (!draft || now.getTime() - Date.parse(draft.savedAt) > maxAgeMs) {
      window.localStorage.removeItem(storageKey(userId));
      return null;
    }
    return draft;
  } catch {
    return null;
  }
}

/** Stores the draft (silently nothing when storage is turned off or full). */
export function saveDraft(userId: string, draft: ReportDraft): void {
  try {
    window.localStorage.setItem(storageKey(userId), JSON.stringify(draft));
  } catch {
    // Without storage the form still works; only the draft is not kept.
  }
}

export function clearDraft(userId: string): void {
  try {
    window.localStorage.removeItem(storageKey(userId));
  } catch {
    // Nothing stored, nothing to clear.
  }
}

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function oneOf<T extends string>(values: readonly T[], value: unknown): T | '' {
  return values.find((candidate) => candidate === value) ?? '';
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
const yesNo = (value: unknown): YesNo => oneOf(['yes', 'no'], value);

/** The draft as stored, checked field by field: storage is input like any other. */
function parseDraft(value: unknown): ReportDraft | null {
  if (!isRecord(value) || !isRecord(value.form)) return null;
  const { idempotencyKey, savedAt, form } = value;
  if (typeof idempotencyKey !== 'string' || typeof savedAt !== 'string') return null;
  const consequenceCodes = Object.values(Consequence);
  return {
    idempotencyKey,
    savedAt,
    form: {
      ongoing: yesNo(form.ongoing),
      description: text(form.description),
      occurredFrom: text(form.occurredFrom),
      occurredTo: text(form.occurredTo),
      targetKind: oneOf(Object.values(TargetKind), form.targetKind),
      targetName: text(form.targetName),
      targetRole: oneOf(Object.values(TargetRole), form.targetRole),
      categories: strings(form.categories),
      channel: text(form.channel),
      perpetratorType: text(form.perpetratorType),
      motive: oneOf(Object.values(Motive), form.motive),
      matterReference: text(form.matterReference),
      policeContacted: yesNo(form.policeContacted),
      partyContactConsent: form.partyContactConsent === true,
      seriousWorkIncident: form.seriousWorkIncident === true,
      consequences: strings(form.consequences).flatMap((code) => {
        const known = oneOf(consequenceCodes, code);
        return known === '' ? [] : [known];
      }),
    },
  };
}
