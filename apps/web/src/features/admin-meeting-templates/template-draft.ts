import { checklistTemplateProblems, type ChecklistGroup, type ChecklistTemplateItem } from '@varn/domain';
import type { Locale } from '@varn/contracts';

/**
 * A new version of the checklist template as the editor keeps it, and its problems — the domain's
 * `checklistTemplateProblems`, the same rules the server applies — by the field they concern.
 */

/** One item in the editor; `key` keeps React's rows apart, `fixedId` marks an item of the base version. */
export interface DraftItem {
  readonly key: string;
  readonly id: string;
  /** Items carried over keep their id: plans keep their marks by it. */
  readonly fixedId: boolean;
  readonly group: ChecklistGroup | '';
  readonly sv: string;
  readonly en: string;
}

/** The editor's items from a stored version's. */
export function draftItemsOf(items: readonly ChecklistTemplateItem[]): DraftItem[] {
  return items.map((item) => ({
    key: item.id,
    id: item.id,
    fixedId: true,
    group: item.group,
    sv: item.text.sv,
    en: item.text.en,
  }));
}

/** The items as the API takes them. A missing group is sent as '' for the server's message. */
export function templateItemsOf(items: readonly DraftItem[]) {
  return items.map((item) => ({
    id: item.id.trim(),
    group: item.group as ChecklistGroup,
    text: { sv: item.sv, en: item.en },
  }));
}

/** `items[3].text.en` (the domain's paths) and `items.3.text.en` (zod's) as the one form: the latter. */
export function fieldPath(path: string): string {
  return path.replace(/\[(\d+)\]/gu, '.$1');
}

/** The problems of the draft as the next version, by field path, in the UI language. */
export function draftProblems(
  items: readonly DraftItem[],
  version: number,
  locale: Locale,
): Readonly<Record<string, string>> {
  const problems: Record<string, string> = {};
  for (const problem of checklistTemplateProblems({ version, items: templateItemsOf(items) })) {
    const path = fieldPath(problem.path);
    // The first problem of a field is the one to fix first.
    problems[path] ??= problem.message[locale];
  }
  return problems;
}

/** Moves the item at `index` by `by` places (−1 up, +1 down); unchanged at either end. */
export function moveItem<T>(items: readonly T[], index: number, by: -1 | 1): T[] {
  const target = index + by;
  const next = [...items];
  const item = next[index];
  const other = next[target];
  if (item === undefined || other === undefined) return next;
  next[index] = other;
  next[target] = item;
  return next;
}
