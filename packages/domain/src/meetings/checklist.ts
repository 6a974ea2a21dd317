import type { BilingualText } from '../shared/bilingual';

/**
 * The security checklist of a meeting's plan (issue 10 §2), from a template the admin versions —
 * versioned data like the Riskguide templates (ADR 009): an admin makes a new version, a plan keeps
 * the version it was started on, and {@link checklistTemplateProblems} decides whether a version can
 * be used. Each item of a plan is marked done, not done or not applicable, by whom and when.
 */

/** The state of one checklist item in a plan. An item nobody has marked yet counts as not done. */
export const ChecklistItemStatus = {
  Done: 'done',
  NotDone: 'not_done',
  /** Not relevant for this meeting (e.g. no overflow room in a small venue). */
  NotApplicable: 'not_applicable',
} as const;
export type ChecklistItemStatus = (typeof ChecklistItemStatus)[keyof typeof ChecklistItemStatus];
export const checklistItemStatuses: readonly ChecklistItemStatus[] = Object.values(ChecklistItemStatus);

/** Names of the item statuses for the UI. */
export const checklistItemStatusText: Readonly<Record<ChecklistItemStatus, BilingualText>> = {
  done: { sv: 'Klart', en: 'Done' },
  not_done: { sv: 'Inte klart', en: 'Not done' },
  not_applicable: { sv: 'Ej aktuellt', en: 'Not applicable' },
};

/** The headings the checklist is grouped under, in the order they are shown. */
export const ChecklistGroup = {
  /** The premises and who gets in. */
  Premises: 'premises',
  /** Evacuation routes and the assembly point. */
  Evacuation: 'evacuation',
  /** First aid and the defibrillator. */
  FirstAid: 'first_aid',
  /** Phones, radios, alarms and whom to call. */
  Communications: 'communications',
  /** The public: seating, overflow, placards and filming. */
  Audience: 'audience',
} as const;
export type ChecklistGroup = (typeof ChecklistGroup)[keyof typeof ChecklistGroup];
export const checklistGroups: readonly ChecklistGroup[] = Object.values(ChecklistGroup);

/** Names of the groups for the UI and the printed plan. */
export const checklistGroupText: Readonly<Record<ChecklistGroup, BilingualText>> = {
  premises: { sv: 'Lokal och tillträde', en: 'Premises and access' },
  evacuation: { sv: 'Utrymning', en: 'Evacuation' },
  first_aid: { sv: 'Första hjälpen', en: 'First aid' },
  communications: { sv: 'Kommunikation och larm', en: 'Communications and alarms' },
  audience: { sv: 'Publik och ordning', en: 'Audience and order' },
};

/** One item of a checklist template. */
export interface ChecklistTemplateItem {
  /** Stable across versions (a slug, {@link isChecklistItemId}): a plan's statuses are kept by it. */
  readonly id: string;
  readonly group: ChecklistGroup;
  readonly text: BilingualText;
}

/** One version of an organisation's checklist template. */
export interface ChecklistTemplate {
  /** 1, 2, …; a plan stores the version it used. */
  readonly version: number;
  /** In the order they are shown, within their groups. */
  readonly items: readonly ChecklistTemplateItem[];
}

/** Most items of one template. */
export const maxChecklistItems = 60;

/** Longest text of an item, in characters, in each language. */
export const maxChecklistItemTextLength = 300;

/** Whether an id is a slug: a lower-case letter, then lower-case letters, digits and underscores, at most 40. */
export function isChecklistItemId(id: string): boolean {
  return /^[a-z][a-z0-9_]{0,39}$/u.test(id);
}

/**
 * Värn's default checklist, version 1 of every organisation (issue 10 §2; DOMAIN.md §1: the unit
 * checks the premises before each council meeting). Our own wording.
 */
export const defaultChecklistTemplate: ChecklistTemplate = {
  version: 1,
  items: [
    {
      id: 'premises_searched',
      group: ChecklistGroup.Premises,
      text: {
        sv: 'Lokalen är genomsökt före sammanträdet, även toaletter, förråd och utrymmen intill.',
        en: 'The premises have been searched before the meeting, including toilets, storerooms and adjoining spaces.',
      },
    },
    {
      id: 'entrances_controlled',
      group: ChecklistGroup.Premises,
      text: {
        sv: 'Entréerna är kontrollerade: de som ska vara låsta är låsta och de öppna är bemannade.',
        en: 'The entrances are controlled: those meant to be locked are locked and the open ones are staffed.',
      },
    },
    {
      id: 'evacuation_routes_clear',
      group: ChecklistGroup.Evacuation,
      text: {
        sv: 'Utrymningsvägarna är fria, olåsta inifrån och skyltade.',
        en: 'The evacuation routes are clear, unlocked from the inside and signposted.',
      },
    },
    {
      id: 'assembly_point_known',
      group: ChecklistGroup.Evacuation,
      text: {
        sv: 'Återsamlingsplatsen är känd för ordföranden, personalen och vakterna.',
        en: 'The chair, the staff and the guards know the assembly point.',
      },
    },
    {
      id: 'first_aid_and_defibrillator',
      group: ChecklistGroup.FirstAid,
      text: {
        sv: 'Förbandsväska och hjärtstartare finns på plats och är kontrollerade.',
        en: 'A first-aid bag and a defibrillator are in place and have been checked.',
      },
    },
    {
      id: 'communications_tested',
      group: ChecklistGroup.Communications,
      text: {
        sv: 'Kommunikationen är testad: telefoner, radio och larm fungerar i lokalen.',
        en: 'Communications have been tested: phones, radios and alarms work in the premises.',
      },
    },
    {
      id: 'who_calls_police',
      group: ChecklistGroup.Communications,
      text: {
        sv: 'Det är bestämt vem som ringer polisen, och alla i säkerhetsbemanningen vet vem.',
        en: 'It has been decided who calls the police, and everyone on the security staff knows who.',
      },
    },
    {
      id: 'seating_and_overflow',
      group: ChecklistGroup.Audience,
      text: {
        sv: 'Sittplatser för allmänheten är ordnade, och en överflödessal finns om salen blir full.',
        en: 'Seating for the public is arranged, with an overflow room if the hall is full.',
      },
    },
    {
      id: 'placards_and_filming_rules',
      group: ChecklistGroup.Audience,
      text: {
        sv: 'Reglerna för plakat, banderoller och filmning är bestämda och anslagna vid entrén.',
        en: 'The rules for placards, banners and filming are set and posted at the entrance.',
      },
    },
  ],
};

/** What {@link checklistTemplateProblems} finds. */
export const ChecklistProblemCode = {
  /** The version is not a whole number from 1. */
  InvalidVersion: 'invalid_version',
  /** The template has no items. */
  NoItems: 'no_items',
  /** More than {@link maxChecklistItems} items. */
  TooManyItems: 'too_many_items',
  /** An id is not a slug ({@link isChecklistItemId}). */
  InvalidId: 'invalid_id',
  /** Two items share an id. */
  DuplicateId: 'duplicate_id',
  /** An item's group is not one of {@link ChecklistGroup}. */
  UnknownGroup: 'unknown_group',
  /** A Swedish or English text is blank. */
  MissingText: 'missing_text',
  /** A text is longer than {@link maxChecklistItemTextLength}. */
  TextTooLong: 'text_too_long',
} as const;
export type ChecklistProblemCode = (typeof ChecklistProblemCode)[keyof typeof ChecklistProblemCode];
export const checklistProblemCodes: readonly ChecklistProblemCode[] = Object.values(ChecklistProblemCode);

/** One problem of a checklist template. */
export interface ChecklistProblem {
  readonly code: ChecklistProblemCode;
  /** Where in the template, e.g. `items[3].text.en`. */
  readonly path: string;
  /** A clear explanation for the admin. */
  readonly message: BilingualText;
}

/**
 * The problems of a checklist template version, in template order; an empty list means it can be
 * used. Templates come from the database and from admins, so the checks also cover what the types
 * promise but stored data may not keep (an unknown group, a missing text).
 */
export function checklistTemplateProblems(template: ChecklistTemplate): ChecklistProblem[] {
  const problems: ChecklistProblem[] = [];
  const report = (code: ChecklistProblemCode, path: string, sv: string, en: string): void => {
    problems.push({ code, path, message: { sv, en } });
  };
  const P = ChecklistProblemCode;

  if (!Number.isInteger(template.version) || template.version < 1)
    report(
      P.InvalidVersion,
      'version',
      'Versionen måste vara ett heltal från 1.',
      'The version must be a whole number from 1.',
    );
  if (template.items.length === 0)
    report(P.NoItems, 'items', 'Checklistan har inga punkter.', 'The checklist has no items.');
  if (template.items.length > maxChecklistItems)
    report(
      P.TooManyItems,
      'items',
      `Checklistan har ${template.items.length} punkter. Den får ha högst ${maxChecklistItems}.`,
      `The checklist has ${template.items.length} items. It may have at most ${maxChecklistItems}.`,
    );

  const seen = new Set<string>();
  template.items.forEach((item, index) => {
    const path = `items[${index}]`;
    if (!isChecklistItemId(item.id))
      report(
        P.InvalidId,
        `${path}.id`,
        'Id:t måste börja med en liten bokstav och bara innehålla små bokstäver a–z, siffror och understreck (högst 40 tecken).',
        'The id must start with a lower-case letter and contain only lower-case letters a–z, digits and underscores (at most 40 characters).',
      );
    else if (seen.has(item.id))
      report(
        P.DuplicateId,
        `${path}.id`,
        `Id:t ${item.id} används två gånger.`,
        `The id ${item.id} is used twice.`,
      );
    seen.add(item.id);
    if (!(checklistGroups as readonly string[]).includes(item.group))
      report(
        P.UnknownGroup,
        `${path}.group`,
        `${String(item.group)} är ingen grupp i checklistan.`,
        `${String(item.group)} is not a group of the checklist.`,
      );
    for (const [language, name] of [
      ['sv', { sv: 'Svensk', en: 'Swedish' }],
      ['en', { sv: 'Engelsk', en: 'English' }],
    ] as const) {
      const text: string | undefined = item.text[language];
      if (text === undefined || text.trim() === '')
        report(
          P.MissingText,
          `${path}.text.${language}`,
          `${name.sv} text saknas.`,
          `The ${name.en} text is missing.`,
        );
      else if ([...text].length > maxChecklistItemTextLength)
        report(
          P.TextTooLong,
          `${path}.text.${language}`,
          `${name.sv} text är längre än ${maxChecklistItemTextLength} tecken.`,
          `The ${name.en} text is longer than ${maxChecklistItemTextLength} characters.`,
        );
    }
  });
  return problems;
}

/** One item's status in a plan, as stored. */
export interface ChecklistItemState {
  readonly itemId: string;
  readonly status: ChecklistItemStatus;
}

/** How far a plan's checklist has come. */
export interface ChecklistProgress {
  readonly done: number;
  readonly notApplicable: number;
  /** Not done, or not marked at all. */
  readonly open: number;
  /** The template's items: done + notApplicable + open. */
  readonly total: number;
}

/**
 * How far a plan's checklist has come against the template version it uses. An item without a
 * status counts as open; a status of an id the template does not have is ignored.
 */
export function checklistProgress(
  template: ChecklistTemplate,
  statuses: readonly ChecklistItemState[],
): ChecklistProgress {
  const byId = new Map(statuses.map((state) => [state.itemId, state.status]));
  let done = 0;
  let notApplicable = 0;
  for (const item of template.items) {
    const status = byId.get(item.id);
    if (status === ChecklistItemStatus.Done) done += 1;
    else if (status === ChecklistItemStatus.NotApplicable) notApplicable += 1;
  }
  const total = template.items.length;
  return { done, notApplicable, open: total - done - notApplicable, total };
}
