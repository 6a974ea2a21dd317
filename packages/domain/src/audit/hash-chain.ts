/**
 * The audit trail is a hash chain per organisation (issue 2 §5): each event's hash covers its own
 * content and the previous event's hash, so a changed, removed or reordered row breaks the chain
 * from that point on. Hashing itself (SHA-256) is injected so this module stays free of I/O.
 */

/** Outcome of the audited attempt. */
export const AuditOutcome = {
  Success: 'success',
  Failure: 'failure',
  Denied: 'denied',
} as const;

export type AuditOutcome = (typeof AuditOutcome)[keyof typeof AuditOutcome];

/** The content of one audit event that its hash covers. */
export interface AuditContent {
  readonly chainKey: string;
  readonly sequence: number;
  readonly occurredAt: Date;
  readonly actorUserId: string | null;
  readonly action: string;
  readonly recordType: string | null;
  readonly recordId: string | null;
  readonly outcome: AuditOutcome;
  readonly ip: string | null;
  readonly userAgent: string | null;
  readonly details: Readonly<Record<string, string | number | boolean | null>>;
}

/** A stored event: its content plus the chain links. */
export interface ChainedAuditEvent extends AuditContent {
  readonly previousHash: string;
  readonly hash: string;
}

/** The hash that starts every chain. */
export const genesisHash = '0'.repeat(64);

/** Chain key of events that belong to no organisation (e.g. a failed login for an unknown e-mail). */
export const systemChainKey = 'system';

/**
 * The canonical serialisation split where the chain's position goes: `chainKey` (JSON-encoded)
 * and `rest` (the JSON of everything after the sequence number, up to the closing bracket). The
 * hashed input is `[<previousHash>,<chainKey>,<sequence>,<rest>` — the JSON array of
 * {@link canonicalAuditContent}. The server hands these parts to the database, which appends an
 * event and links it to the chain's head in one statement (ADR 014).
 */
export function canonicalAuditParts(content: Omit<AuditContent, 'sequence'>): {
  readonly chainKey: string;
  readonly rest: string;
} {
  const details = Object.fromEntries(
    Object.entries(content.details).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  return {
    chainKey: JSON.stringify(content.chainKey),
    rest: JSON.stringify([
      content.occurredAt.toISOString(),
      content.actorUserId,
      content.action,
      content.recordType,
      content.recordId,
      content.outcome,
      content.ip,
      content.userAgent,
      details,
    ]).slice(1),
  };
}

/**
 * A stable serialisation of the content (sorted keys, ISO time), the input of the hash: the JSON
 * array `[previousHash, chainKey, sequence, occurredAt, actorUserId, action, recordType, recordId,
 * outcome, ip, userAgent, details]`.
 */
export function canonicalAuditContent(content: AuditContent, previousHash: string): string {
  const { chainKey, rest } = canonicalAuditParts(content);
  return `[${JSON.stringify(previousHash)},${chainKey},${JSON.stringify(content.sequence)},${rest}`;
}

/** Hashes a string to lowercase hex (SHA-256 in production). */
export type HashFunction = (input: string) => string;

/** The hash of an event given its content and the previous event's hash. */
export function chainHash(content: AuditContent, previousHash: string, hash: HashFunction): string {
  return hash(canonicalAuditContent(content, previousHash));
}

/** Where and why a chain breaks. */
export interface ChainBreak {
  /** Sequence number of the first event that does not fit. */
  readonly brokenAtSequence: number;
  readonly reason: 'sequence_gap' | 'previous_hash_mismatch' | 'hash_mismatch' | 'head_mismatch';
}

/**
 * The head of a chain as recorded beside it (ADR 014): the sequence number and hash of its last
 * event. Comparing it with the last stored event shows events removed from the end of a chain,
 * which the links alone cannot show.
 */
export interface ChainHead {
  readonly sequence: number;
  readonly hash: string;
}

/** Result of verifying one chain. */
export type ChainVerification =
  | { readonly ok: true; readonly checked: number }
  | ({ readonly ok: false; readonly checked: number } & ChainBreak);

/**
 * An incremental verifier for one chain: feed events in ascending sequence order; `check`
 * returns the first break it finds (and keeps returning it), so a chain of any length can be
 * verified while streaming it from the database.
 */
export function createChainVerifier(hash: HashFunction): {
  check(event: ChainedAuditEvent): ChainBreak | null;
  /**
   * After the last event: whether the recorded head is the last event checked (no head and no
   * events is an empty chain). A head ahead of the events means events are missing at the end
   * (broken at the first missing one); a head behind them or with another hash, a head that
   * does not belong to these events (broken at the first event it disagrees with).
   */
  checkHead(head: ChainHead | null): ChainBreak | null;
  result(): ChainVerification;
} {
  let expectedPrevious = genesisHash;
  let expectedSequence = 1;
  let checked = 0;
  let broken: ChainBreak | null = null;
  const fail = (event: ChainedAuditEvent, reason: ChainBreak['reason']): ChainBreak => {
    broken = { brokenAtSequence: event.sequence, reason };
    return broken;
  };
  return {
    check(event) {
      if (broken) return broken;
      if (event.sequence !== expectedSequence) return fail(event, 'sequence_gap');
      if (event.previousHash !== expectedPrevious) return fail(event, 'previous_hash_mismatch');
      if (chainHash(event, event.previousHash, hash) !== event.hash) return fail(event, 'hash_mismatch');
      expectedPrevious = event.hash;
      expectedSequence += 1;
      checked += 1;
      return null;
    },
    checkHead(head) {
      if (broken) return broken;
      const last = expectedSequence - 1;
      const recorded = head ?? { sequence: 0, hash: genesisHash };
      if (recorded.sequence === last && recorded.hash === expectedPrevious) return null;
      const at = recorded.sequence === last ? last : Math.min(recorded.sequence, last) + 1;
      broken = { brokenAtSequence: at, reason: 'head_mismatch' };
      return broken;
    },
    result() {
      return broken ? { ok: false, checked, ...(broken as ChainBreak) } : { ok: true, checked };
    },
  };
}

/**
 * Verifies events of one chain given in ascending sequence order, and reports the first broken
 * link: a missing or reordered event, a previous-hash that does not match, or altered content;
 * given the chain's recorded head, also events missing at the end.
 */
export function verifyChain(
  events: Iterable<ChainedAuditEvent>,
  hash: HashFunction,
  head?: ChainHead | null,
): ChainVerification {
  const verifier = createChainVerifier(hash);
  for (const event of events) {
    if (verifier.check(event)) break;
  }
  if (head !== undefined) verifier.checkHead(head);
  return verifier.result();
}
