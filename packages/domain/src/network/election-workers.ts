import type { BilingualText } from '../shared/bilingual';
import { trainingStandingOn, TrainingStatus, type Attendance, type CourseValidity } from '../training/status';

/**
 * Election workers (valarbetare, issue 11 §1): their own group per election, trained before it
 * (DOMAIN.md §1). An election is the date the unit enters — a general election
 * (`generalElectionDate`), an election to the European Parliament or an extra election.
 */

/** What an election worker does at one election. */
export const ElectionWorkerRole = {
  /** Röstmottagare i vallokal on election day. */
  PollingStation: 'polling_station',
  /** Röstmottagare vid förtidsröstning, in the weeks before. */
  EarlyVoting: 'early_voting',
  /** Valnämndens preliminära rösträkning and the onsdagsräkning. */
  Counting: 'counting',
} as const;
export type ElectionWorkerRole = (typeof ElectionWorkerRole)[keyof typeof ElectionWorkerRole];
export const electionWorkerRoles: readonly ElectionWorkerRole[] = Object.values(ElectionWorkerRole);

/** Names of the roles for the UI. */
export const electionWorkerRoleText: Readonly<Record<ElectionWorkerRole, BilingualText>> = {
  polling_station: { sv: 'Röstmottagare i vallokal', en: 'Polling station worker' },
  early_voting: { sv: 'Röstmottagare vid förtidsröstning', en: 'Early voting worker' },
  counting: { sv: 'Rösträknare', en: 'Vote counter' },
};

/** Longest texts of an election worker's row, in characters. */
export const electionWorkerTextLimits = {
  /** The polling station or early-voting place ("Vallokal Centrum, Folkets hus"). */
  place: 200,
} as const;

/** Most election workers of one election in one organisation (a large city has a few thousand). */
export const maxElectionWorkers = 5000;

/** One election worker as the training list needs them. */
export interface ElectionWorkerTraining<P> {
  readonly person: P;
  readonly attendances: readonly Attendance[];
}

/**
 * The election workers of one election who lack the election workers' course valid on election
 * day (`electionDate`, YYYY-MM-DD), in their order: those to invite before it.
 */
export function electionWorkersToTrain<P>(
  workers: readonly ElectionWorkerTraining<P>[],
  course: CourseValidity,
  electionDate: string,
): P[] {
  return workers
    .filter(
      ({ attendances }) =>
        trainingStandingOn(attendances, course, electionDate, 0).status !== TrainingStatus.Valid,
    )
    .map(({ person }) => person);
}
