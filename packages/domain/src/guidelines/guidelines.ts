import type { BilingualText } from '../shared/bilingual';

/**
 * Ethical guidelines for respectful debate (etiska riktlinjer, DOMAIN.md §1, issue 11 §4): agreed
 * by all parties, in versions with a Swedish and an English text and the day the council adopted
 * each; every party endorses a version, with who signed for it, the day, and the signed document
 * as evidence. A new version resets the endorsements: a party's endorsement counts only for the
 * version it signed.
 */

/** Longest texts of guidelines and endorsements, in characters. */
export const guidelineTextLimits = {
  /** "Riktlinjer för ett respektfullt debattklimat". */
  title: 200,
  /** The full text of one version, in one language. */
  text: 50_000,
  /** The name of who signed for the party (partiföreträdare, gruppledare). */
  signedBy: 200,
} as const;

/** Largest endorsement document (a scanned signed page), in bytes (10 MiB). */
export const maxEndorsementEvidenceBytes = 10 * 1024 * 1024;

/** The content types an endorsement document may have, as detected from the file's bytes. */
export const allowedEndorsementEvidenceTypes: readonly string[] = [
  'application/pdf',
  'image/png',
  'image/jpeg',
];

/** One version of the guidelines. */
export interface GuidelineVersion {
  readonly id: string;
  /** 1, 2, 3 …: the order of the versions. */
  readonly version: number;
  /** The day the council adopted it (YYYY-MM-DD). */
  readonly adoptedOn: string;
}

/**
 * The version in force on a calendar day (YYYY-MM-DD): the highest version adopted on or before
 * it; null before the first. Versions adopted for a later day wait for it.
 */
export function currentGuidelineVersion<V extends GuidelineVersion>(
  versions: readonly V[],
  day: string,
): V | null {
  let current: V | null = null;
  for (const version of versions)
    if (version.adoptedOn <= day && (current === null || version.version > current.version))
      current = version;
  return current;
}

/** One party's endorsement of one version. */
export interface GuidelineEndorsement {
  readonly partyId: string;
  readonly versionId: string;
  /** The day it was signed (YYYY-MM-DD). */
  readonly signedOn: string;
}

/** Where a party stands with the current version. */
export const EndorsementStatus = {
  /** Endorsed the current version. */
  Endorsed: 'endorsed',
  /** Endorsed another version (an earlier one, normally) but not the current: must endorse again. */
  Outdated: 'outdated',
  /** Never endorsed any version. */
  Never: 'never',
} as const;
export type EndorsementStatus = (typeof EndorsementStatus)[keyof typeof EndorsementStatus];
export const endorsementStatuses: readonly EndorsementStatus[] = Object.values(EndorsementStatus);

/** Names of the statuses for the UI and the situational picture. */
export const endorsementStatusText: Readonly<Record<EndorsementStatus, BilingualText>> = {
  endorsed: { sv: 'Ställt sig bakom', en: 'Endorsed' },
  outdated: { sv: 'Har ställt sig bakom en annan version', en: 'Endorsed another version' },
  never: { sv: 'Har inte ställt sig bakom', en: 'Not endorsed' },
};

/** One party's standing with the current version. */
export interface PartyEndorsement<P> {
  readonly party: P;
  readonly status: EndorsementStatus;
  /** The endorsement of the current version, or null. */
  readonly endorsement: GuidelineEndorsement | null;
}

/**
 * Each party's standing with `currentVersion` (issue 11 §4), in the parties' order: endorsed when
 * it signed that version; outdated when it signed only other versions — a new version resets the
 * endorsements; never when it signed none. With no current version every party is `never`.
 */
export function endorsementStatus<P extends { readonly id: string }>(
  parties: readonly P[],
  endorsements: readonly GuidelineEndorsement[],
  currentVersion: GuidelineVersion | null,
): PartyEndorsement<P>[] {
  return parties.map((party) => {
    const own = endorsements.filter((endorsement) => endorsement.partyId === party.id);
    const current =
      currentVersion === null
        ? undefined
        : own.find((endorsement) => endorsement.versionId === currentVersion.id);
    if (current !== undefined) return { party, status: EndorsementStatus.Endorsed, endorsement: current };
    return {
      party,
      status:
        own.length > 0 && currentVersion !== null ? EndorsementStatus.Outdated : EndorsementStatus.Never,
      endorsement: null,
    };
  });
}

/** What is wrong with an endorsement. */
export const EndorsementProblem = {
  /** Signed before the version was adopted. */
  SignedBeforeAdoption: 'signed_before_adoption',
  /** Signed on a day still to come. */
  SignedInFuture: 'signed_in_future',
} as const;
export type EndorsementProblem = (typeof EndorsementProblem)[keyof typeof EndorsementProblem];

/** The problem with an endorsement's day (YYYY-MM-DD) on `today`, or null when it is fine. */
export function endorsementProblem(
  version: GuidelineVersion,
  signedOn: string,
  today: string,
): EndorsementProblem | null {
  if (signedOn > today) return EndorsementProblem.SignedInFuture;
  if (signedOn < version.adoptedOn) return EndorsementProblem.SignedBeforeAdoption;
  return null;
}
