/**
 * Related cases (issue 9 §2, DOMAIN.md §3 "part of a series, link earlier incidents"): which
 * cases the security unit is offered to link to a case, and why. Three reasons: the same targeted
 * person, the same perpetrator identifier (an account, a phone number, an e-mail address, a web
 * address or a name the unit has recorded), and a similar description reported close in time.
 *
 * What counts as the same and what as similar is decided here; the database only finds the
 * candidates (the incidents module) and counts shared words with PostgreSQL's Swedish stemming.
 */

/** Why a case is suggested. Codes are stable: sent over the API and named by the client. */
export const RelatedReason = {
  /** The same person (an account, or the same name as reported) is targeted. */
  SameTarget: 'same_target',
  /** An identifier of the perpetrator occurs in both cases. */
  SamePerpetrator: 'same_perpetrator',
  /** The descriptions share enough words, and the cases were reported close in time. */
  SimilarText: 'similar_text',
} as const;

export type RelatedReason = (typeof RelatedReason)[keyof typeof RelatedReason];

/** Every reason, strongest first (the order suggestions and their reasons are shown in). */
export const relatedReasons: readonly RelatedReason[] = [
  RelatedReason.SamePerpetrator,
  RelatedReason.SameTarget,
  RelatedReason.SimilarText,
];

/** Days either side of a case's report within which a similar description is suggested (issue 9 §2). */
export const similarTextWindowDays = 90;

/**
 * The period in which similar descriptions are looked for: {@link similarTextWindowDays} days
 * before the case was reported up to as many days after it (for a new case: the last 90 days).
 */
export function similarTextWindow(reportedAt: Date): { readonly from: Date; readonly to: Date } {
  const span = similarTextWindowDays * 86_400_000;
  return { from: new Date(reportedAt.getTime() - span), to: new Date(reportedAt.getTime() + span) };
}

/**
 * When two descriptions are similar: they share at least `minSharedTerms` words (stems, without
 * stop words) and those are at least `minShare` of the shorter description's words. Three words
 * keep one shared place name from being enough; the share keeps a long text from matching
 * everything.
 */
export const similarTextThreshold = { minSharedTerms: 3, minShare: 0.3 } as const;

/** Word counts of two descriptions, as the database's Swedish text search counts them. */
export interface TextOverlap {
  /** Words (stems) the two descriptions share. */
  readonly sharedTerms: number;
  /** Distinct words of the case's own description. */
  readonly ownTerms: number;
  /** Distinct words of the other description. */
  readonly otherTerms: number;
}

/** Whether two descriptions are similar by {@link similarTextThreshold}. */
export function isSimilarText(overlap: TextOverlap): boolean {
  const shorter = Math.min(overlap.ownTerms, overlap.otherTerms);
  if (shorter <= 0) return false;
  return (
    overlap.sharedTerms >= similarTextThreshold.minSharedTerms &&
    overlap.sharedTerms / shorter >= similarTextThreshold.minShare
  );
}

/** At most this many words of a description are looked for in other descriptions. */
export const maxSignificantWords = 64;

/**
 * The words of a description worth looking for elsewhere: letters and digits, three or more
 * characters, lower case, each once, at most {@link maxSignificantWords}. The database drops
 * stop words and reduces the rest to stems.
 */
export function significantWords(text: string): string[] {
  const words = text.toLocaleLowerCase('sv-SE').match(/[\p{L}\p{N}]{3,}/gu) ?? [];
  return [...new Set(words)].slice(0, maxSignificantWords);
}

/** How many identifiers a case may have, and how long each may be (characters). */
export const perpetratorIdentifierLimits = { count: 20, length: 200 } as const;

/** Trailing punctuation that ends a sentence rather than an address. */
const trailingPunctuation = /[.,;:!?)\]}'"»”]+$/u;

/** A Swedish phone number in any usual writing: +46 70-123 45 67, 0046 70…, 070-123 45 67. */
const phonePattern = /(?<![\p{N}+])(?:\+46|0046|0)[\s-]?\(?\p{N}\)?(?:[\s-]?\p{N}){5,10}(?!\p{N})/gu;
const emailPattern = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const urlPattern = /(?:https?:\/\/|www\.)[^\s<>"]+/giu;
const handlePattern = /(?<![\p{L}\p{N}_.@])@[\p{L}\p{N}_]{2,30}(?:\.[\p{L}\p{N}_]+)*/gu;

const isEmail = (value: string): boolean => /^[^\s@]+@[^\s@]+\.[^\s@]+$/u.test(value);
const isUrl = (value: string): boolean => /^(?:https?:\/\/|www\.)\S+$/iu.test(value);
const isHandle = (value: string): boolean => /^@[\p{L}\p{N}_.]{2,}$/u.test(value);
const isPhone = (value: string): boolean =>
  /^\+?[\d\s\-()]+$/u.test(value) && value.replace(/\D/gu, '').length >= 7;

/** Digits of a phone number, Swedish trunk form: "+46 70-123 45 67" → "0701234567". */
function normalisePhone(value: string): string {
  const digits = value.replace(/\D/gu, '');
  if (value.trim().startsWith('+46')) return `0${digits.slice(2)}`;
  if (digits.startsWith('0046')) return `0${digits.slice(4)}`;
  return value.trim().startsWith('+') ? `+${digits}` : digits;
}

/** A web address without scheme, "www.", query or trailing slash: "facebook.com/kalle.k". */
function normaliseUrl(value: string): string {
  return value
    .toLocaleLowerCase('sv-SE')
    .replace(/^https?:\/\//u, '')
    .replace(/^www\./u, '')
    .replace(/[?#].*$/u, '')
    .replace(/\/+$/u, '');
}

/**
 * One identifier in the form cases are compared in, or null for nothing usable: an e-mail
 * address and an @account in lower case, a phone number as its digits in Swedish trunk form
 * (+46 → 0), a web address without scheme, "www." and query, anything else (a name, an alias)
 * in lower case with single spaces. Longer than {@link perpetratorIdentifierLimits} is refused.
 */
export function normalisePerpetratorIdentifier(raw: string): string | null {
  const value = raw
    .trim()
    .replace(/^["'“”«»]+|["'“”«»]+$/gu, '')
    .trim();
  if (value === '' || value.length > perpetratorIdentifierLimits.length) return null;
  let normalised: string;
  if (isEmail(value) && !isUrl(value)) normalised = value.toLocaleLowerCase('sv-SE');
  else if (isUrl(value)) normalised = normaliseUrl(value.replace(trailingPunctuation, ''));
  else if (isHandle(value)) normalised = value.toLocaleLowerCase('sv-SE');
  else if (isPhone(value)) normalised = normalisePhone(value);
  else normalised = value.toLocaleLowerCase('sv-SE').replace(/\s+/gu, ' ');
  return normalised === '' ? null : normalised;
}

/**
 * The identifiers a list of entries gives (the unit's entries, one per line): normalised, each
 * once, in the order given, at most {@link perpetratorIdentifierLimits}.count.
 */
export function normalisePerpetratorIdentifiers(entries: readonly string[]): string[] {
  const normalised = entries
    .map(normalisePerpetratorIdentifier)
    .filter((value): value is string => value !== null);
  return [...new Set(normalised)].slice(0, perpetratorIdentifierLimits.count);
}

/**
 * The identifiers a description mentions, normalised: e-mail addresses, web addresses, @accounts
 * and Swedish phone numbers, in the order they occur. Names are not guessed: the unit records
 * them.
 */
export function perpetratorIdentifiersIn(text: string): string[] {
  const found: { readonly at: number; readonly value: string }[] = [];
  const taken: [number, number][] = [];
  const overlaps = (start: number, end: number) => taken.some(([from, to]) => start < to && end > from);
  for (const pattern of [urlPattern, emailPattern, handlePattern, phonePattern]) {
    for (const match of text.matchAll(pattern)) {
      const raw = match[0].replace(trailingPunctuation, '');
      const start = match.index;
      const end = start + raw.length;
      if (overlaps(start, end)) continue;
      taken.push([start, end]);
      const value = normalisePerpetratorIdentifier(raw);
      if (value !== null) found.push({ at: start, value });
    }
  }
  return normalisePerpetratorIdentifiers(found.sort((a, b) => a.at - b.at).map((item) => item.value));
}

/** A case the database found for one or more reasons. */
export interface RelatedCandidate {
  readonly id: string;
  readonly reportedAt: Date;
  readonly sameTarget: boolean;
  /** The case's identifiers that the candidate shares (normalised). */
  readonly sharedIdentifiers: readonly string[];
  /** Word counts, when the candidate was reported within {@link similarTextWindow}. */
  readonly text: TextOverlap | null;
}

/** One reason of a suggestion, with what it rests on. */
export type RelatedReasonDetail =
  | { readonly reason: typeof RelatedReason.SamePerpetrator; readonly identifiers: readonly string[] }
  | { readonly reason: typeof RelatedReason.SameTarget }
  | { readonly reason: typeof RelatedReason.SimilarText; readonly sharedTerms: number };

/** A suggested case and why, strongest reason first. */
export interface RelatedSuggestion {
  readonly id: string;
  readonly reasons: readonly RelatedReasonDetail[];
}

/** At most this many suggestions are offered. */
export const maxRelatedSuggestions = 10;

/** Weight of each reason in the order of suggestions: one shared identifier outweighs the rest. */
const reasonWeight: Readonly<Record<RelatedReason, number>> = {
  same_perpetrator: 4,
  same_target: 2,
  similar_text: 1,
};

/**
 * The suggestions from the candidates: each candidate with at least one reason, not the case
 * itself nor one already linked (`excludeIds`); ordered by the weight of their reasons, then by
 * shared words, then newest first; at most {@link maxRelatedSuggestions}.
 */
export function suggestRelatedCases(
  candidates: readonly RelatedCandidate[],
  excludeIds: readonly string[],
): RelatedSuggestion[] {
  const excluded = new Set(excludeIds);
  const byId = new Map<string, RelatedCandidate>();
  // A candidate found by several queries: the reasons of all of them count.
  for (const candidate of candidates) {
    if (excluded.has(candidate.id)) continue;
    const earlier = byId.get(candidate.id);
    byId.set(
      candidate.id,
      earlier
        ? {
            ...earlier,
            sameTarget: earlier.sameTarget || candidate.sameTarget,
            sharedIdentifiers: [...new Set([...earlier.sharedIdentifiers, ...candidate.sharedIdentifiers])],
            text: earlier.text ?? candidate.text,
          }
        : candidate,
    );
  }
  const scored = [...byId.values()].flatMap((candidate) => {
    const reasons: RelatedReasonDetail[] = [];
    if (candidate.sharedIdentifiers.length > 0)
      reasons.push({ reason: RelatedReason.SamePerpetrator, identifiers: candidate.sharedIdentifiers });
    if (candidate.sameTarget) reasons.push({ reason: RelatedReason.SameTarget });
    if (candidate.text && isSimilarText(candidate.text))
      reasons.push({ reason: RelatedReason.SimilarText, sharedTerms: candidate.text.sharedTerms });
    if (reasons.length === 0) return [];
    const weight = reasons.reduce((sum, detail) => sum + reasonWeight[detail.reason], 0);
    return [{ candidate, reasons, weight }];
  });
  return scored
    .sort(
      (a, b) =>
        b.weight - a.weight ||
        (b.candidate.text?.sharedTerms ?? 0) - (a.candidate.text?.sharedTerms ?? 0) ||
        b.candidate.reportedAt.getTime() - a.candidate.reportedAt.getTime(),
    )
    .slice(0, maxRelatedSuggestions)
    .map(({ candidate, reasons }) => ({ id: candidate.id, reasons }));
}

/**
 * A targeted person's name in the form names are compared in: lower case, single spaces, no
 * surrounding space. The repository compares the stored names in the same form.
 */
export function normaliseTargetName(name: string): string {
  return name.trim().replace(/\s+/gu, ' ').toLocaleLowerCase('sv-SE');
}
