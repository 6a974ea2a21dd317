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
  IncidentWorkEnvironmentReport: 'incident.work_environment_report',
  IncidentMetricsRead: Action.IncidentMetrics,
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
} as const;

export type AuditAction = (typeof AuditAction)[keyof typeof AuditAction];

/** Every audited action, for tests and the client's labels. */
export const auditActions: readonly AuditAction[] = Object.values(AuditAction);
