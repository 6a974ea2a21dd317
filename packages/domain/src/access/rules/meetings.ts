import type { Actor, MeetingVisibility } from '../policy';
import { Role } from '../roles';
import { adminOnly, everyone, securityUnit, type RecordRule, type RoleRules } from './common';

/**
 * Actions of meetings and events (issue 10, ADR 017): meetings and their agendas, the security plan
 * part by part, the live log, the after-action review, the figures, and what they are built from —
 * venues, bodies, the checklist template, the national threat level — and each person's calendar
 * feed. Codes are stable (audit trail).
 */
export const MeetingAction = {
  /** The meetings' list and the risk heat calendar: type, title, time, venue, body, risk level and reasons. */
  MeetingList: 'meeting.list',
  /** One meeting with its agenda (each matter with its level) and its risk level and reasons. */
  MeetingRead: 'meeting.read',
  MeetingCreate: 'meeting.create',
  /** Change a meeting, its agenda (add, order, remove items) and import agendas or meetings (CSV, iCalendar). */
  MeetingUpdate: 'meeting.update',
  /** The threat picture in detail: the written assessment, the linked incidents, the national level. */
  MeetingReadThreat: 'meeting.read_threat',
  /** The staffing's names and phone numbers. */
  MeetingReadStaffing: 'meeting.read_staffing',
  /** The plan's practical part for those at the meeting: the evacuation plan and whom to call. */
  MeetingReadPractical: 'meeting.read_practical',
  /** Write the plan: threat assessment, checklist, staffing, screening decision, evacuation, approval. */
  MeetingHandlePlan: 'meeting.handle_plan',
  /** Read and write the live log, follow it, and turn an entry into an incident. */
  MeetingLog: 'meeting.log',
  /** Read and write the after-action review and its measures. */
  MeetingReview: 'meeting.review',
  /** Meetings in figures: counts by risk level, type and month, never a title or a name. */
  MeetingSummary: 'meeting.summary',
  /** The venue register: addresses, rooms, entrances, evacuation routes, assembly points, floor plans. */
  VenueRead: 'venue.read',
  VenueManage: 'venue.manage',
  /** The bodies (fullmäktige, styrelse, nämnder) and their members. */
  BodyRead: 'body.read',
  BodyManage: 'body.manage',
  /** The security checklist template's versions. */
  MeetingTemplateRead: 'meeting_template.read',
  MeetingTemplateManage: 'meeting_template.manage',
  /** The national terror threat level and its recorded history. */
  ThreatLevelRead: 'threat_level.read',
  ThreatLevelRecord: 'threat_level.record',
  /** Create, show and revoke one's own calendar feed (a secret iCalendar address). */
  CalendarFeedManage: 'calendar_feed.manage',
} as const;

export type MeetingAction = (typeof MeetingAction)[keyof typeof MeetingAction];

/**
 * Roles that see meetings (issue 10 §5): the security unit and secretaries every meeting; officials
 * and party contacts those of their bodies and public ones ({@link meetingVisibleTo}).
 */
const meetingReaders: readonly Role[] = [
  Role.SecurityOfficer,
  Role.Secretary,
  Role.Official,
  Role.PartyContact,
];

/** Roles whose meetings and matters are limited to their bodies' and public meetings (issue 10 §5). */
export const bodyScopedRoles: readonly Role[] = [Role.Official, Role.PartyContact];

/** Who may act on meetings, venues, bodies, the checklist template, the threat level and feeds. */
export const meetingRoleRules: RoleRules<MeetingAction> = {
  [MeetingAction.MeetingList]: meetingReaders,
  [MeetingAction.MeetingRead]: meetingReaders,
  // Secretaries prepare the meetings and their agendas (DOMAIN.md §2).
  [MeetingAction.MeetingCreate]: [Role.SecurityOfficer, Role.Secretary],
  [MeetingAction.MeetingUpdate]: [Role.SecurityOfficer, Role.Secretary],
  // The threat picture names incidents and what the unit knows (OSL 18 kap. 8 §): the unit only.
  [MeetingAction.MeetingReadThreat]: securityUnit,
  // Names and phones of unit staff, guards and police: only those who staff and call them.
  [MeetingAction.MeetingReadStaffing]: securityUnit,
  // What the people in the hall must know to get out and get help; the secretary sits next to the
  // chair and helps lead the meeting, so reads it too.
  [MeetingAction.MeetingReadPractical]: meetingReaders,
  [MeetingAction.MeetingHandlePlan]: securityUnit,
  // The log is written by the unit's staff at the meeting; guards and police have no accounts.
  [MeetingAction.MeetingLog]: securityUnit,
  [MeetingAction.MeetingReview]: securityUnit,
  // Aggregates for the management (viewers), as Riskguide in figures.
  [MeetingAction.MeetingSummary]: [Role.SecurityOfficer, Role.Viewer],
  // Secretaries pick the venue of a meeting; the unit surveys venues and keeps their security
  // details (entrances, evacuation routes, floor plans) up to date, as the admin does.
  [MeetingAction.VenueRead]: [Role.Admin, Role.SecurityOfficer, Role.Secretary],
  [MeetingAction.VenueManage]: [Role.Admin, Role.SecurityOfficer],
  // Who sits in which body is public (the municipality publishes it): everyone who sees meetings
  // reads it, for the calendar's filter; the admin keeps it until the officials register (issue 11).
  [MeetingAction.BodyRead]: [Role.Admin, ...meetingReaders],
  [MeetingAction.BodyManage]: adminOnly,
  [MeetingAction.MeetingTemplateRead]: [Role.Admin, Role.SecurityOfficer],
  [MeetingAction.MeetingTemplateManage]: adminOnly,
  // Säkerhetspolisen publishes the level: nothing secret in it, and the situational picture shows it.
  [MeetingAction.ThreatLevelRead]: everyone,
  // The unit follows Säkerhetspolisen and records a change the day it comes; the admin may too.
  [MeetingAction.ThreatLevelRecord]: [Role.Admin, Role.SecurityOfficer],
  // A feed shows the meetings the person may list; the record rule keeps it to its owner.
  [MeetingAction.CalendarFeedManage]: meetingReaders,
};

/**
 * The part of a security plan each action reads (issue 10 §2, §5), so that the service building a
 * plan's view asks the policy part by part. The checklist and the screening decision are the unit's
 * working material (`meeting.handle_plan`); the plan's status (draft or approved, by whom) is read
 * with the meeting.
 */
export const securityPlanPartReadActions = {
  threatPicture: MeetingAction.MeetingReadThreat,
  checklist: MeetingAction.MeetingHandlePlan,
  staffing: MeetingAction.MeetingReadStaffing,
  screening: MeetingAction.MeetingHandlePlan,
  evacuation: MeetingAction.MeetingReadPractical,
  status: MeetingAction.MeetingRead,
} as const satisfies Readonly<Record<string, MeetingAction>>;

/**
 * Whether a meeting is visible to an actor of a body-scoped role (issue 10 §5): a public meeting,
 * or one of a body the actor has an assignment in (`actor.bodyIds`; missing: none).
 */
export function meetingVisibleTo(actor: Actor, meeting: MeetingVisibility): boolean {
  return meeting.isPublic || (meeting.bodyId !== null && (actor.bodyIds ?? []).includes(meeting.bodyId));
}

/**
 * One meeting: officials and party contacts act only on meetings visible to them
 * ({@link meetingVisibleTo}); a meeting resource without `isPublic` is not visible to them.
 */
const meetingOfActorsBodies: RecordRule = (actor, _action, resource) => {
  if (resource.type !== 'meeting' || resource.meetingId === undefined) return null;
  if (!bodyScopedRoles.includes(actor.role)) return null;
  const visible = meetingVisibleTo(actor, {
    bodyId: resource.bodyId ?? null,
    isPublic: resource.isPublic ?? false,
  });
  return visible ? null : 'not_found';
};

/**
 * One matter (ADR 017, ending ADR 011): officials and party contacts see a matter's level and
 * measures only when it is on the agenda of a meeting visible to them. A matter resource without
 * `agendaMeetings` is on no agenda.
 */
const matterOnVisibleAgenda: RecordRule = (actor, _action, resource) => {
  if (resource.type !== 'matter' || resource.matterId === undefined) return null;
  if (!bodyScopedRoles.includes(actor.role)) return null;
  const visible = (resource.agendaMeetings ?? []).some((meeting) => meetingVisibleTo(actor, meeting));
  return visible ? null : 'not_found';
};

/** A calendar feed belongs to one person: nobody else creates, reads or revokes it. */
const ownCalendarFeedOnly: RecordRule = (actor, _action, resource) => {
  if (resource.type !== 'calendar_feed') return null;
  return resource.userId === actor.userId ? null : 'not_found';
};

/** The meeting rules that look at the record. */
export const meetingRecordRules: readonly RecordRule[] = [
  meetingOfActorsBodies,
  matterOnVisibleAgenda,
  ownCalendarFeedOnly,
];
