import { useEffect, useState } from 'react';
import { getSensitiveTerms } from './api/riskguide';
import { useMe } from './session/session';

/** How long the list is kept before it is fetched again (an admin may have changed it). */
const maxAgeMs = 5 * 60_000;

let cached: { organisationId: string; at: number; terms: Promise<readonly string[]> } | null = null;

function termsOf(organisationId: string): Promise<readonly string[]> {
  if (cached?.organisationId !== organisationId || Date.now() - cached.at > maxAgeMs) {
    const terms = getSensitiveTerms().then(
      (list) => list.terms,
      () => {
        // Not fatal: the server warns about the same words when the matter is saved.
        cached = null;
        return [];
      },
    );
    cached = { organisationId, at: Date.now(), terms };
  }
  return cached.terms;
}

/**
 * The organisation's sensitive words for matter titles, fetched once for every form on the page
 * (a screening has up to 200 titles) and kept for a few minutes; empty until they have arrived.
 */
export function useSensitiveTerms(): readonly string[] {
  const organisationId = useMe().organisation.id;
  const [terms, setTerms] = useState<readonly string[]>([]);
  useEffect(() => {
    let current = true;
    void termsOf(organisationId).then((list) => {
      if (current) setTerms(list);
    });
    return () => {
      current = false;
    };
  }, [organisationId]);
  return terms;
}
