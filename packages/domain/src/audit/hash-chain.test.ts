import { describe, expect, it } from 'vitest';
import {
  AuditOutcome,
  canonicalAuditContent,
  canonicalAuditParts,
  chainHash,
  createChainVerifier,
  genesisHash,
  systemChainKey,
  verifyChain,
  type AuditContent,
  type ChainBreak,
  type ChainedAuditEvent,
  type ChainVerification,
} from './hash-chain';

// Tests may hash with node:crypto (production injects the same SHA-256). The domain is compiled
// without Node's types and linted against node:* imports on purpose, so the little used here is
// typed by hand and loaded at run time.
interface NodeCrypto {
  createHash(algorithm: 'sha256' | 'sha512'): { update(input: string): { digest(encoding: 'hex'): string } };
}
const nodeCrypto = 'node:crypto';
const { createHash }: NodeCrypto = await import(nodeCrypto);

const sha256 = (input: string): string => createHash('sha256').update(input).digest('hex');

const chainKey = '6f1c2a9e-3b4d-4c8e-9f00-1a2b3c4d5e6f';
const admin = '0a3c9f1e-2b4d-4e6f-8a9b-0c1d2e3f4a5b';

/** Five events of one organisation, with nulls and details of every value type. */
const contents: readonly AuditContent[] = [
  {
    chainKey,
    sequence: 1,
    occurredAt: new Date('2026-03-02T08:00:00.000Z'),
    actorUserId: null,
    action: 'auth.login',
    recordType: null,
    recordId: null,
    outcome: AuditOutcome.Failure,
    ip: '192.0.2.10',
    userAgent: 'Mozilla/5.0',
    details: { reason: 'invalid_credentials' },
  },
  {
    chainKey,
    sequence: 2,
    occurredAt: new Date('2026-03-02T08:00:05.123Z'),
    actorUserId: admin,
    action: 'user.read',
    recordType: 'user',
    recordId: '7b8c9d0e-1f2a-4b3c-8d4e-5f6a7b8c9d0e',
    outcome: AuditOutcome.Success,
    ip: '192.0.2.10',
    userAgent: 'Mozilla/5.0',
    details: { count: 3, partyShown: true, note: 'åäö', cleared: null },
  },
  {
    chainKey,
    sequence: 3,
    occurredAt: new Date('2026-03-02T08:01:00.000Z'),
    actorUserId: admin,
    action: 'user.deactivate',
    recordType: 'user',
    recordId: admin,
    outcome: AuditOutcome.Denied,
    ip: null,
    userAgent: null,
    details: {},
  },
  {
    chainKey,
    sequence: 4,
    occurredAt: new Date('2026-03-02T08:02:00.000Z'),
    actorUserId: admin,
    action: 'organisation.settings.update',
    recordType: 'organisation',
    recordId: chainKey,
    outcome: AuditOutcome.Success,
    ip: '2001:db8::1',
    userAgent: 'curl/8.5.0',
    details: { idleMinutes: 15, absoluteHours: 8 },
  },
  {
    chainKey,
    sequence: 5,
    occurredAt: new Date('2026-03-02T08:03:00.000Z'),
    actorUserId: admin,
    action: 'audit.read',
    recordType: 'audit_log',
    recordId: null,
    outcome: AuditOutcome.Success,
    ip: '192.0.2.10',
    userAgent: 'Mozilla/5.0',
    details: {},
  },
];

/** Links contents into a chain the way the server writes it. */
function buildChain(items: readonly AuditContent[]): ChainedAuditEvent[] {
  const chain: ChainedAuditEvent[] = [];
  let previousHash = genesisHash;
  for (const content of items) {
    const hash = chainHash(content, previousHash, sha256);
    chain.push({ ...content, previousHash, hash });
    previousHash = hash;
  }
  return chain;
}

const chain = buildChain(contents);

/** The chain with event `sequence` replaced (stored row edited, hash left as it was). */
function withEvent(
  sequence: number,
  change: (event: ChainedAuditEvent) => ChainedAuditEvent,
): ChainedAuditEvent[] {
  return chain.map((event) => (event.sequence === sequence ? change(event) : event));
}

const broken = (
  brokenAtSequence: number,
  reason: ChainBreak['reason'],
  checked: number,
): ChainVerification => ({
  ok: false,
  checked,
  brokenAtSequence,
  reason,
});

/** The item at `index`, which the test knows is there. */
function nth<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`no item at ${index}`);
  return item;
}

describe('the hash used here', () => {
  it('is SHA-256 (FIPS 180-2 test vector "abc")', () => {
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('an untouched chain', () => {
  it('verifies, counting every event', () => {
    expect(verifyChain(chain, sha256)).toEqual({ ok: true, checked: 5 });
  });

  it('starts at the genesis hash and links each event to the one before', () => {
    expect(genesisHash).toBe('0'.repeat(64));
    expect(chain.map((event) => event.previousHash)).toEqual([
      genesisHash,
      ...chain.slice(0, -1).map((e) => e.hash),
    ]);
    for (const event of chain) expect(event.hash).toMatch(/^[0-9a-f]{64}$/u);
  });

  it('verifies when empty', () => {
    expect(verifyChain([], sha256)).toEqual({ ok: true, checked: 0 });
  });

  it('uses its own chain key per organisation and "system" for events without one', () => {
    expect(systemChainKey).toBe('system');
    const system = buildChain(contents.map((content) => ({ ...content, chainKey: systemChainKey })));
    expect(verifyChain(system, sha256)).toEqual({ ok: true, checked: 5 });
    expect(nth(system, 0).hash).not.toBe(nth(chain, 0).hash);
  });
});

// Every field of AuditContent, changed in event 2 after it was written. A Record over the keys of
// AuditContent, so a new field without a row does not compile.
const fieldChanges: Record<keyof AuditContent, (event: ChainedAuditEvent) => ChainedAuditEvent> = {
  chainKey: (e) => ({ ...e, chainKey: 'another-organisation' }),
  sequence: (e) => ({ ...e, sequence: 7 }),
  occurredAt: (e) => ({ ...e, occurredAt: new Date(e.occurredAt.getTime() + 1) }),
  actorUserId: (e) => ({ ...e, actorUserId: null }),
  action: (e) => ({ ...e, action: 'user.list' }),
  recordType: (e) => ({ ...e, recordType: 'party' }),
  recordId: (e) => ({ ...e, recordId: null }),
  outcome: (e) => ({ ...e, outcome: AuditOutcome.Denied }),
  ip: (e) => ({ ...e, ip: '198.51.100.7' }),
  userAgent: (e) => ({ ...e, userAgent: null }),
  details: (e) => ({ ...e, details: { ...e.details, count: 4 } }),
};

describe('a changed field breaks the chain at that event', () => {
  it.each(Object.entries(fieldChanges).filter(([field]) => field !== 'sequence'))('%s', (_field, change) => {
    expect(verifyChain(withEvent(2, change), sha256)).toEqual(broken(2, 'hash_mismatch', 1));
  });

  it('sequence: reported as a gap at the changed number', () => {
    expect(verifyChain(withEvent(2, fieldChanges.sequence), sha256)).toEqual(broken(7, 'sequence_gap', 1));
  });

  it.each<[string, AuditContent['details']]>([
    [
      'a value of another type (string "3" for number 3)',
      { count: '3', partyShown: true, note: 'åäö', cleared: null },
    ],
    ['"true" for true', { count: 3, partyShown: 'true', note: 'åäö', cleared: null }],
    ['"null" for null', { count: 3, partyShown: true, note: 'åäö', cleared: 'null' }],
    ['a key removed', { count: 3, partyShown: true, note: 'åäö' }],
    ['a key added', { count: 3, partyShown: true, note: 'åäö', cleared: null, extra: 1 }],
    ['a key renamed', { count: 3, partyShown: true, note: 'åäö', removed: null }],
    ['a letter changed (å → a)', { count: 3, partyShown: true, note: 'aäö', cleared: null }],
  ])('details: %s', (_label, details) => {
    expect(
      verifyChain(
        withEvent(2, (e) => ({ ...e, details })),
        sha256,
      ),
    ).toEqual(broken(2, 'hash_mismatch', 1));
  });

  it('actorUserId: the string "null" is not null', () => {
    const first = nth(chain, 0);
    expect(chainHash({ ...first, actorUserId: 'null' }, genesisHash, sha256)).not.toBe(first.hash);
  });

  it('a character moved from one field to the next changes the hash (no concatenation ambiguity)', () => {
    const second = nth(chain, 1);
    const moved = { ...second, action: 'user.rea', recordType: 'duser' };
    expect(chainHash(moved, second.previousHash, sha256)).not.toBe(second.hash);
  });

  it('the first event changed: broken at 1 with nothing checked', () => {
    expect(verifyChain(withEvent(1, fieldChanges.action), sha256)).toEqual(broken(1, 'hash_mismatch', 0));
  });

  it('the last event changed: broken at 5 after 4 good events', () => {
    expect(verifyChain(withEvent(5, fieldChanges.ip), sha256)).toEqual(broken(5, 'hash_mismatch', 4));
  });
});

describe('changed links', () => {
  it('a stored hash replaced', () => {
    const changed = withEvent(3, (e) => ({ ...e, hash: sha256('forged') }));
    expect(verifyChain(changed, sha256)).toEqual(broken(3, 'hash_mismatch', 2));
  });

  it('a changed previousHash', () => {
    const changed = withEvent(3, (e) => ({ ...e, previousHash: sha256('forged') }));
    expect(verifyChain(changed, sha256)).toEqual(broken(3, 'previous_hash_mismatch', 2));
  });

  it('a changed previousHash with the event’s own hash recomputed to match', () => {
    const changed = withEvent(3, (e) => {
      const previousHash = sha256('forged');
      return { ...e, previousHash, hash: chainHash(e, previousHash, sha256) };
    });
    expect(verifyChain(changed, sha256)).toEqual(broken(3, 'previous_hash_mismatch', 2));
  });

  it('a first event that does not start at the genesis hash', () => {
    const changed = withEvent(1, (e) => {
      const previousHash = sha256('elsewhere');
      return { ...e, previousHash, hash: chainHash(e, previousHash, sha256) };
    });
    expect(verifyChain(changed, sha256)).toEqual(broken(1, 'previous_hash_mismatch', 0));
  });

  it('an edited event whose hash was recomputed breaks the link to the next event', () => {
    const changed = withEvent(2, (e) => {
      const edited = { ...e, outcome: AuditOutcome.Denied };
      return { ...edited, hash: chainHash(edited, e.previousHash, sha256) };
    });
    expect(verifyChain(changed, sha256)).toEqual(broken(3, 'previous_hash_mismatch', 2));
  });
});

describe('removed and reordered events', () => {
  it('a removed event in the middle is a gap at the next sequence number', () => {
    const removed = chain.filter((event) => event.sequence !== 3);
    expect(verifyChain(removed, sha256)).toEqual(broken(4, 'sequence_gap', 2));
  });

  it('a removed first event', () => {
    expect(verifyChain(chain.slice(1), sha256)).toEqual(broken(2, 'sequence_gap', 0));
  });

  it('a removed event with the later ones renumbered breaks the link', () => {
    const renumbered = chain
      .filter((event) => event.sequence !== 3)
      .map((event) => (event.sequence > 3 ? { ...event, sequence: event.sequence - 1 } : event));
    expect(verifyChain(renumbered, sha256)).toEqual(broken(3, 'previous_hash_mismatch', 2));
  });

  it('two events swapped', () => {
    const [one, two, three, four, five] = [0, 1, 2, 3, 4].map((index) => nth(chain, index));
    if (!one || !two || !three || !four || !five) throw new Error('chain too short');
    expect(verifyChain([one, three, two, four, five], sha256)).toEqual(broken(3, 'sequence_gap', 1));
  });

  it('two events swapped with their sequence numbers swapped back', () => {
    const [one, two, three, four, five] = [0, 1, 2, 3, 4].map((index) => nth(chain, index));
    if (!one || !two || !three || !four || !five) throw new Error('chain too short');
    const swapped = [one, { ...three, sequence: 2 }, { ...two, sequence: 3 }, four, five];
    expect(verifyChain(swapped, sha256)).toEqual(broken(2, 'previous_hash_mismatch', 1));
  });

  it('a duplicated event', () => {
    const [one, two] = [nth(chain, 0), nth(chain, 1)];
    expect(verifyChain([one, two, two, ...chain.slice(2)], sha256)).toEqual(broken(2, 'sequence_gap', 2));
  });

  // The links cannot know about events after the last one they are given: a cut-off tail
  // verifies, and only the recorded head (ADR 014) shows it.
  it('a removed last event still verifies without the head, with one event fewer checked', () => {
    expect(verifyChain(chain.slice(0, -1), sha256)).toEqual({ ok: true, checked: 4 });
  });
});

describe('the recorded head (ADR 014)', () => {
  const last = nth(chain, 4);
  const head = { sequence: last.sequence, hash: last.hash };

  it('matching the last event: the chain verifies', () => {
    expect(verifyChain(chain, sha256, head)).toEqual({ ok: true, checked: 5 });
  });

  it('no head and no events: an empty chain verifies', () => {
    expect(verifyChain([], sha256, null)).toEqual({ ok: true, checked: 0 });
  });

  it('events removed at the end: broken at the first missing one', () => {
    expect(verifyChain(chain.slice(0, -2), sha256, head)).toEqual(broken(4, 'head_mismatch', 3));
    expect(verifyChain([], sha256, head)).toEqual(broken(1, 'head_mismatch', 0));
  });

  it('a head behind the events, with another hash, or missing: broken where they disagree', () => {
    const third = nth(chain, 2);
    expect(verifyChain(chain, sha256, { sequence: 3, hash: third.hash })).toEqual(
      broken(4, 'head_mismatch', 5),
    );
    expect(verifyChain(chain, sha256, { sequence: 5, hash: sha256('forged') })).toEqual(
      broken(5, 'head_mismatch', 5),
    );
    expect(verifyChain(chain, sha256, null)).toEqual(broken(1, 'head_mismatch', 5));
  });

  it('a break among the events is reported first', () => {
    expect(verifyChain(withEvent(2, fieldChanges.action), sha256, head)).toEqual(
      broken(2, 'hash_mismatch', 1),
    );
  });
});

describe('canonical form', () => {
  it('does not depend on the order of the details keys', () => {
    const second = nth(contents, 1);
    const reordered: AuditContent = {
      ...second,
      details: { cleared: null, note: 'åäö', partyShown: true, count: 3 },
    };
    expect(Object.keys(reordered.details)).not.toEqual(Object.keys(second.details));
    expect(canonicalAuditContent(reordered, genesisHash)).toBe(canonicalAuditContent(second, genesisHash));
    // A database that returns details with its own key order (e.g. jsonb) still verifies.
    expect(
      verifyChain(
        withEvent(2, (e) => ({ ...e, details: reordered.details })),
        sha256,
      ),
    ).toEqual({
      ok: true,
      checked: 5,
    });
  });

  it('does not depend on the time zone the time was read in', () => {
    const first = nth(contents, 0);
    const sameInstant = { ...first, occurredAt: new Date('2026-03-02T09:00:00.000+01:00') };
    expect(canonicalAuditContent(sameInstant, genesisHash)).toBe(canonicalAuditContent(first, genesisHash));
  });

  it('covers the previous hash', () => {
    const first = nth(contents, 0);
    expect(canonicalAuditContent(first, genesisHash)).not.toBe(canonicalAuditContent(first, 'f'.repeat(64)));
  });

  it('is the JSON array of previous hash, chain key, sequence and content', () => {
    const odd: AuditContent = {
      ...nth(contents, 1),
      chainKey: 'quote " and \\ backslash',
      sequence: 1234567890123,
      userAgent: 'line\nbreak \u0000 nul \ud800 lone surrogate, emoji 🛡️, tab\t',
      details: { z: 1.5, a: -0, m: 'ä', e: 1e21, n: null },
    };
    for (const content of [...contents, odd]) {
      const details = Object.fromEntries(
        Object.entries(content.details).sort(([a], [b]) => (a < b ? -1 : 1)),
      );
      const expected = JSON.stringify([
        'f'.repeat(64),
        content.chainKey,
        content.sequence,
        content.occurredAt.toISOString(),
        content.actorUserId,
        content.action,
        content.recordType,
        content.recordId,
        content.outcome,
        content.ip,
        content.userAgent,
        details,
      ]);
      expect(canonicalAuditContent(content, 'f'.repeat(64))).toBe(expected);
      // The parts the database assembles around the chain's position (ADR 014).
      const { chainKey, rest } = canonicalAuditParts(content);
      expect(`["${'f'.repeat(64)}",${chainKey},${String(content.sequence)},${rest}`).toBe(expected);
    }
  });

  it('is what the injected hash function is given', () => {
    const second = nth(chain, 1);
    expect(sha256(canonicalAuditContent(second, second.previousHash))).toBe(second.hash);
  });
});

describe('createChainVerifier', () => {
  it('accepts good events one by one and counts them', () => {
    const verifier = createChainVerifier(sha256);
    expect(verifier.result()).toEqual({ ok: true, checked: 0 });
    for (const event of chain) expect(verifier.check(event)).toBeNull();
    expect(verifier.result()).toEqual({ ok: true, checked: 5 });
  });

  it('reports the first break and keeps it, whatever comes after', () => {
    const verifier = createChainVerifier(sha256);
    const changed = withEvent(2, fieldChanges.action);
    const first = { brokenAtSequence: 2, reason: 'hash_mismatch' };
    expect(verifier.check(nth(changed, 0))).toBeNull();
    expect(verifier.check(nth(changed, 1))).toEqual(first);
    // Later events — valid ones, another break, even the untouched original — change nothing.
    expect(verifier.check(nth(changed, 2))).toEqual(first);
    expect(verifier.check({ ...nth(changed, 3), sequence: 99 })).toEqual(first);
    expect(verifier.check(nth(chain, 1))).toEqual(first);
    expect(verifier.result()).toEqual(broken(2, 'hash_mismatch', 1));
    expect(verifier.result()).toEqual(broken(2, 'hash_mismatch', 1));
  });

  it('reports a break at the very first event with nothing checked', () => {
    const verifier = createChainVerifier(sha256);
    expect(verifier.check({ ...nth(chain, 0), sequence: 0 })).toEqual({
      brokenAtSequence: 0,
      reason: 'sequence_gap',
    });
    expect(verifier.result()).toEqual(broken(0, 'sequence_gap', 0));
  });

  it('uses the hash function it was given', () => {
    const other = (input: string): string => createHash('sha512').update(input).digest('hex').slice(0, 64);
    expect(verifyChain(chain, other)).toEqual(broken(1, 'hash_mismatch', 0));
  });
});
