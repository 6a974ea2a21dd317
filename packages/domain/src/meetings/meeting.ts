import type { BilingualText } from '../shared/bilingual';

/**
 * Meetings and events (DOMAIN.md §5, issue 10 §1): council and committee meetings, citizen
 * dialogues, debates, campaign events and election day, the bodies that hold them and the limits
 * of what is written about them. The meeting's risk is in `risk.ts`, the readiness warnings in
 * `readiness.ts`, the security plan's parts in `security-plan.ts`, `checklist.ts`, `staffing.ts`
 * and `evacuation.ts`, the live log in `log.ts`.
 */

/** What kind of meeting or event it is (issue 10 §1). */
export const MeetingType = {
  /** Kommun- eller regionfullmäktige: always public (kommunallagen 5 kap. 42 §). */
  Council: 'council',
  /** Kommun- eller regionstyrelsen. */
  ExecutiveBoard: 'executive_board',
  /** En nämnd, or one of its utskott. */
  Committee: 'committee',
  /** Medborgardialog. */
  CitizenDialogue: 'citizen_dialogue',
  /** Offentlig debatt, e.g. a panel before an election. */
  PublicDebate: 'public_debate',
  /** A party's campaign event: valstuga, torgmöte. */
  CampaignEvent: 'campaign_event',
  /** Valdagen: polling stations and the count. */
  ElectionDay: 'election_day',
  Other: 'other',
} as const;
export type MeetingType = (typeof MeetingType)[keyof typeof MeetingType];
/** In the order the UI lists them. */
export const meetingTypes: readonly MeetingType[] = Object.values(MeetingType);

/** Names of the meeting types for the UI, mails and the calendar feed. */
export const meetingTypeText: Readonly<Record<MeetingType, BilingualText>> = {
  council: { sv: 'Fullmäktige', en: 'Council' },
  executive_board: { sv: 'Kommunstyrelsen', en: 'Executive board' },
  committee: { sv: 'Nämnd eller utskott', en: 'Committee' },
  citizen_dialogue: { sv: 'Medborgardialog', en: 'Citizen dialogue' },
  public_debate: { sv: 'Offentlig debatt', en: 'Public debate' },
  campaign_event: { sv: 'Valstuga eller torgmöte', en: 'Campaign event' },
  election_day: { sv: 'Valdag', en: 'Election day' },
  other: { sv: 'Annat', en: 'Other' },
};

/**
 * Whether a new meeting of a type is public unless someone says otherwise, for the form's default:
 * fullmäktige always is (kommunallagen 5 kap. 42 §); a nämnd's and the styrelse's meetings are held
 * behind closed doors unless the body has decided otherwise (6 kap. 25 §); dialogues, debates,
 * campaign events and election day are open to the public by their nature.
 */
export function meetingTypeIsPublicByDefault(type: MeetingType): boolean {
  return type !== MeetingType.ExecutiveBoard && type !== MeetingType.Committee && type !== MeetingType.Other;
}

/** Whether a meeting is still to be held, took place or was called off. */
export const MeetingStatus = { Planned: 'planned', Held: 'held', Cancelled: 'cancelled' } as const;
export type MeetingStatus = (typeof MeetingStatus)[keyof typeof MeetingStatus];
export const meetingStatuses: readonly MeetingStatus[] = Object.values(MeetingStatus);

/** Names of the meeting statuses for the UI. */
export const meetingStatusText: Readonly<Record<MeetingStatus, BilingualText>> = {
  planned: { sv: 'Planerat', en: 'Planned' },
  held: { sv: 'Genomfört', en: 'Held' },
  cancelled: { sv: 'Inställt', en: 'Cancelled' },
};

/**
 * Whether a meeting is coming: planned and not yet started at `now`. Readiness warnings, the risk
 * heat calendar's "coming meetings" and the calendar feed show only these.
 */
export function isComingMeeting(
  meeting: { readonly status: MeetingStatus; readonly startsAt: Date },
  now: Date,
): boolean {
  return meeting.status === MeetingStatus.Planned && meeting.startsAt.getTime() > now.getTime();
}

/**
 * The kind of a body (organ) that holds meetings. Bodies and their members are kept by Värn until
 * the officials register (issue 11) holds the officials' assignments.
 */
export const BodyKind = {
  /** Fullmäktige. */
  Council: 'council',
  /** Kommun- eller regionstyrelsen. */
  ExecutiveBoard: 'executive_board',
  /** En nämnd or an utskott. */
  Committee: 'committee',
  /** A beredning, a council for pensioners, a party group or anything else that meets. */
  Other: 'other',
} as const;
export type BodyKind = (typeof BodyKind)[keyof typeof BodyKind];
export const bodyKinds: readonly BodyKind[] = Object.values(BodyKind);

/** Names of the body kinds for the UI. */
export const bodyKindText: Readonly<Record<BodyKind, BilingualText>> = {
  council: { sv: 'Fullmäktige', en: 'Council' },
  executive_board: { sv: 'Styrelse', en: 'Executive board' },
  committee: { sv: 'Nämnd eller utskott', en: 'Committee' },
  other: { sv: 'Annat organ', en: 'Other body' },
};

/**
 * A person's assignment (uppdrag) in a body. Any assignment makes the body's closed meetings
 * visible to the person (`meetingListScope`); the chair is the one who decides security screening
 * (lag 2010:294, 2 §) and keeps order at the meeting.
 */
export const BodyAssignment = {
  /** Ledamot. */
  Member: 'member',
  /** Ersättare. */
  Substitute: 'substitute',
  /** Ordförande. */
  Chair: 'chair',
  /** Vice ordförande. */
  ViceChair: 'vice_chair',
} as const;
export type BodyAssignment = (typeof BodyAssignment)[keyof typeof BodyAssignment];
export const bodyAssignments: readonly BodyAssignment[] = Object.values(BodyAssignment);

/** Names of the assignments for the UI. */
export const bodyAssignmentText: Readonly<Record<BodyAssignment, BilingualText>> = {
  member: { sv: 'Ledamot', en: 'Member' },
  substitute: { sv: 'Ersättare', en: 'Substitute' },
  chair: { sv: 'Ordförande', en: 'Chair' },
  vice_chair: { sv: 'Vice ordförande', en: 'Vice chair' },
};

/** Longest texts of a meeting, in characters. */
export const meetingTextLimits = {
  /** "Kommunfullmäktige 10 december", "Valstuga på Stortorget". */
  title: 200,
  /** The room within the venue: "Sessionssalen". */
  room: 120,
  /** Who arranges it: the council's office, a party, an association. */
  organiser: 200,
  description: 4000,
  /** A note on an agenda item ("behandlas sist, stängda dörrar"). */
  agendaNote: 500,
  /** The UID of an imported iCalendar event (an index key: PostgreSQL's btree refuses ~2.7 kB). */
  icalUid: 255,
} as const;

/** Longest texts of a body, in characters. */
export const bodyTextLimits = {
  /** "Kommunfullmäktige", "Barn- och utbildningsnämnden". */
  name: 120,
} as const;

/** Longest texts of a venue (lokal) in the venue register, in characters. */
export const venueTextLimits = {
  name: 200,
  address: 300,
  /** One room's name. */
  room: 120,
  /** Where people come in and how the entrances are controlled. */
  entrances: 4000,
  evacuationRoutes: 4000,
  /** Återsamlingsplats. */
  assemblyPoint: 500,
} as const;

/** Most rooms of one venue. */
export const maxVenueRooms = 50;

/** Largest seating capacity of a venue and largest expected audience of a meeting (people). */
export const maxAudience = 100_000;

/** Largest floor plan of a venue (one image or PDF), in bytes (10 MiB). */
export const maxFloorPlanBytes = 10 * 1024 * 1024;

/** The content types a floor plan may have, as detected from the file's bytes. */
export const allowedFloorPlanTypes: readonly string[] = ['application/pdf', 'image/png', 'image/jpeg'];

/** Longest texts of a security plan, in characters. */
export const securityPlanTextLimits = {
  /** The unit's written threat assessment (hotbild). */
  threatAssessment: 8000,
  /** The name of the chair who decided about security screening. */
  screeningDecidedBy: 120,
  /** The premises the screening covers (lag 2010:294, 2 §: the decision names them). */
  screeningPremises: 1000,
  screeningReasons: 4000,
  /** Who leads the officials out, who leads the public out, who calls the police (a name or a function). */
  evacuationRole: 200,
  evacuationRoutes: 4000,
  /** Återsamlingsplats for this meeting. */
  evacuationMeetingPoint: 500,
  evacuationNotes: 4000,
  /** A note on one checklist item. */
  checklistNote: 500,
  staffName: 120,
  staffPhone: 40,
  staffNote: 500,
} as const;

/** Longest texts of the live log and the after-action review, in characters. */
export const meetingLogTextLimits = {
  /** One log entry, typed on a phone during the meeting. */
  entry: 2000,
  /** Each of the review's three texts: what happened, what worked, what to change. */
  review: 8000,
} as const;

/** Most agenda items of one meeting; an agenda import of more is refused. */
export const maxAgendaItems = 100;

/** Most meetings of one iCalendar import. */
export const maxMeetingImportRows = 500;

/** Longest meeting or event, in hours: a campaign event or election day with the count fits. */
export const maxMeetingHours = 24 * 7;

/**
 * The days back from the meeting that the threat picture counts linked incidents over (issue 10
 * §2, "incidents of the last N days"), unless the plan says otherwise.
 */
export const defaultThreatLookbackDays = 30;

/** The fewest and most days a plan may look back for incidents. */
export const threatLookbackDayRange = { min: 1, max: 365 } as const;

/**
 * How many days before the meeting's day its security plan should be approved (issue 10 §2: "plan
 * not approved 2 days before (configurable)"), unless the organisation says otherwise.
 */
export const defaultPlanApprovalDaysBefore = 2;

/** The fewest and most days before the meeting an organisation may ask for approval. */
export const planApprovalDayRange = { min: 0, max: 30 } as const;

/** What is wrong with a meeting's start and end. */
export const MeetingTimeProblem = {
  /** The end is not after the start. */
  EndsBeforeStart: 'ends_before_start',
  /** Longer than {@link maxMeetingHours}. */
  TooLong: 'too_long',
} as const;
export type MeetingTimeProblem = (typeof MeetingTimeProblem)[keyof typeof MeetingTimeProblem];

/** The problem with a meeting's start and end, or null when they are fine. */
export function meetingTimeProblem(startsAt: Date, endsAt: Date): MeetingTimeProblem | null {
  const hours = (endsAt.getTime() - startsAt.getTime()) / 3_600_000;
  if (hours <= 0) return MeetingTimeProblem.EndsBeforeStart;
  if (hours > maxMeetingHours) return MeetingTimeProblem.TooLong;
  return null;
}
