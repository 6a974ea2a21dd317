import { Action } from '../access/policy';

/**
 * Every action the audit trail records (issue 2 §5): the policy's actions that are audited, plus
 * the authentication and self-service events. Codes are stable: stored in `audit_events.action`
 * and translated by the client.
 */
export const AuditAction = {
  LogIn: 'auth.login',
  MfaCode: 'auth.mfa',
  LogOut: 'auth.logout',
  InvitationAccept: 'invitation.accept',
  ProfileUpdate: 'profile.update',
  PasswordChange: 'profile.password_change',
  SessionRevoke: 'session.revoke',
  SessionRevokeOthers: 'session.revoke_others',
  MfaEnrolmentStart: 'mfa.enrolment_start',
  MfaEnable: 'mfa.enable',
  MfaDisable: 'mfa.disable',
  MfaRecoveryCodes: 'mfa.recovery_codes',
  OrganisationSettingsUpdate: Action.OrganisationSettingsUpdate,
  PartyCreate: Action.PartyCreate,
  PartyUpdate: Action.PartyUpdate,
  UserList: Action.UserList,
  UserRead: Action.UserRead,
  UserCreate: Action.UserCreate,
  UserUpdate: Action.UserUpdate,
  UserDeactivate: Action.UserDeactivate,
  UserReactivate: 'user.reactivate',
  UserInvite: Action.UserInvite,
  UserResetMfa: Action.UserResetMfa,
  AuditRead: Action.AuditRead,
  OutboxRead: Action.OutboxRead,
  TaxonomyChange: 'taxonomy.change',
  IncidentReport: Action.IncidentReport,
  IncidentList: Action.IncidentList,
  IncidentRead: Action.IncidentRead,
  IncidentTriage: 'incident.triage',
  IncidentTransition: 'incident.transition',
  IncidentNote: 'incident.note',
  IncidentConsent: Action.IncidentConsent,
  /** A search of the organisation's cases, or the suggestions for one case (issue 9 §2). */
  IncidentFindRelated: Action.IncidentFindRelated,
  IncidentLink: 'incident.link',
  IncidentUnlink: 'incident.unlink',
  IncidentWorkEnvironmentReport: 'incident.work_environment_report',
  IncidentMetricsRead: Action.IncidentMetrics,
  IncidentInbox: Action.IncidentInbox,
  MeasureList: 'measure.list',
  MeasureCreate: 'measure.create',
  MeasureUpdate: 'measure.update',
  PoliceReportUpdate: 'police_report.update',
  PoliceReportLink: 'police_report.link',
  EvidenceUpload: 'evidence.upload',
  EvidenceView: 'evidence.view',
  EvidenceDownload: 'evidence.download',
  EvidenceExport: 'evidence.export',
  EvidenceCustodyRead: 'evidence.custody',
  SignalCreate: Action.SignalCreate,
  SignalList: Action.SignalList,
  SignalStatusChange: 'signal.status',
  SignalConvert: 'signal.convert',
  MatterCreate: Action.MatterCreate,
  MatterImport: 'matter.import',
  MatterUpdate: Action.MatterUpdate,
  MatterList: Action.MatterList,
  MatterRead: Action.MatterRead,
  RiskguideSummaryRead: Action.RiskguideSummary,
  ScreeningCreate: Action.ScreeningCreate,
  ScreeningRead: Action.ScreeningRead,
  ScreeningQueue: 'screening.queue',
  AssessmentCreate: 'assessment.create',
  AssessmentSave: 'assessment.save',
  AssessmentFinish: 'assessment.finish',
  AssessmentRead: Action.AssessmentRead,
  AssessmentList: 'assessment.list',
  AssessmentHistory: 'assessment.history',
  AssessmentExport: 'assessment.export',
  AssessmentChooseMeasures: 'assessment.choose_measures',
  RiskguideTemplateCreate: 'riskguide_template.create',
  // Meetings and events (issue 10 §5: audited reads).
  MeetingList: Action.MeetingList,
  MeetingRead: Action.MeetingRead,
  MeetingCreate: Action.MeetingCreate,
  MeetingUpdate: Action.MeetingUpdate,
  /** Planned → held or cancelled, or back. */
  MeetingStatusChange: 'meeting.status',
  /** Agenda items added, reordered or removed. */
  MeetingAgendaUpdate: 'meeting.agenda_update',
  /** An agenda imported from CSV or pasted text. */
  MeetingAgendaImport: 'meeting.agenda_import',
  /** Meetings imported from an iCalendar file. */
  MeetingImport: 'meeting.import',
  /** Meetings in figures (`meeting.summary`). */
  MeetingSummaryRead: Action.MeetingSummary,
  /** The whole security plan read by the unit (threat picture, staffing, checklist, screening). */
  MeetingPlanRead: 'meeting.plan_read',
  /** The practical part read by an official, a party contact or a secretary. */
  MeetingPracticalRead: Action.MeetingReadPractical,
  MeetingPlanCreate: 'meeting.plan_create',
  /** Threat assessment, checklist, staffing or evacuation plan changed. */
  MeetingPlanUpdate: 'meeting.plan_update',
  /** The security-screening decision recorded or changed (lag 2010:294). */
  MeetingScreeningDecision: 'meeting.screening_decision',
  MeetingPlanApprove: 'meeting.plan_approve',
  /** An approved plan reopened as a draft. */
  MeetingPlanReopen: 'meeting.plan_reopen',
  /** The one-page plan printed or exported. */
  MeetingPlanExport: 'meeting.plan_export',
  MeetingLogRead: 'meeting.log_read',
  MeetingLogWrite: 'meeting.log_write',
  MeetingLogFollow: 'meeting.log_follow',
  MeetingLogUnfollow: 'meeting.log_unfollow',
  /** A log entry turned into an incident. */
  MeetingLogToIncident: 'meeting.log_to_incident',
  MeetingReviewRead: 'meeting.review_read',
  MeetingReviewSave: Action.MeetingReview,
  VenueCreate: 'venue.create',
  VenueUpdate: 'venue.update',
  VenueFloorPlanUpload: 'venue.floor_plan_upload',
  VenueFloorPlanRead: 'venue.floor_plan_read',
  BodyCreate: 'body.create',
  BodyUpdate: 'body.update',
  /** A body's members or their assignments changed. */
  BodyMembersChange: 'body.members_change',
  MeetingTemplateCreate: 'meeting_template.create',
  ThreatLevelRecord: Action.ThreatLevelRecord,
  CalendarFeedCreate: 'calendar_feed.create',
  CalendarFeedRevoke: 'calendar_feed.revoke',
  /** A calendar feed fetched by its secret address (no session: the feed's owner is the actor). */
  CalendarFeedRead: 'calendar_feed.read',
  // Network, training and guidelines (issue 11 §5: reads of the register audited, ADR 018).
  RegisterList: Action.RegisterList,
  /** One person's record read: contact details, assignments, party (special-category data). */
  RegisterRead: Action.RegisterRead,
  /** A list of officials imported (the rows imported and refused are in the event's details). */
  RegisterImport: Action.RegisterImport,
  RegisterExport: Action.RegisterExport,
  PersonCreate: 'person.create',
  PersonUpdate: 'person.update',
  PersonRemove: 'person.remove',
  /** A person's assignments added, changed or ended. */
  PersonAssignmentsChange: 'person.assignments_change',
  /** A person's party affiliation set or removed (special-category data). */
  PersonPartyChange: 'person.party_change',
  /** A user account linked to a person of the register, or unlinked. */
  PersonLinkUser: 'person.link_user',
  ElectionWorkersChange: 'election_worker.change',
  PartyRosterRead: Action.PartyReadRoster,
  PartyTrainingRead: Action.PartyReadTraining,
  /** A party's security contact or deputy appointed or removed. */
  PartyContactsAppoint: 'party.appoint_contacts',
  /** A contact between a party's security contact and the unit recorded. */
  PartyContactRecorded: 'party.contact_recorded',
  RegisterTrainingRead: Action.RegisterReadTraining,
  TrainingCoverageRead: Action.TrainingCoverage,
  CourseChange: 'course.change',
  TrainingSessionChange: 'training_session.change',
  /** Attendance of a session recorded or changed. */
  TrainingAttendanceRecord: 'training.attendance',
  /** The refresher campaign's invitations sent. */
  TrainingCampaignInvite: 'training.campaign_invite',
  /** The refresher campaign's reminders sent. */
  TrainingCampaignRemind: 'training.campaign_remind',
  GuidelineVersionCreate: 'guideline.version_create',
  PartyEndorseGuidelines: Action.PartyEndorseGuidelines,
  /** A party's signed endorsement document downloaded. */
  PartyEndorsementEvidenceRead: Action.PartyReadEndorsementEvidence,
  ContactDirectoryRead: Action.ContactDirectoryRead,
  PoliceContactChange: 'police_contact.change',
  OnCallChange: 'on_call.change',
  /** The lägesbild was read (issue 12): the full one names cases, meetings and matters. */
  SituationRead: Action.SituationRead,
  SituationStream: Action.SituationStream,
  SituationAssess: Action.SituationAssess,
  /** A report or an aggregate export was produced (PDF, CSV, XLSX, PTU). */
  SituationExport: Action.SituationExport,
  /** The incident list was exported (personal data). */
  IncidentExport: Action.IncidentExport,
} as const;

export type AuditAction = (typeof AuditAction)[keyof typeof AuditAction];

/** Every audited action, for tests and the client's labels. */
export const auditActions: readonly AuditAction[] = Object.values(AuditAction);
