import { describe, expect, it } from 'vitest';
import {
  Action,
  actions,
  authorize,
  can,
  incidentListScope,
  matterListScope,
  meetingListScope,
  myCasesScope,
  situationScope,
  type Actor,
  type Decision,
  type IncidentScope,
  type MatterScope,
  type MeetingScope,
  type MeetingVisibility,
  type Resource,
} from './policy';
import { Role, roles } from './roles';

// The expected answers are written out by hand, one row per action and one column per role, so a
// reviewer can read the policy off this file. They are deliberately not derived from policy.ts.
//
//   A  allow
//   F  forbidden  (HTTP 403): the role may not act on a collection, or a rule on one's own record
//   N  not_found  (HTTP 404): a named record the actor may not act on, so existence never leaks
//
// Columns: ad admin · sc security_officer · pc party_contact · of official · st staff ·
// se secretary · vi viewer.
const A = 'allow';
const F = 'forbidden';
const N = 'not_found';

/** The columns of the tables below, in this order. */
const columns = [
  Role.Admin,
  Role.SecurityOfficer,
  Role.PartyContact,
  Role.Official,
  Role.Staff,
  Role.Secretary,
  Role.Viewer,
] as const;

type Cells = readonly [Decision, Decision, Decision, Decision, Decision, Decision, Decision];

/** What the action is aimed at, as the server builds the resource for it. */
type Target =
  | 'the organisation'
  | 'the party list'
  | 'one party'
  | 'the user list'
  | 'another user'
  | 'own user'
  | 'own sessions'
  | 'the sessions of another user'
  | 'the audit log'
  | 'the outbox'
  | 'the incident list'
  | 'an incident they reported'
  | 'an incident targeting them'
  | 'a consenting member of their party'
  | 'a non-consenting member of their party'
  | 'a consenting member of another party'
  | 'an unrelated incident'
  | 'an unrelated incident, target without account'
  | 'the signal list'
  | 'a signal they sent'
  | 'a signal another user sent'
  | 'the taxonomy'
  | 'the matter list'
  | 'a matter'
  | 'the screening list'
  | 'a screening'
  | 'the assessment list'
  | 'an assessment'
  | 'the template list'
  | 'a template version'
  | 'a matter on a public agenda'
  | 'a matter on their body’s closed agenda'
  | 'a matter on another body’s closed agenda'
  | 'a matter on two agendas, one visible'
  | 'a matter on no agenda'
  | 'the meeting list'
  | 'a public meeting'
  | 'a closed meeting of their body'
  | 'a closed meeting of another body'
  | 'a closed meeting without a body'
  | 'a meeting, visibility not given'
  | 'the venue list'
  | 'a venue'
  | 'the body list'
  | 'a body'
  | 'the checklist template list'
  | 'a checklist template version'
  | 'the threat level'
  | 'own calendar feed'
  | 'another user’s calendar feed'
  | 'the calendar feeds'
  | 'the register'
  | 'own person record'
  | 'a person of their party'
  | 'a person of another party'
  | 'a person without party or account'
  | 'their party'
  | 'another party'
  | 'training'
  | 'the guidelines'
  | 'a guideline version'
  | 'the contact directory'
  | 'the lägesbild';

type Row = readonly [Action, Target, Cells];

const actorUserId = 'user-actor';
const otherUserId = 'user-other';
const ownOrganisation = 'organisation-own';
const otherOrganisation = 'organisation-other';
/** The party of the party contact and the official in these tables. */
const ownParty = 'party-1';
const otherParty = 'party-2';
/** A member of a party, targeted by an incident that someone else reported. */
const memberUserId = 'user-member';
/** The body the actor in these tables has an assignment in, and one they have none in. */
const ownBody = 'body-1';
const otherBody = 'body-2';

/** One row per action, aimed at the record the server passes for it. */
const roleTable: readonly Row[] = [
  //                                                                                  ad sc pc of st se vi
  [Action.OrganisationRead, 'the organisation', /*                                */ [A, A, A, A, A, A, A]],
  [Action.OrganisationSettingsRead, 'the organisation', /*                        */ [A, F, F, F, F, F, F]],
  [Action.OrganisationSettingsUpdate, 'the organisation', /*                      */ [A, F, F, F, F, F, F]],
  [Action.PartyList, 'the party list', /*                                         */ [A, A, A, A, A, A, A]],
  [Action.PartyReadContacts, 'the party list', /*                                 */ [A, A, A, A, F, F, F]],
  [Action.PartyCreate, 'the party list', /*                                       */ [A, F, F, F, F, F, F]],
  [Action.PartyUpdate, 'one party', /*                                            */ [A, N, N, N, N, N, N]],
  [Action.UserList, 'the user list', /*                                           */ [A, F, F, F, F, F, F]],
  [Action.UserRead, 'another user', /*                                            */ [A, N, N, N, N, N, N]],
  [Action.UserCreate, 'the user list', /*                                         */ [A, F, F, F, F, F, F]],
  [Action.UserUpdate, 'another user', /*                                          */ [A, N, N, N, N, N, N]],
  [Action.UserDeactivate, 'another user', /*                                      */ [A, N, N, N, N, N, N]],
  [Action.UserResetMfa, 'another user', /*                                        */ [A, N, N, N, N, N, N]],
  [Action.UserInvite, 'another user', /*                                          */ [A, N, N, N, N, N, N]],
  [Action.AuditRead, 'the audit log', /*                                          */ [A, F, F, F, F, F, F]],
  [Action.OutboxRead, 'the outbox', /*                                            */ [A, F, F, F, F, F, F]],
  // Incidents: secretaries and viewers have no incident records (viewers get aggregates later).
  [Action.IncidentReport, 'the incident list', /*                                 */ [F, A, A, A, A, F, F]],
  [Action.IncidentList, 'the incident list', /*                                   */ [F, A, A, A, A, F, F]],
  [Action.IncidentRead, 'an incident they reported', /*                           */ [N, A, A, A, A, N, N]],
  [Action.IncidentHandle, 'an incident they reported', /*                         */ [N, A, N, N, N, N, N]],
  [Action.IncidentFindRelated, 'an incident they reported', /*                    */ [N, A, N, N, N, N, N]],
  [Action.IncidentConsent, 'an incident targeting them', /*                       */ [N, A, A, A, A, N, N]],
  [Action.IncidentAddEvidence, 'an incident they reported', /*                    */ [N, A, A, A, A, N, N]],
  [Action.IncidentMetrics, 'the incident list', /*                                */ [F, A, F, F, F, F, F]],
  [Action.IncidentInbox, 'the incident list', /*                                  */ [F, A, F, F, F, F, F]],
  // Signals: party contacts and officials send them; the security unit handles them.
  [Action.SignalCreate, 'the signal list', /*                                     */ [F, F, A, A, F, F, F]],
  [Action.SignalList, 'the signal list', /*                                       */ [F, A, A, A, F, F, F]],
  [Action.SignalRead, 'a signal they sent', /*                                    */ [N, A, A, A, N, N, N]],
  [Action.SignalHandle, 'a signal they sent', /*                                  */ [N, A, N, N, N, N, N]],
  // The report form's lists: everyone who reports reads them, the admin maintains them.
  // Riskguide (issue 4 §7): secretaries screen and read result levels; officials and party
  // contacts read result levels and measures, never the answers (OSL 18:8); the security unit
  // does everything; admins keep the templates; staff and viewers have no matter records, viewers
  // read the figures.
  [Action.MatterList, 'the matter list', /*                                       */ [F, A, A, A, F, A, F]],
  [Action.MatterRead, 'a matter on a public agenda', /*                           */ [N, A, A, A, N, A, N]],
  [Action.MatterReadMeasures, 'a matter on a public agenda', /*                   */ [N, A, A, A, N, N, N]],
  [Action.MatterCreate, 'the matter list', /*                                     */ [F, A, F, F, F, A, F]],
  [Action.MatterUpdate, 'a matter on a public agenda', /*                         */ [N, A, N, N, N, A, N]],
  [Action.MatterHandleMeasures, 'a matter on a public agenda', /*                 */ [N, A, N, N, N, N, N]],
  [Action.MeasureOwnerList, 'the organisation', /*                                */ [F, A, F, F, F, F, F]],
  [Action.RiskguideSummary, 'the matter list', /*                                 */ [F, A, F, F, F, F, A]],
  [Action.ScreeningCreate, 'the screening list', /*                               */ [F, A, F, F, F, A, F]],
  [Action.ScreeningRead, 'a screening', /*                                        */ [N, A, N, N, N, A, N]],
  [Action.AssessmentRead, 'an assessment', /*                                     */ [N, A, N, N, N, N, N]],
  [Action.AssessmentHandle, 'the assessment list', /*                             */ [F, A, F, F, F, F, F]],
  [Action.RiskguideTemplateRead, 'the template list', /*                          */ [A, A, F, F, F, A, F]],
  [Action.RiskguideTemplateManage, 'the template list', /*                        */ [A, F, F, F, F, F, F]],
  [Action.TaxonomyRead, 'the taxonomy', /*                                        */ [A, A, A, A, A, F, F]],
  [Action.TaxonomyManage, 'the taxonomy', /*                                      */ [A, F, F, F, F, F, F]],
  // Meetings (issue 10 §5, ADR 017): the unit does everything; secretaries prepare meetings and
  // agendas and read the practical part, never the threat details or the staffing; officials and
  // party contacts read meetings (of their bodies, and public ones) with the practical part;
  // viewers read the figures; the admin keeps venues, bodies and the checklist template.
  //                                                                                  ad sc pc of st se vi
  [Action.MeetingList, 'the meeting list', /*                                     */ [F, A, A, A, F, A, F]],
  [Action.MeetingRead, 'a public meeting', /*                                     */ [N, A, A, A, N, A, N]],
  [Action.MeetingCreate, 'the meeting list', /*                                   */ [F, A, F, F, F, A, F]],
  [Action.MeetingUpdate, 'a public meeting', /*                                   */ [N, A, N, N, N, A, N]],
  [Action.MeetingReadThreat, 'a public meeting', /*                               */ [N, A, N, N, N, N, N]],
  [Action.MeetingReadStaffing, 'a public meeting', /*                             */ [N, A, N, N, N, N, N]],
  [Action.MeetingReadPractical, 'a public meeting', /*                            */ [N, A, A, A, N, A, N]],
  [Action.MeetingHandlePlan, 'a public meeting', /*                               */ [N, A, N, N, N, N, N]],
  [Action.MeetingLog, 'a public meeting', /*                                      */ [N, A, N, N, N, N, N]],
  [Action.MeetingReview, 'a public meeting', /*                                   */ [N, A, N, N, N, N, N]],
  [Action.MeetingSummary, 'the meeting list', /*                                  */ [F, A, F, F, F, F, A]],
  [Action.VenueRead, 'the venue list', /*                                         */ [A, A, F, F, F, A, F]],
  [Action.VenueManage, 'a venue', /*                                              */ [A, A, N, N, N, N, N]],
  [Action.BodyRead, 'the body list', /*                                           */ [A, A, A, A, F, A, F]],
  [Action.BodyManage, 'a body', /*                                                */ [A, N, N, N, N, N, N]],
  [Action.MeetingTemplateRead, 'the checklist template list', /*                  */ [A, A, F, F, F, F, F]],
  [Action.MeetingTemplateManage, 'the checklist template list', /*                */ [A, F, F, F, F, F, F]],
  [Action.ThreatLevelRead, 'the threat level', /*                                 */ [A, A, A, A, A, A, A]],
  [Action.ThreatLevelRecord, 'the threat level', /*                               */ [A, A, F, F, F, F, F]],
  [Action.CalendarFeedManage, 'own calendar feed', /*                             */ [N, A, A, A, N, A, N]],
  // Network, training, guidelines (issue 11 §5, ADR 018): the admin and the unit everything; a
  // party contact their own party's roster, training status and endorsement; officials (and
  // staff, election workers among them) their own record and training; viewers figures only.
  //                                                                                  ad sc pc of st se vi
  [Action.RegisterList, 'the register', /*                                        */ [A, A, F, F, F, F, F]],
  [Action.RegisterRead, 'own person record', /*                                   */ [A, A, A, A, A, N, N]],
  [Action.RegisterManage, 'own person record', /*                                 */ [A, A, N, N, N, N, N]],
  [Action.RegisterImport, 'the register', /*                                      */ [A, A, F, F, F, F, F]],
  [Action.RegisterExport, 'the register', /*                                      */ [A, A, F, F, F, F, F]],
  [Action.PartyReadRoster, 'their party', /*                                      */ [A, A, A, N, N, N, N]],
  [Action.PartyReadTraining, 'their party', /*                                    */ [A, A, A, N, N, N, N]],
  [Action.PartyManageContacts, 'their party', /*                                  */ [A, A, N, N, N, N, N]],
  [Action.RegisterReadTraining, 'own person record', /*                             */ [A, A, A, A, A, N, N]],
  [Action.TrainingCoverage, 'training', /*                                        */ [A, A, F, F, F, F, A]],
  [Action.TrainingManage, 'training', /*                                          */ [A, A, F, F, F, F, F]],
  [Action.TrainingCampaign, 'training', /*                                        */ [A, A, F, F, F, F, F]],
  [Action.GuidelineRead, 'the guidelines', /*                                     */ [A, A, A, A, A, A, A]],
  [Action.GuidelineManage, 'the guidelines', /*                                   */ [A, A, F, F, F, F, F]],
  [Action.PartyReadEndorsement, 'their party', /*                            */ [A, A, A, N, N, N, A]],
  [
    Action.PartyReadEndorsementEvidence,
    'their party',
    /*                                */ [A, A, A, N, N, N, N],
  ],
  [
    Action.PartyEndorseGuidelines,
    'their party',
    /*                                     */ [A, A, A, N, N, N, N],
  ],
  [Action.ContactDirectoryRead, 'the contact directory', /*                       */ [A, A, F, F, F, F, F]],
  [Action.ContactDirectoryManage, 'the contact directory', /*                     */ [A, A, F, F, F, F, F]],
  // The lägesbild (issue 12 §4): the unit, viewers and party contacts read; the unit assesses.
  [Action.SituationRead, 'the lägesbild', /*                                      */ [F, A, A, F, F, F, A]],
  [Action.SituationStream, 'the lägesbild', /*                                    */ [F, A, A, F, F, F, A]],
  [Action.SituationAssess, 'the lägesbild', /*                                    */ [F, A, F, F, F, F, F]],
  [Action.SituationExport, 'the lägesbild', /*                                    */ [F, A, A, F, F, F, A]],
  [Action.IncidentExport, 'the incident list', /*                                 */ [F, A, F, F, F, F, F]],
  [Action.ProfileRead, 'own user', /*                                             */ [A, A, A, A, A, A, A]],
  [Action.ProfileUpdate, 'own user', /*                                           */ [A, A, A, A, A, A, A]],
  [Action.SessionManage, 'own sessions', /*                                       */ [A, A, A, A, A, A, A]],
];

/** Rules that look at the record, not only at the role. */
const recordTable: readonly Row[] = [
  //                                                                                  ad sc pc of st se vi
  // A profile and its sessions belong to one person: nobody reaches someone else's.
  [Action.ProfileRead, 'another user', /*                                         */ [N, N, N, N, N, N, N]],
  [Action.ProfileUpdate, 'another user', /*                                       */ [N, N, N, N, N, N, N]],
  [Action.ProfileRead, 'the user list', /*                                        */ [N, N, N, N, N, N, N]],
  [Action.SessionManage, 'the sessions of another user', /*                       */ [N, N, N, N, N, N, N]],
  // An admin may not deactivate themselves (and lock the organisation out) …
  [Action.UserDeactivate, 'own user', /*                                          */ [F, N, N, N, N, N, N]],
  // … but may read, change and reset their own account through the admin pages.
  [Action.UserRead, 'own user', /*                                                */ [A, N, N, N, N, N, N]],
  [Action.UserUpdate, 'own user', /*                                              */ [A, N, N, N, N, N, N]],
  [Action.UserResetMfa, 'own user', /*                                            */ [A, N, N, N, N, N, N]],
  // The same admin-only action answers 403 on a collection and 404 on a named record.
  [Action.UserRead, 'the user list', /*                                           */ [A, F, F, F, F, F, F]],
  [Action.PartyUpdate, 'the party list', /*                                       */ [A, F, F, F, F, F, F]],
  [Action.UserCreate, 'another user', /*                                          */ [A, N, N, N, N, N, N]],
  [Action.IncidentHandle, 'the incident list', /*                                 */ [F, A, F, F, F, F, F]],
  [Action.IncidentFindRelated, 'the incident list', /*                            */ [F, A, F, F, F, F, F]],
  [Action.SignalHandle, 'the signal list', /*                                     */ [F, A, F, F, F, F, F]],
  [Action.MatterRead, 'the matter list', /*                                       */ [F, A, A, A, F, A, F]],
  [Action.MatterUpdate, 'the matter list', /*                                     */ [F, A, F, F, F, A, F]],
  [Action.MatterCreate, 'a matter', /*                                            */ [N, A, N, N, N, A, N]],
  [Action.ScreeningRead, 'the screening list', /*                                 */ [F, A, F, F, F, A, F]],
  [Action.ScreeningCreate, 'a screening', /*                                      */ [N, A, N, N, N, A, N]],
  [Action.AssessmentRead, 'the assessment list', /*                               */ [F, A, F, F, F, F, F]],
  [Action.AssessmentHandle, 'an assessment', /*                                   */ [N, A, N, N, N, N, N]],
  [Action.RiskguideTemplateRead, 'a template version', /*                         */ [A, A, N, N, N, A, N]],
  [Action.RiskguideTemplateManage, 'a template version', /*                       */ [A, N, N, N, N, N, N]],

  // One incident, need-to-know (issue 3 §9). The security unit sees every incident of its
  // organisation; the reporter and the targeted person see their case; a party contact sees the
  // cases of members of their own party who consented, never another party's; an official of the
  // same party does not. Only the targeted person grants or withdraws consent.
  //                                                                                  ad sc pc of st se vi
  [Action.IncidentRead, 'an incident they reported', /*                           */ [N, A, A, A, A, N, N]],
  [Action.IncidentRead, 'an incident targeting them', /*                          */ [N, A, A, A, A, N, N]],
  [Action.IncidentRead, 'a consenting member of their party', /*                  */ [N, A, A, N, N, N, N]],
  [Action.IncidentRead, 'a non-consenting member of their party', /*              */ [N, A, N, N, N, N, N]],
  [Action.IncidentRead, 'a consenting member of another party', /*                */ [N, A, N, N, N, N, N]],
  [Action.IncidentRead, 'an unrelated incident', /*                               */ [N, A, N, N, N, N, N]],
  [Action.IncidentRead, 'an unrelated incident, target without account', /*       */ [N, A, N, N, N, N, N]],

  [Action.IncidentHandle, 'an incident they reported', /*                         */ [N, A, N, N, N, N, N]],
  [Action.IncidentHandle, 'an incident targeting them', /*                        */ [N, A, N, N, N, N, N]],
  [Action.IncidentHandle, 'a consenting member of their party', /*                */ [N, A, N, N, N, N, N]],
  [Action.IncidentHandle, 'a non-consenting member of their party', /*            */ [N, A, N, N, N, N, N]],
  [Action.IncidentHandle, 'a consenting member of another party', /*              */ [N, A, N, N, N, N, N]],
  [Action.IncidentHandle, 'an unrelated incident', /*                             */ [N, A, N, N, N, N, N]],
  [Action.IncidentHandle, 'an unrelated incident, target without account', /*     */ [N, A, N, N, N, N, N]],

  // Related cases of a case: only the unit, which sees every case, even the reporter does not.
  [Action.IncidentFindRelated, 'an incident targeting them', /*                   */ [N, A, N, N, N, N, N]],
  [Action.IncidentFindRelated, 'a consenting member of their party', /*           */ [N, A, N, N, N, N, N]],
  [Action.IncidentFindRelated, 'an unrelated incident', /*                        */ [N, A, N, N, N, N, N]],

  // The targeted person decides; the security unit may record it on their behalf.
  [Action.IncidentConsent, 'an incident they reported', /*                        */ [N, A, N, N, N, N, N]],
  [Action.IncidentConsent, 'an incident targeting them', /*                       */ [N, A, A, A, A, N, N]],
  [Action.IncidentConsent, 'a consenting member of their party', /*               */ [N, A, N, N, N, N, N]],
  [Action.IncidentConsent, 'a non-consenting member of their party', /*           */ [N, A, N, N, N, N, N]],
  [Action.IncidentConsent, 'a consenting member of another party', /*             */ [N, A, N, N, N, N, N]],
  [Action.IncidentConsent, 'an unrelated incident', /*                            */ [N, A, N, N, N, N, N]],
  [Action.IncidentConsent, 'an unrelated incident, target without account', /*    */ [N, A, N, N, N, N, N]],

  [Action.IncidentAddEvidence, 'an incident they reported', /*                    */ [N, A, A, A, A, N, N]],
  [Action.IncidentAddEvidence, 'an incident targeting them', /*                   */ [N, A, A, A, A, N, N]],
  [Action.IncidentAddEvidence, 'a consenting member of their party', /*           */ [N, A, A, N, N, N, N]],
  [Action.IncidentAddEvidence, 'a non-consenting member of their party', /*       */ [N, A, N, N, N, N, N]],
  [Action.IncidentAddEvidence, 'a consenting member of another party', /*         */ [N, A, N, N, N, N, N]],
  [Action.IncidentAddEvidence, 'an unrelated incident', /*                        */ [N, A, N, N, N, N, N]],
  [Action.IncidentAddEvidence, 'an unrelated incident, target without account', /**/ [N, A, N, N, N, N, N]],

  // One signal: the security unit reads and handles every signal; a sender only reads their own.
  [Action.SignalRead, 'a signal they sent', /*                                    */ [N, A, A, A, N, N, N]],
  [Action.SignalRead, 'a signal another user sent', /*                            */ [N, A, N, N, N, N, N]],
  [Action.SignalHandle, 'a signal they sent', /*                                  */ [N, A, N, N, N, N, N]],
  [Action.SignalHandle, 'a signal another user sent', /*                          */ [N, A, N, N, N, N, N]],

  // One meeting (issue 10 §5): officials and party contacts only public meetings and those of
  // their bodies; a meeting whose visibility the server did not give is not theirs. The unit and
  // secretaries act on every meeting.
  //                                                                                  ad sc pc of st se vi
  [Action.MeetingRead, 'a public meeting', /*                                     */ [N, A, A, A, N, A, N]],
  [Action.MeetingRead, 'a closed meeting of their body', /*                       */ [N, A, A, A, N, A, N]],
  [Action.MeetingRead, 'a closed meeting of another body', /*                     */ [N, A, N, N, N, A, N]],
  [Action.MeetingRead, 'a closed meeting without a body', /*                      */ [N, A, N, N, N, A, N]],
  [Action.MeetingRead, 'a meeting, visibility not given', /*                      */ [N, A, N, N, N, A, N]],
  [Action.MeetingReadPractical, 'a public meeting', /*                            */ [N, A, A, A, N, A, N]],
  [Action.MeetingReadPractical, 'a closed meeting of their body', /*              */ [N, A, A, A, N, A, N]],
  [Action.MeetingReadPractical, 'a closed meeting of another body', /*            */ [N, A, N, N, N, A, N]],
  [Action.MeetingReadPractical, 'a closed meeting without a body', /*             */ [N, A, N, N, N, A, N]],
  [Action.MeetingReadPractical, 'a meeting, visibility not given', /*             */ [N, A, N, N, N, A, N]],
  [Action.MeetingUpdate, 'a closed meeting of another body', /*                   */ [N, A, N, N, N, A, N]],
  [Action.MeetingHandlePlan, 'a closed meeting of their body', /*                 */ [N, A, N, N, N, N, N]],
  [Action.MeetingReadStaffing, 'a closed meeting of their body', /*               */ [N, A, N, N, N, N, N]],
  [Action.MeetingReadThreat, 'a closed meeting of their body', /*                 */ [N, A, N, N, N, N, N]],
  // The same action answers 403 on a collection and 404 on a named record.
  [Action.MeetingRead, 'the meeting list', /*                                     */ [F, A, A, A, F, A, F]],
  [Action.MeetingCreate, 'a public meeting', /*                                   */ [N, A, N, N, N, A, N]],
  [Action.MeetingSummary, 'a public meeting', /*                                  */ [N, A, N, N, N, N, A]],
  [Action.VenueRead, 'a venue', /*                                                */ [A, A, N, N, N, A, N]],
  [Action.VenueManage, 'the venue list', /*                                       */ [A, A, F, F, F, F, F]],
  [Action.BodyRead, 'a body', /*                                                  */ [A, A, A, A, N, A, N]],
  [Action.BodyManage, 'the body list', /*                                         */ [A, F, F, F, F, F, F]],
  [Action.MeetingTemplateRead, 'a checklist template version', /*                 */ [A, A, N, N, N, N, N]],
  [Action.MeetingTemplateManage, 'a checklist template version', /*               */ [A, N, N, N, N, N, N]],
  // A calendar feed is its owner’s alone.
  [Action.CalendarFeedManage, 'another user’s calendar feed', /*                  */ [N, N, N, N, N, N, N]],
  [Action.CalendarFeedManage, 'the calendar feeds', /*                            */ [F, N, N, N, F, N, F]],

  // One matter (ADR 017, ending ADR 011): officials and party contacts see a matter only on the
  // agenda of a meeting they may see; secretaries see every matter's level, the unit everything.
  //                                                                                  ad sc pc of st se vi
  [Action.MatterRead, 'a matter on a public agenda', /*                           */ [N, A, A, A, N, A, N]],
  [Action.MatterRead, 'a matter on their body’s closed agenda', /*                */ [N, A, A, A, N, A, N]],
  [Action.MatterRead, 'a matter on another body’s closed agenda', /*              */ [N, A, N, N, N, A, N]],
  [Action.MatterRead, 'a matter on two agendas, one visible', /*                  */ [N, A, A, A, N, A, N]],
  [Action.MatterRead, 'a matter on no agenda', /*                                 */ [N, A, N, N, N, A, N]],
  [Action.MatterRead, 'a matter', /*                                              */ [N, A, N, N, N, A, N]],
  [Action.MatterReadMeasures, 'a matter on a public agenda', /*                   */ [N, A, A, A, N, N, N]],
  [Action.MatterReadMeasures, 'a matter on their body’s closed agenda', /*        */ [N, A, A, A, N, N, N]],
  [Action.MatterReadMeasures, 'a matter on another body’s closed agenda', /*      */ [N, A, N, N, N, N, N]],
  [Action.MatterReadMeasures, 'a matter on two agendas, one visible', /*          */ [N, A, A, A, N, N, N]],
  [Action.MatterReadMeasures, 'a matter on no agenda', /*                         */ [N, A, N, N, N, N, N]],
  [Action.MatterReadMeasures, 'a matter', /*                                      */ [N, A, N, N, N, N, N]],
  [Action.MatterUpdate, 'a matter on no agenda', /*                               */ [N, A, N, N, N, A, N]],
  [Action.MatterHandleMeasures, 'a matter on their body’s closed agenda', /*      */ [N, A, N, N, N, N, N]],

  // One person of the register (ADR 018): the admin and the unit anyone; others their own record;
  // a party contact also the people of their own party, never another party's; no one outside the
  // unit the register as a whole. Training: one's own only — a party's through its roster.
  //                                                                                  ad sc pc of st se vi
  [Action.RegisterRead, 'a person of their party', /*                             */ [A, A, A, N, N, N, N]],
  [Action.RegisterRead, 'a person of another party', /*                           */ [A, A, N, N, N, N, N]],
  [Action.RegisterRead, 'a person without party or account', /*                   */ [A, A, N, N, N, N, N]],
  [Action.RegisterRead, 'the register', /*                                        */ [A, A, F, F, F, F, F]],
  [Action.RegisterReadTraining, 'a person of their party', /*                       */ [A, A, N, N, N, N, N]],
  [Action.RegisterReadTraining, 'a person of another party', /*                     */ [A, A, N, N, N, N, N]],
  [Action.RegisterReadTraining, 'the register', /*                                  */ [A, A, F, F, F, F, F]],
  [Action.RegisterList, 'own person record', /*                                   */ [A, A, N, N, N, N, N]],
  // A party contact acts for their own party only; every party at once is the unit's.
  [Action.PartyReadRoster, 'another party', /*                                    */ [A, A, N, N, N, N, N]],
  [Action.PartyReadRoster, 'the party list', /*                                   */ [A, A, F, F, F, F, F]],
  [Action.PartyReadTraining, 'another party', /*                                  */ [A, A, N, N, N, N, N]],
  [Action.PartyReadTraining, 'the party list', /*                                 */ [A, A, F, F, F, F, F]],
  [Action.PartyReadEndorsement, 'another party', /*                          */ [A, A, N, N, N, N, A]],
  [Action.PartyReadEndorsement, 'the party list', /*                         */ [A, A, F, F, F, F, A]],
  [
    Action.PartyReadEndorsementEvidence,
    'another party',
    /*                              */ [A, A, N, N, N, N, N],
  ],
  [
    Action.PartyEndorseGuidelines,
    'another party',
    /*                                   */ [A, A, N, N, N, N, N],
  ],
  [
    Action.PartyEndorseGuidelines,
    'the party list',
    /*                                  */ [A, A, F, F, F, F, F],
  ],
  [Action.GuidelineManage, 'a guideline version', /*                              */ [A, A, N, N, N, N, N]],
  // A party's or a person's action aimed at something else is the collection: forbidden.
  [Action.PartyEndorseGuidelines, 'the guidelines', /*                            */ [A, A, F, F, F, F, F]],
  [Action.RegisterRead, 'training', /*                                            */ [A, A, F, F, F, F, F]],
  [Action.GuidelineRead, 'a guideline version', /*                                */ [A, A, A, A, A, A, A]],
];

function resourceFor(target: Target, organisationId: string): Resource {
  switch (target) {
    case 'the organisation':
      return { type: 'organisation', organisationId };
    case 'the party list':
      return { type: 'party', organisationId };
    case 'one party':
      return { type: 'party', organisationId, partyId: 'party-1' };
    case 'the user list':
      return { type: 'user', organisationId };
    case 'another user':
      return { type: 'user', organisationId, userId: otherUserId };
    case 'own user':
      return { type: 'user', organisationId, userId: actorUserId };
    case 'own sessions':
      return { type: 'session', organisationId, userId: actorUserId };
    case 'the sessions of another user':
      return { type: 'session', organisationId, userId: otherUserId };
    case 'the audit log':
      return { type: 'audit_log', organisationId };
    case 'the outbox':
      return { type: 'outbox', organisationId };
    case 'the incident list':
      return { type: 'incident', organisationId };
    case 'an incident they reported':
      // Reported for a member of another party, without consent: only reporting it counts.
      return incident(organisationId, {
        reportedByUserId: actorUserId,
        targetUserId: memberUserId,
        targetPartyId: otherParty,
        partyContactConsent: false,
      });
    case 'an incident targeting them':
      // Reported by someone else, without consent to the party contact: being targeted counts.
      return incident(organisationId, {
        reportedByUserId: otherUserId,
        targetUserId: actorUserId,
        targetPartyId: ownParty,
        partyContactConsent: false,
      });
    case 'a consenting member of their party':
      return incident(organisationId, {
        reportedByUserId: otherUserId,
        targetUserId: memberUserId,
        targetPartyId: ownParty,
        partyContactConsent: true,
      });
    case 'a non-consenting member of their party':
      return incident(organisationId, {
        reportedByUserId: otherUserId,
        targetUserId: memberUserId,
        targetPartyId: ownParty,
        partyContactConsent: false,
      });
    case 'a consenting member of another party':
      return incident(organisationId, {
        reportedByUserId: otherUserId,
        targetUserId: memberUserId,
        targetPartyId: otherParty,
        partyContactConsent: true,
      });
    case 'an unrelated incident':
      return incident(organisationId, {
        reportedByUserId: otherUserId,
        targetUserId: memberUserId,
        targetPartyId: null,
        partyContactConsent: false,
      });
    case 'an unrelated incident, target without account':
      return incident(organisationId, {
        reportedByUserId: otherUserId,
        targetUserId: null,
        targetPartyId: null,
        partyContactConsent: true,
      });
    case 'the signal list':
      return { type: 'signal', organisationId };
    case 'a signal they sent':
      return { type: 'signal', organisationId, signalId: 'signal-1', createdByUserId: actorUserId };
    case 'a signal another user sent':
      return { type: 'signal', organisationId, signalId: 'signal-1', createdByUserId: otherUserId };
    case 'the taxonomy':
      return { type: 'taxonomy', organisationId };
    case 'the matter list':
      return { type: 'matter', organisationId };
    case 'a matter':
      return { type: 'matter', organisationId, matterId: 'matter-1' };
    case 'the screening list':
      return { type: 'screening', organisationId };
    case 'a screening':
      return { type: 'screening', organisationId, screeningId: 'screening-1' };
    case 'the assessment list':
      return { type: 'assessment', organisationId };
    case 'an assessment':
      return { type: 'assessment', organisationId, assessmentId: 'assessment-1' };
    case 'the template list':
      return { type: 'riskguide_template', organisationId };
    case 'a template version':
      return { type: 'riskguide_template', organisationId, templateId: 'template-1' };
    case 'a matter on a public agenda':
      return onAgendas(organisationId, [{ bodyId: otherBody, isPublic: true }]);
    case 'a matter on their body’s closed agenda':
      return onAgendas(organisationId, [{ bodyId: ownBody, isPublic: false }]);
    case 'a matter on another body’s closed agenda':
      return onAgendas(organisationId, [{ bodyId: otherBody, isPublic: false }]);
    case 'a matter on two agendas, one visible':
      return onAgendas(organisationId, [
        { bodyId: otherBody, isPublic: false },
        { bodyId: ownBody, isPublic: false },
      ]);
    case 'a matter on no agenda':
      return onAgendas(organisationId, []);
    case 'the meeting list':
      return { type: 'meeting', organisationId };
    case 'a public meeting':
      return meeting(organisationId, { bodyId: otherBody, isPublic: true });
    case 'a closed meeting of their body':
      return meeting(organisationId, { bodyId: ownBody, isPublic: false });
    case 'a closed meeting of another body':
      return meeting(organisationId, { bodyId: otherBody, isPublic: false });
    case 'a closed meeting without a body':
      return meeting(organisationId, { bodyId: null, isPublic: false });
    case 'a meeting, visibility not given':
      return { type: 'meeting', organisationId, meetingId: 'meeting-1' };
    case 'the venue list':
      return { type: 'venue', organisationId };
    case 'a venue':
      return { type: 'venue', organisationId, venueId: 'venue-1' };
    case 'the body list':
      return { type: 'body', organisationId };
    case 'a body':
      return { type: 'body', organisationId, bodyId: ownBody };
    case 'the checklist template list':
      return { type: 'meeting_template', organisationId };
    case 'a checklist template version':
      return { type: 'meeting_template', organisationId, templateId: 'checklist-1' };
    case 'the threat level':
      return { type: 'threat_level', organisationId };
    case 'own calendar feed':
      return { type: 'calendar_feed', organisationId, userId: actorUserId };
    case 'another user’s calendar feed':
      return { type: 'calendar_feed', organisationId, userId: otherUserId };
    case 'the calendar feeds':
      return { type: 'calendar_feed', organisationId };
    case 'the register':
      return { type: 'person', organisationId };
    case 'own person record':
      // Of another party than their own: their own record is theirs whatever its party.
      return {
        type: 'person',
        organisationId,
        personId: 'person-1',
        linkedUserId: actorUserId,
        partyId: otherParty,
      };
    case 'a person of their party':
      return {
        type: 'person',
        organisationId,
        personId: 'person-2',
        linkedUserId: otherUserId,
        partyId: ownParty,
      };
    case 'a person of another party':
      return {
        type: 'person',
        organisationId,
        personId: 'person-3',
        linkedUserId: null,
        partyId: otherParty,
      };
    case 'a person without party or account':
      return { type: 'person', organisationId, personId: 'person-4', linkedUserId: null, partyId: null };
    case 'their party':
      return { type: 'party', organisationId, partyId: ownParty };
    case 'another party':
      return { type: 'party', organisationId, partyId: otherParty };
    case 'training':
      return { type: 'training', organisationId };
    case 'the guidelines':
      return { type: 'guideline', organisationId };
    case 'a guideline version':
      return { type: 'guideline', organisationId, versionId: 'guideline-1' };
    case 'the contact directory':
      return { type: 'contact_directory', organisationId };
    case 'the lägesbild':
      return { type: 'situation', organisationId };
  }
}

interface IncidentPeople {
  readonly reportedByUserId: string;
  readonly targetUserId: string | null;
  readonly targetPartyId: string | null;
  readonly partyContactConsent: boolean;
}

function incident(organisationId: string, people: IncidentPeople): Resource {
  return { type: 'incident', organisationId, incidentId: 'incident-1', ...people };
}

function meeting(organisationId: string, visibility: MeetingVisibility): Resource {
  return { type: 'meeting', organisationId, meetingId: 'meeting-1', ...visibility };
}

function onAgendas(organisationId: string, agendaMeetings: readonly MeetingVisibility[]): Resource {
  return { type: 'matter', organisationId, matterId: 'matter-1', agendaMeetings };
}

/** Every actor sits in one body, whatever their role: only officials' and party contacts' rules ask. */
function actorWith(role: Role): Actor {
  const partyId = role === Role.PartyContact || role === Role.Official ? ownParty : null;
  return { userId: actorUserId, organisationId: ownOrganisation, role, partyId, bodyIds: [ownBody] };
}

interface Case {
  readonly action: Action;
  readonly target: Target;
  readonly role: Role;
  readonly expected: Decision;
}

function casesOf(table: readonly Row[]): Case[] {
  return table.flatMap(([action, target, cells]) =>
    columns.map((role, index) => {
      const expected = cells[index];
      if (expected === undefined) throw new Error(`row ${action} has no cell for ${role}`);
      return { action, target, role, expected };
    }),
  );
}

const roleCases = casesOf(roleTable);
const recordCases = casesOf(recordTable);
const allCases = [...roleCases, ...recordCases];

describe('situationScope: which lägesbild each role reads', () => {
  it('the unit all of it, viewers the aggregates, a party contact their own party, others none', () => {
    expect(situationScope(actorWith(Role.SecurityOfficer))).toEqual({ kind: 'full' });
    expect(situationScope(actorWith(Role.Viewer))).toEqual({ kind: 'aggregate' });
    expect(situationScope(actorWith(Role.PartyContact))).toEqual({ kind: 'party', partyId: ownParty });
    expect(situationScope({ ...actorWith(Role.PartyContact), partyId: null })).toEqual({ kind: 'none' });
    for (const role of [Role.Admin, Role.Official, Role.Staff, Role.Secretary])
      expect(situationScope(actorWith(role))).toEqual({ kind: 'none' });
  });
});

describe('the policy tables', () => {
  it('have one column for every role, in the order of roles', () => {
    expect(columns).toEqual(roles);
  });

  it('have a row for every action', () => {
    expect(new Set(roleTable.map(([action]) => action))).toEqual(new Set(actions));
    expect(roleTable).toHaveLength(actions.length);
  });

  it('list every action code once', () => {
    expect(actions).toEqual(Object.values(Action));
    expect(new Set(actions).size).toBe(actions.length);
  });
});

describe('authorize in the own organisation: every action × every role', () => {
  it.each(roleCases)('$action on $target by $role → $expected', ({ action, target, role, expected }) => {
    expect(authorize(actorWith(role), action, resourceFor(target, ownOrganisation))).toBe(expected);
  });
});

describe('authorize on own and other people’s records', () => {
  it.each(recordCases)('$action on $target by $role → $expected', ({ action, target, role, expected }) => {
    expect(authorize(actorWith(role), action, resourceFor(target, ownOrganisation))).toBe(expected);
  });
});

describe('authorize in another organisation: never allowed, never reveals that the record exists', () => {
  it.each(allCases)('$action on $target by $role → not_found', ({ action, target, role }) => {
    expect(authorize(actorWith(role), action, resourceFor(target, otherOrganisation))).toBe(N);
  });
});

describe('can', () => {
  it.each(allCases)(
    '$action on $target by $role is true only when allowed',
    ({ action, target, role, expected }) => {
      expect(can(actorWith(role), action, resourceFor(target, ownOrganisation))).toBe(expected === A);
      expect(can(actorWith(role), action, resourceFor(target, otherOrganisation))).toBe(false);
    },
  );
});

describe('incidentListScope: which incidents a list may show, for every role', () => {
  it.each<[Role, IncidentScope]>([
    [Role.Admin, { kind: 'none' }],
    [Role.SecurityOfficer, { kind: 'all' }],
    [Role.PartyContact, { kind: 'concerning', userId: actorUserId, consentingPartyId: ownParty }],
    // An official belongs to a party but sees no other member's case through it.
    [Role.Official, { kind: 'concerning', userId: actorUserId, consentingPartyId: null }],
    [Role.Staff, { kind: 'concerning', userId: actorUserId, consentingPartyId: null }],
    [Role.Secretary, { kind: 'none' }],
    [Role.Viewer, { kind: 'none' }],
  ])('%s → %j', (role, expected) => {
    expect(incidentListScope(actorWith(role))).toEqual(expected);
  });

  it('gives a party contact without a party only what concerns them', () => {
    const actor: Actor = { ...actorWith(Role.PartyContact), partyId: null };
    expect(incidentListScope(actor)).toEqual({
      kind: 'concerning',
      userId: actorUserId,
      consentingPartyId: null,
    });
  });
});

describe('myCasesScope: "Mina ärenden" shows what concerns the actor, for every role', () => {
  it.each<[Role, IncidentScope]>([
    [Role.Admin, { kind: 'none' }],
    // A security officer's own reports, not the whole queue.
    [Role.SecurityOfficer, { kind: 'concerning', userId: actorUserId, consentingPartyId: null }],
    [Role.PartyContact, { kind: 'concerning', userId: actorUserId, consentingPartyId: ownParty }],
    [Role.Official, { kind: 'concerning', userId: actorUserId, consentingPartyId: null }],
    [Role.Staff, { kind: 'concerning', userId: actorUserId, consentingPartyId: null }],
    [Role.Secretary, { kind: 'none' }],
    [Role.Viewer, { kind: 'none' }],
  ])('%s → %j', (role, expected) => {
    expect(myCasesScope(actorWith(role))).toEqual(expected);
  });
});

describe('a party contact without a party', () => {
  const actor: Actor = { ...actorWith(Role.PartyContact), partyId: null };

  // A missing party on both sides is no shared party: the consent is not for them.
  it('does not see a consenting member’s case whose party is unknown', () => {
    const resource: Resource = {
      type: 'incident',
      organisationId: ownOrganisation,
      incidentId: 'incident-1',
      reportedByUserId: otherUserId,
      targetUserId: memberUserId,
      targetPartyId: null,
      partyContactConsent: true,
    };
    expect(authorize(actor, Action.IncidentRead, resource)).toBe(N);
  });
});

// The list (the repository's WHERE clause built from the scope) and the record-level rule must
// never disagree: a case shown in a list must open, and a case that opens must be in the list.
// `shownBy` is the scope read as the repository reads it, written out here by hand.
describe('the list scope and the record-level rule agree', () => {
  const incidentTargets = [
    'an incident they reported',
    'an incident targeting them',
    'a consenting member of their party',
    'a non-consenting member of their party',
    'a consenting member of another party',
    'an unrelated incident',
    'an unrelated incident, target without account',
  ] as const satisfies readonly Target[];

  function shownBy(scope: IncidentScope, resource: Resource): boolean {
    if (resource.type !== 'incident') throw new Error('not an incident');
    switch (scope.kind) {
      case 'all':
        return true;
      case 'none':
        return false;
      case 'concerning':
        return (
          resource.reportedByUserId === scope.userId ||
          resource.targetUserId === scope.userId ||
          (scope.consentingPartyId !== null &&
            resource.targetPartyId === scope.consentingPartyId &&
            resource.partyContactConsent === true)
        );
    }
  }

  it.each(roles.flatMap((role) => incidentTargets.map((target) => [role, target] as const)))(
    '%s, %s',
    (role, target) => {
      const actor = actorWith(role);
      const resource = resourceFor(target, ownOrganisation);
      expect(shownBy(incidentListScope(actor), resource)).toBe(can(actor, Action.IncidentRead, resource));
    },
  );
});

describe('meetingListScope: which meetings a list (the calendar, the feed) may show, for every role', () => {
  it.each<[Role, MeetingScope]>([
    [Role.Admin, { kind: 'none' }],
    [Role.SecurityOfficer, { kind: 'all' }],
    [Role.PartyContact, { kind: 'bodies_or_public', bodyIds: [ownBody] }],
    [Role.Official, { kind: 'bodies_or_public', bodyIds: [ownBody] }],
    [Role.Staff, { kind: 'none' }],
    [Role.Secretary, { kind: 'all' }],
    // Viewers read meetings in figures only.
    [Role.Viewer, { kind: 'none' }],
  ])('%s → %j', (role, expected) => {
    expect(meetingListScope(actorWith(role))).toEqual(expected);
  });

  it('gives an official without bodies (none loaded) the public meetings only', () => {
    const { bodyIds: _bodyIds, ...withoutBodies } = actorWith(Role.Official);
    expect(meetingListScope(withoutBodies)).toEqual({ kind: 'bodies_or_public', bodyIds: [] });
  });
});

describe('matterListScope: which matters a list may show, for every role (ADR 017)', () => {
  it.each<[Role, MatterScope]>([
    [Role.Admin, { kind: 'none' }],
    [Role.SecurityOfficer, { kind: 'all' }],
    [Role.PartyContact, { kind: 'on_visible_agendas', bodyIds: [ownBody] }],
    [Role.Official, { kind: 'on_visible_agendas', bodyIds: [ownBody] }],
    [Role.Staff, { kind: 'none' }],
    [Role.Secretary, { kind: 'all' }],
    [Role.Viewer, { kind: 'none' }],
  ])('%s → %j', (role, expected) => {
    expect(matterListScope(actorWith(role))).toEqual(expected);
  });

  it('gives a party contact without bodies the matters of public agendas only', () => {
    const { bodyIds: _bodyIds, ...withoutBodies } = actorWith(Role.PartyContact);
    expect(matterListScope(withoutBodies)).toEqual({ kind: 'on_visible_agendas', bodyIds: [] });
  });
});

describe('an official without bodies', () => {
  const { bodyIds: _bodyIds, ...official } = actorWith(Role.Official);

  it.each<[Target, Decision]>([
    ['a public meeting', A],
    ['a closed meeting of their body', N],
    ['a closed meeting without a body', N],
  ])('reads %s → %s', (target, expected) => {
    expect(authorize(official, Action.MeetingRead, resourceFor(target, ownOrganisation))).toBe(expected);
  });

  it.each<[Target, Decision]>([
    ['a matter on a public agenda', A],
    ['a matter on their body’s closed agenda', N],
  ])('reads %s → %s', (target, expected) => {
    expect(authorize(official, Action.MatterRead, resourceFor(target, ownOrganisation))).toBe(expected);
  });
});

// As for incidents: a meeting or a matter shown in a list must open, and one that opens must be in
// the list. `shownBy` reads the scope as the repository reads it, written out here by hand.
describe('the meeting list scope and the record-level rule agree', () => {
  const meetingTargets = [
    'a public meeting',
    'a closed meeting of their body',
    'a closed meeting of another body',
    'a closed meeting without a body',
  ] as const satisfies readonly Target[];

  function shownBy(scope: MeetingScope, resource: Resource): boolean {
    if (resource.type !== 'meeting') throw new Error('not a meeting');
    switch (scope.kind) {
      case 'all':
        return true;
      case 'none':
        return false;
      case 'bodies_or_public':
        return (
          resource.isPublic === true ||
          (resource.bodyId !== undefined &&
            resource.bodyId !== null &&
            scope.bodyIds.includes(resource.bodyId))
        );
    }
  }

  it.each(roles.flatMap((role) => meetingTargets.map((target) => [role, target] as const)))(
    '%s, %s',
    (role, target) => {
      const actor = actorWith(role);
      const resource = resourceFor(target, ownOrganisation);
      expect(shownBy(meetingListScope(actor), resource)).toBe(can(actor, Action.MeetingRead, resource));
    },
  );
});

describe('the matter list scope and the record-level rule agree', () => {
  const matterTargets = [
    'a matter on a public agenda',
    'a matter on their body’s closed agenda',
    'a matter on another body’s closed agenda',
    'a matter on two agendas, one visible',
    'a matter on no agenda',
  ] as const satisfies readonly Target[];

  function shownBy(scope: MatterScope, resource: Resource): boolean {
    if (resource.type !== 'matter') throw new Error('not a matter');
    switch (scope.kind) {
      case 'all':
        return true;
      case 'none':
        return false;
      case 'on_visible_agendas':
        return (resource.agendaMeetings ?? []).some(
          (meeting) =>
            meeting.isPublic || (meeting.bodyId !== null && scope.bodyIds.includes(meeting.bodyId)),
        );
    }
  }

  it.each(roles.flatMap((role) => matterTargets.map((target) => [role, target] as const)))(
    '%s, %s',
    (role, target) => {
      const actor = actorWith(role);
      const resource = resourceFor(target, ownOrganisation);
      expect(shownBy(matterListScope(actor), resource)).toBe(can(actor, Action.MatterRead, resource));
    },
  );
});

// A party contact whose party is unknown has no party to act for: a missing party on both sides
// is no shared party (as for incidents above).
describe('a party contact without a party in the network rules', () => {
  const actor: Actor = { ...actorWith(Role.PartyContact), partyId: null };

  it.each<[Action, Resource, Decision]>([
    [Action.PartyReadRoster, { type: 'party', organisationId: ownOrganisation, partyId: ownParty }, N],
    [Action.PartyEndorseGuidelines, { type: 'party', organisationId: ownOrganisation, partyId: ownParty }, N],
    [
      Action.RegisterRead,
      {
        type: 'person',
        organisationId: ownOrganisation,
        personId: 'person-5',
        linkedUserId: null,
        partyId: null,
      },
      N,
    ],
    [
      Action.RegisterRead,
      { type: 'person', organisationId: ownOrganisation, personId: 'person-1', linkedUserId: actorUserId },
      A,
    ],
  ])('%s → %s', (action, resource, expected) => {
    expect(authorize(actor, action, resource)).toBe(expected);
  });
});
