import { Action, type Resource } from '@varn/domain';

/** Who asks, and about whom: what the client knows when it asks the policy about an action. */
export interface AccessSubject {
  readonly organisationId: string;
  /** The signed-in user: the owner of their own profile and sessions. */
  readonly ownUserId: string;
  /** The user an admin page is about, if any. */
  readonly userId?: string | undefined;
}

type ResourceOf = (subject: AccessSubject) => Resource;

const organisation: ResourceOf = ({ organisationId }) => ({ type: 'organisation', organisationId });
const parties: ResourceOf = ({ organisationId }) => ({ type: 'party', organisationId });
const users: ResourceOf = ({ organisationId, userId }) =>
  userId === undefined ? { type: 'user', organisationId } : { type: 'user', organisationId, userId };
const ownProfile: ResourceOf = ({ organisationId, ownUserId }) => ({
  type: 'user',
  organisationId,
  userId: ownUserId,
});
const ownSessions: ResourceOf = ({ organisationId, ownUserId }) => ({
  type: 'session',
  organisationId,
  userId: ownUserId,
});
const auditLog: ResourceOf = ({ organisationId }) => ({ type: 'audit_log', organisationId });
const outbox: ResourceOf = ({ organisationId }) => ({ type: 'outbox', organisationId });
const incidents: ResourceOf = ({ organisationId }) => ({ type: 'incident', organisationId });
const signals: ResourceOf = ({ organisationId }) => ({ type: 'signal', organisationId });
const taxonomy: ResourceOf = ({ organisationId }) => ({ type: 'taxonomy', organisationId });
const matters: ResourceOf = ({ organisationId }) => ({ type: 'matter', organisationId });
const screenings: ResourceOf = ({ organisationId }) => ({ type: 'screening', organisationId });
const assessments: ResourceOf = ({ organisationId }) => ({ type: 'assessment', organisationId });
const templates: ResourceOf = ({ organisationId }) => ({ type: 'riskguide_template', organisationId });
const meetings: ResourceOf = ({ organisationId }) => ({ type: 'meeting', organisationId });
const venues: ResourceOf = ({ organisationId }) => ({ type: 'venue', organisationId });
const bodies: ResourceOf = ({ organisationId }) => ({ type: 'body', organisationId });
const checklistTemplates: ResourceOf = ({ organisationId }) => ({ type: 'meeting_template', organisationId });
const threatLevel: ResourceOf = ({ organisationId }) => ({ type: 'threat_level', organisationId });
const ownCalendarFeed: ResourceOf = ({ organisationId, ownUserId }) => ({
  type: 'calendar_feed',
  organisationId,
  userId: ownUserId,
});
const register: ResourceOf = ({ organisationId }) => ({ type: 'person', organisationId });
const training: ResourceOf = ({ organisationId }) => ({ type: 'training', organisationId });
const guidelines: ResourceOf = ({ organisationId }) => ({ type: 'guideline', organisationId });
const contactDirectory: ResourceOf = ({ organisationId }) => ({ type: 'contact_directory', organisationId });
const situation: ResourceOf = ({ organisationId }) => ({ type: 'situation', organisationId });

/**
 * The resource the client asks about for each action, as the server builds it for the same
 * action. Apart from a user an admin page is about and the user's own profile and sessions, these
 * are collections: whether one named record (an incident, a signal) may be acted on is the
 * server's answer. Every action has an entry — a new action without one does not compile — so no
 * action silently falls back to another resource's rules.
 */
const resources: Readonly<Record<Action, ResourceOf>> = {
  [Action.OrganisationRead]: organisation,
  [Action.OrganisationSettingsRead]: organisation,
  [Action.OrganisationSettingsUpdate]: organisation,
  [Action.PartyList]: parties,
  [Action.PartyReadContacts]: parties,
  [Action.PartyCreate]: parties,
  [Action.PartyUpdate]: parties,
  [Action.UserList]: users,
  [Action.UserRead]: users,
  [Action.UserCreate]: users,
  [Action.UserUpdate]: users,
  [Action.UserDeactivate]: users,
  [Action.UserResetMfa]: users,
  [Action.UserInvite]: users,
  [Action.AuditRead]: auditLog,
  [Action.OutboxRead]: outbox,
  [Action.ProfileRead]: ownProfile,
  [Action.ProfileUpdate]: ownProfile,
  [Action.SessionManage]: ownSessions,
  [Action.IncidentReport]: incidents,
  [Action.IncidentList]: incidents,
  [Action.IncidentRead]: incidents,
  [Action.IncidentHandle]: incidents,
  [Action.IncidentFindRelated]: incidents,
  [Action.IncidentConsent]: incidents,
  [Action.IncidentAddEvidence]: incidents,
  [Action.IncidentMetrics]: incidents,
  [Action.IncidentInbox]: incidents,
  [Action.SignalCreate]: signals,
  [Action.SignalList]: signals,
  [Action.SignalRead]: signals,
  [Action.SignalHandle]: signals,
  [Action.TaxonomyRead]: taxonomy,
  [Action.TaxonomyManage]: taxonomy,
  [Action.MatterList]: matters,
  [Action.MatterRead]: matters,
  [Action.MatterReadMeasures]: matters,
  [Action.MatterCreate]: matters,
  [Action.MatterUpdate]: matters,
  [Action.MatterHandleMeasures]: matters,
  // Counts of matters, assessments and measures: the server asks about the matters.
  [Action.RiskguideSummary]: matters,
  [Action.ScreeningCreate]: screenings,
  [Action.ScreeningRead]: screenings,
  [Action.AssessmentRead]: assessments,
  [Action.AssessmentHandle]: assessments,
  [Action.RiskguideTemplateRead]: templates,
  [Action.RiskguideTemplateManage]: templates,
  // The people a measure can be given to belong to the organisation, not to one subject.
  [Action.MeasureOwnerList]: organisation,
  // Whether one meeting may be seen (its body, public or not) is the server's answer, per meeting.
  [Action.MeetingList]: meetings,
  [Action.MeetingRead]: meetings,
  [Action.MeetingCreate]: meetings,
  [Action.MeetingUpdate]: meetings,
  [Action.MeetingReadThreat]: meetings,
  [Action.MeetingReadStaffing]: meetings,
  [Action.MeetingReadPractical]: meetings,
  [Action.MeetingHandlePlan]: meetings,
  [Action.MeetingLog]: meetings,
  [Action.MeetingReview]: meetings,
  [Action.MeetingSummary]: meetings,
  [Action.VenueRead]: venues,
  [Action.VenueManage]: venues,
  [Action.BodyRead]: bodies,
  [Action.BodyManage]: bodies,
  [Action.MeetingTemplateRead]: checklistTemplates,
  [Action.MeetingTemplateManage]: checklistTemplates,
  [Action.ThreatLevelRead]: threatLevel,
  [Action.ThreatLevelRecord]: threatLevel,
  [Action.CalendarFeedManage]: ownCalendarFeed,
  // One person, one party (a party contact's own): the server's answer, per record; so a party
  // contact's own-party actions are not offered through these collections.
  [Action.RegisterList]: register,
  [Action.RegisterRead]: register,
  [Action.RegisterManage]: register,
  [Action.RegisterImport]: register,
  [Action.RegisterExport]: register,
  [Action.PartyReadRoster]: parties,
  [Action.PartyReadTraining]: parties,
  [Action.PartyManageContacts]: parties,
  [Action.RegisterReadTraining]: register,
  [Action.TrainingCoverage]: training,
  [Action.TrainingManage]: training,
  [Action.TrainingCampaign]: training,
  [Action.GuidelineRead]: guidelines,
  [Action.GuidelineManage]: guidelines,
  [Action.PartyReadEndorsement]: parties,
  [Action.PartyReadEndorsementEvidence]: parties,
  [Action.PartyEndorseGuidelines]: parties,
  [Action.ContactDirectoryRead]: contactDirectory,
  [Action.ContactDirectoryManage]: contactDirectory,
  [Action.SituationRead]: situation,
  [Action.SituationStream]: situation,
  [Action.SituationAssess]: situation,
  [Action.SituationExport]: situation,
  [Action.IncidentExport]: incidents,
};

/** The resource an action is about, within the user's own organisation. */
export function resourceFor(action: Action, subject: AccessSubject): Resource {
  return resources[action](subject);
}
