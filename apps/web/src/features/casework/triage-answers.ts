import type { TriageBody, UnitIncidentDetail } from '@varn/contracts';
import type { Consequence, Motive, TargetRole } from '@varn/domain';

/**
 * The follow-up answers of a report that the reporter may skip (issue 9 §1) — the targeted role,
 * channel, perpetrator, motive, matter, police contacted and consequences — as the unit fills them
 * in at triage. '' is "not stated".
 */
export interface TriageAnswers {
  readonly targetRole: TargetRole | '';
  readonly channel: string;
  readonly perpetratorType: string;
  readonly motive: Motive | '';
  readonly matterReference: string;
  readonly policeContacted: '' | 'yes' | 'no';
  readonly consequences: readonly Consequence[];
}

/** The names of the answers' fields, for the error summary. */
export type TriageAnswerField = keyof TriageAnswers;

/** The answers as the case has them. */
export function answersOf(incident: UnitIncidentDetail): TriageAnswers {
  return {
    targetRole: incident.targetRole ?? '',
    channel: incident.channel ?? '',
    perpetratorType: incident.perpetratorType ?? '',
    motive: incident.motive ?? '',
    matterReference: incident.matterReference ?? '',
    policeContacted: incident.policeContacted === null ? '' : incident.policeContacted ? 'yes' : 'no',
    consequences: incident.consequences,
  };
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join();

/**
 * Only the answers that differ from the case (so that the timeline says what was changed). An
 * answer once given is not taken back to "not stated" here, except the motive and the matter.
 */
export function answerChanges(answers: TriageAnswers, incident: UnitIncidentDetail): TriageBody {
  const police = answers.policeContacted === '' ? null : answers.policeContacted === 'yes';
  const matter = answers.matterReference.trim() === '' ? null : answers.matterReference.trim();
  const motive = answers.motive === '' ? null : answers.motive;
  return {
    ...(answers.targetRole !== '' && answers.targetRole !== incident.targetRole
      ? { targetRole: answers.targetRole }
      : {}),
    ...(answers.channel !== '' && answers.channel !== incident.channel ? { channel: answers.channel } : {}),
    ...(answers.perpetratorType !== '' && answers.perpetratorType !== incident.perpetratorType
      ? { perpetratorType: answers.perpetratorType }
      : {}),
    ...(motive !== incident.motive ? { motive } : {}),
    ...(matter !== incident.matterReference ? { matterReference: matter } : {}),
    ...(police !== null && police !== incident.policeContacted ? { policeContacted: police } : {}),
    ...(sameSet(answers.consequences, incident.consequences)
      ? {}
      : { consequences: [...answers.consequences] }),
  };
}
