import type { BilingualText } from '../shared/bilingual';
import { PoliceReportStatus } from './police-report';
import { IncidentStatus } from './transitions';

/**
 * What the people a case concerns are told on their own case page (issue 9 §1): who handles it,
 * whether it is reported to the police (and its number when they may know it), the measures meant
 * for them and the next step in plain language. Nothing of the unit's internal work (notes,
 * severity, assessments, measures not meant for them) is part of it.
 */

/** The next step of a case as the person it concerns should understand it. */
export const NextStep = {
  /** Received; nobody handles it yet. */
  AwaitingHandler: 'awaiting_handler',
  /** A handler is named and will contact the person. */
  HandlerWillContact: 'handler_will_contact',
  /** Under bedömning. */
  Assessing: 'assessing',
  /** Åtgärder pågår. */
  MeasuresOngoing: 'measures_ongoing',
  /** Uppföljning. */
  FollowUp: 'follow_up',
  /** Vilande while the police investigate. */
  WaitingForPolice: 'waiting_for_police',
  /** Vilande for another reason. */
  OnHold: 'on_hold',
  /** Avslutad. */
  Closed: 'closed',
} as const;
export type NextStep = (typeof NextStep)[keyof typeof NextStep];
export const nextSteps: readonly NextStep[] = Object.values(NextStep);

/** The next step in plain language (sv/en), addressed to the person (the reporter or the targeted person). */
export const nextStepText: Readonly<Record<NextStep, BilingualText>> = {
  awaiting_handler: {
    sv: 'Säkerhetsenheten har tagit emot din rapport. En handläggare utses och kontaktar dig. Är du i fara nu, ring 112.',
    en: 'The security unit has received your report. A case handler will be assigned and will contact you. If you are in danger now, call 112.',
  },
  handler_will_contact: {
    sv: 'Din handläggare kontaktar dig för att gå igenom vad som hänt och vilket stöd du behöver.',
    en: 'Your case handler will contact you to go through what happened and what support you need.',
  },
  assessing: {
    sv: 'Säkerhetsenheten bedömer hotet och vilket stöd som behövs. Din handläggare hör av sig när bedömningen är klar.',
    en: 'The security unit is assessing the threat and what support is needed. Your case handler will be in touch when the assessment is done.',
  },
  measures_ongoing: {
    sv: 'Stödåtgärder pågår. Hör av dig till säkerhetsenheten om något nytt händer eller om något inte fungerar.',
    en: 'Support measures are under way. Contact the security unit if something new happens or something does not work.',
  },
  follow_up: {
    sv: 'Säkerhetsenheten följer upp hur det har gått och om du behöver mer stöd.',
    en: 'The security unit is following up on how things have gone and whether you need more support.',
  },
  waiting_for_police: {
    sv: 'Ärendet vilar medan polisen utreder. Du behöver inte göra något nu. Händer något nytt, rapportera det eller kontakta säkerhetsenheten.',
    en: 'The case is on hold while the police investigate. You need not do anything now. If something new happens, report it or contact the security unit.',
  },
  on_hold: {
    sv: 'Ärendet vilar. Du behöver inte göra något nu. Händer något nytt, rapportera det eller kontakta säkerhetsenheten.',
    en: 'The case is on hold. You need not do anything now. If something new happens, report it or contact the security unit.',
  },
  closed: {
    sv: 'Ärendet är avslutat. Händer det igen, rapportera en ny händelse så tar säkerhetsenheten upp det på nytt.',
    en: 'The case is closed. If it happens again, report a new incident and the security unit will take it up again.',
  },
};

/** Police report statuses with the matter still with the police (investigation or court). */
const withThePolice: readonly PoliceReportStatus[] = [
  PoliceReportStatus.Reported,
  PoliceReportStatus.UnderInvestigation,
  PoliceReportStatus.Prosecuted,
];

/** What the next step is derived from. */
export interface NextStepFacts {
  readonly status: IncidentStatus;
  /** A security officer is named as the case's handler. */
  readonly hasHandler: boolean;
  /** The case's police report status, or null when it is not reported to the police. */
  readonly policeReportStatus: PoliceReportStatus | null;
}

/**
 * The next step the person is told: from the case's status, whether someone handles it, and — for
 * a case on hold — whether the police still have it.
 */
export function nextStepForPerson(facts: NextStepFacts): NextStep {
  switch (facts.status) {
    case IncidentStatus.New:
    case IncidentStatus.Triaged:
    case IncidentStatus.Reopened:
      return facts.hasHandler ? NextStep.HandlerWillContact : NextStep.AwaitingHandler;
    case IncidentStatus.Assessing:
      return NextStep.Assessing;
    case IncidentStatus.Measures:
      return NextStep.MeasuresOngoing;
    case IncidentStatus.FollowUp:
      return NextStep.FollowUp;
    case IncidentStatus.Dormant:
      return facts.policeReportStatus !== null && withThePolice.includes(facts.policeReportStatus)
        ? NextStep.WaitingForPolice
        : NextStep.OnHold;
    case IncidentStatus.Closed:
      return NextStep.Closed;
  }
}

/** The police report as the person is told about it. */
export interface PoliceReportForPerson {
  readonly status: PoliceReportStatus;
  /** The police's diary number, only when the person made the report or consented to it. */
  readonly reportNumber: string | null;
}

/**
 * Whether the case is reported to the police, and its number when the affected person made the
 * report themselves or consented to it (`personConsented`); otherwise the number stays with the
 * security unit (e.g. the municipality reported a threat against its premises in its own name).
 */
export function policeReportForPerson(
  report: {
    readonly status: PoliceReportStatus;
    readonly reportNumber: string | null;
    readonly personConsented: boolean;
  } | null,
): PoliceReportForPerson | null {
  if (report === null) return null;
  return { status: report.status, reportNumber: report.personConsented ? report.reportNumber : null };
}

/**
 * How a case in someone's "Mina ärenden" relates to them: their own (they reported it or it is
 * about them) or a member's (a party security contact sees it because a member of their party
 * consented).
 */
export const CaseRelation = { Own: 'own', Member: 'member' } as const;
export type CaseRelation = (typeof CaseRelation)[keyof typeof CaseRelation];
export const caseRelations: readonly CaseRelation[] = Object.values(CaseRelation);

/** The relation of a case to the user who lists it (the repository's SQL mirrors this rule). */
export function caseRelation(
  userId: string,
  incident: { readonly reportedByUserId: string; readonly targetUserId: string | null },
): CaseRelation {
  return incident.reportedByUserId === userId || incident.targetUserId === userId
    ? CaseRelation.Own
    : CaseRelation.Member;
}
