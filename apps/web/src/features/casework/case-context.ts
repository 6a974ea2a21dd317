import type { IncidentDetail, IncidentSummary, TaxonomyEntryView, UnitIncidentDetail } from '@varn/contracts';

/** A person the API names (handler, owner, actor). */
export interface Person {
  readonly id: string;
  readonly name: string;
}

/** What every part of the case file gets: the case, the lists to name codes, and how to change it. */
export interface CaseContext {
  readonly incident: UnitIncidentDetail;
  readonly taxonomy: readonly TaxonomyEntryView[];
  /** Security officers: handlers of the case and owners of measures. */
  readonly handlers: readonly Person[];
  /** Cases of the last year, newest first (joining the police report). */
  readonly recentCases: readonly IncidentSummary[];
  /** Replaces the case after a command that answers with the whole case. */
  readonly onChange: (incident: IncidentDetail) => void;
  /** Fetches the case again after a command that answers with a part (a measure, a file). */
  readonly refresh: () => Promise<void>;
}
