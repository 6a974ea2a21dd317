import { useRoutes, type RouteObject } from 'react-router';
import { Action } from '@varn/domain';
import { AppLayout } from './layout/app-layout';
import { PublicLayout } from './layout/public-layout';
import { OpenLayout } from './layout/open-layout';
import { HomeFor, RequireAccess, RequireFullSession, RequireSession } from './guards';
import { NotFoundRoute, RouteErrorBoundary } from './error-pages';
import { lazyPage } from './lazy-page';

// Logging in, the overview, the profile.
const account = () => import('./areas/account');
const LoginPage = lazyPage(account, (area) => area.LoginPage);
const MfaVerifyPage = lazyPage(account, (area) => area.MfaVerifyPage);
const MfaEnrolPage = lazyPage(account, (area) => area.MfaEnrolPage);
const InvitationPage = lazyPage(account, (area) => area.InvitationPage);
const HomePage = lazyPage(account, (area) => area.HomePage);
const ProfilePage = lazyPage(account, (area) => area.ProfilePage);

// Reporting and my cases: what a reporter needs.
const reporting = () => import('./areas/reporting');
const ReportPage = lazyPage(reporting, (area) => area.ReportPage);
const ReportSentPage = lazyPage(reporting, (area) => area.ReportSentPage);
const CasesPage = lazyPage(reporting, (area) => area.CasesPage);
const CasePage = lazyPage(reporting, (area) => area.CasePage);
const SignalPage = lazyPage(reporting, (area) => area.SignalPage);

// The security unit's casework, signals and handling times.
const casework = () => import('./areas/casework');
const InboxPage = lazyPage(casework, (area) => area.InboxPage);
const QueuePage = lazyPage(casework, (area) => area.QueuePage);
const CaseFilePage = lazyPage(casework, (area) => area.CaseFilePage);
const SignalsPage = lazyPage(casework, (area) => area.SignalsPage);
const MetricsPage = lazyPage(casework, (area) => area.MetricsPage);

// Riskguide, with its templates.
const riskguide = () => import('./areas/riskguide');
const MattersPage = lazyPage(riskguide, (area) => area.MattersPage);
const NewMatterPage = lazyPage(riskguide, (area) => area.NewMatterPage);
const ImportMattersPage = lazyPage(riskguide, (area) => area.ImportMattersPage);
const MatterPage = lazyPage(riskguide, (area) => area.MatterPage);
const RiskguideSummaryPage = lazyPage(riskguide, (area) => area.RiskguideSummaryPage);
const ScreeningPage = lazyPage(riskguide, (area) => area.ScreeningPage);
const ScreeningDetailPage = lazyPage(riskguide, (area) => area.ScreeningDetailPage);
const AssessmentPage = lazyPage(riskguide, (area) => area.AssessmentPage);
const TemplatesPage = lazyPage(riskguide, (area) => area.TemplatesPage);
const TemplateEditorPage = lazyPage(riskguide, (area) => area.TemplateEditorPage);

// Meetings and events: the risk heat calendar, meetings and agendas, bodies, venues, the
// national threat level. The security plan, live log and review come with their own pages.
const meetings = () => import('./areas/meetings');
const CalendarPage = lazyPage(meetings, (area) => area.CalendarPage);
const MeetingPage = lazyPage(meetings, (area) => area.MeetingPage);
const NewMeetingPage = lazyPage(meetings, (area) => area.NewMeetingPage);
const EditMeetingPage = lazyPage(meetings, (area) => area.EditMeetingPage);
const AgendaImportPage = lazyPage(meetings, (area) => area.AgendaImportPage);
const IcalImportPage = lazyPage(meetings, (area) => area.IcalImportPage);
const BodiesPage = lazyPage(meetings, (area) => area.BodiesPage);
const VenuesPage = lazyPage(meetings, (area) => area.VenuesPage);
const VenuePage = lazyPage(meetings, (area) => area.VenuePage);
const ThreatLevelPage = lazyPage(meetings, (area) => area.ThreatLevelPage);

// Meetings' security work: plans, live logs, reviews, checklist templates, calendar feeds.
const meetingPlans = () => import('./areas/meeting-plans');
const MeetingLogPage = lazyPage(meetingPlans, (area) => area.MeetingLogPage);
const MeetingPlanPage = lazyPage(meetingPlans, (area) => area.MeetingPlanPage);
const EvacuationPrintPage = lazyPage(meetingPlans, (area) => area.EvacuationPrintPage);
const MeetingReviewPage = lazyPage(meetingPlans, (area) => area.MeetingReviewPage);
const MeetingTemplatesPage = lazyPage(meetingPlans, (area) => area.MeetingTemplatesPage);
const MeetingTemplateEditorPage = lazyPage(meetingPlans, (area) => area.MeetingTemplateEditorPage);
const CalendarFeedPage = lazyPage(meetingPlans, (area) => area.CalendarFeedPage);

// The officials register: people, assignments, the import, election workers.
const register = () => import('./areas/register');
const RegisterPage = lazyPage(register, (area) => area.RegisterPage);
const PersonPage = lazyPage(register, (area) => area.PersonPage);
const PersonFormPage = lazyPage(register, (area) => area.PersonFormPage);
const RegisterImportPage = lazyPage(register, (area) => area.RegisterImportPage);
const ElectionWorkersPage = lazyPage(register, (area) => area.ElectionWorkersPage);

// Administration.
const admin = () => import('./areas/admin');
const UsersPage = lazyPage(admin, (area) => area.UsersPage);
const InviteUserPage = lazyPage(admin, (area) => area.InviteUserPage);
const UserPage = lazyPage(admin, (area) => area.UserPage);
const PartiesPage = lazyPage(admin, (area) => area.PartiesPage);
const PartyFormPage = lazyPage(admin, (area) => area.PartyFormPage);
const OrganisationSettingsPage = lazyPage(admin, (area) => area.OrganisationSettingsPage);
const TaxonomyPage = lazyPage(admin, (area) => area.TaxonomyPage);
const AuditPage = lazyPage(admin, (area) => area.AuditPage);
const OutboxPage = lazyPage(admin, (area) => area.OutboxPage);

// Training: coverage, courses, sessions and attendance, the refresher campaign, one's own.
const training = () => import('./areas/training');
const TrainingOverviewPage = lazyPage(training, (area) => area.TrainingOverviewPage);
const CoursesPage = lazyPage(training, (area) => area.CoursesPage);
const SessionsPage = lazyPage(training, (area) => area.SessionsPage);
const SessionPage = lazyPage(training, (area) => area.SessionPage);
const CampaignPage = lazyPage(training, (area) => area.CampaignPage);
const MyTrainingPage = lazyPage(training, (area) => area.MyTrainingPage);

// The network for parties and the unit: the party page, the parties' security contacts, the
// contact directory, the ethical guidelines (issue 11 §2, §4).
const network = () => import('./areas/guidelines');
const MyPartyPage = lazyPage(network, (area) => area.MyPartyPage);
const PartyContactsPage = lazyPage(network, (area) => area.PartyContactsPage);
const ContactDirectoryPage = lazyPage(network, (area) => area.ContactDirectoryPage);
const GuidelinesPage = lazyPage(network, (area) => area.GuidelinesPage);
const GuidelineVersionPage = lazyPage(network, (area) => area.GuidelineVersionPage);
const NewGuidelineVersionPage = lazyPage(network, (area) => area.NewGuidelineVersionPage);

// The lägesbild: the unit's full picture, the viewer's home page, a party contact's figures.
const situationArea = () => import('./areas/situation');
const SituationPage = lazyPage(situationArea, (area) => area.SituationPage);

// The API reference.
const developers = () => import('./areas/developers');
const ApiDocsPage = lazyPage(developers, (area) => area.ApiDocsPage);

/**
 * Every page of the client. Paths are English; the pages speak the user's language. Pages load
 * with their area (`./areas/`), each area's code and texts in a chunk of its own; the layouts show
 * a loading state meanwhile. A page that fails to render shows the error page, never a blank one.
 */
const routes: RouteObject[] = [
  {
    element: <RouteErrorBoundary />,
    children: [
      {
        element: <PublicLayout />,
        children: [
          { path: 'login', element: <LoginPage /> },
          { path: 'login/mfa', element: <MfaVerifyPage /> },
          { path: 'invitation', element: <InvitationPage /> },
        ],
      },
      {
        // Open to everyone: the layout follows whether someone is logged in.
        element: <OpenLayout />,
        children: [{ path: 'developers/api', element: <ApiDocsPage /> }],
      },
      {
        element: <RequireSession />,
        children: [
          {
            element: <AppLayout />,
            children: [
              { path: 'mfa/enrol', element: <MfaEnrolPage /> },
              {
                element: <RequireFullSession />,
                children: [
                  {
                    index: true,
                    // The security unit's overview is its inbox, management's the lägesbild in
                    // figures; everyone else's is the home page.
                    element: (
                      <HomeFor inbox={<InboxPage />} situation={<SituationPage />} home={<HomePage />} />
                    ),
                  },
                  { path: 'profile', element: <ProfilePage /> },
                  // A party contact's own party; the page tells anyone without a party so.
                  { path: 'my-party', element: <MyPartyPage /> },
                  {
                    path: 'admin/party-contacts',
                    element: (
                      <RequireAccess action={Action.PartyManageContacts}>
                        <PartyContactsPage />
                      </RequireAccess>
                    ),
                  },
                  {
                    path: 'directory',
                    element: (
                      <RequireAccess action={Action.ContactDirectoryRead}>
                        <ContactDirectoryPage />
                      </RequireAccess>
                    ),
                  },
                  {
                    path: 'guidelines',
                    element: (
                      <RequireAccess action={Action.GuidelineRead}>
                        <GuidelinesPage />
                      </RequireAccess>
                    ),
                  },
                  {
                    path: 'guidelines/new',
                    element: (
                      <RequireAccess action={Action.GuidelineManage}>
                        <NewGuidelineVersionPage />
                      </RequireAccess>
                    ),
                  },
                  {
                    path: 'guidelines/:id',
                    element: (
                      <RequireAccess action={Action.GuidelineRead}>
                        <GuidelineVersionPage />
                      </RequireAccess>
                    ),
                  },
                  {
                    path: 'profile/calendar',
                    element: (
                      <RequireAccess action={Action.CalendarFeedManage}>
                        <CalendarFeedPage />
                      </RequireAccess>
                    ),
                  },
                  {
                    path: 'report',
                    element: (
                      <RequireAccess action={Action.IncidentReport}>
                        <ReportPage />
                      </RequireAccess>
                    ),
                  },
                  {
                    path: 'report/sent/:id',
                    element: (
                      <RequireAccess action={Action.IncidentReport}>
                        <ReportSentPage />
                      </RequireAccess>
                    ),
                  },
                  {
                    path: 'cases',
                    element: (
                      <RequireAccess action={Action.IncidentList}>
                        <CasesPage />
                      </RequireAccess>
                    ),
                  },
                  {
                    path: 'cases/:id',
                    element: (
                      <RequireAccess action={Action.IncidentRead}>
                        <CasePage />
                      </RequireAccess>
                    ),
                  },
                  {
                    path: 'situation',
                    element: (
                      <RequireAccess action={Action.SituationRead}>
                        <SituationPage />
                      </RequireAccess>
                    ),
                  },
                  {
                    path: 'signals/new',
                    element: (
                      <RequireAccess action={Action.SignalCreate}>
                        <SignalPage />
                      </RequireAccess>
                    ),
                  },
                  {
                    path: 'incidents',
                    element: (
                      <RequireAccess action={Action.IncidentHandle}>
                        <QueuePage />
                      </RequireAccess>
                    ),
                  },
                  {
                    path: 'incidents/metrics',
                    element: (
                      // Management reads handling times in the lägesbild's key figures (issue 12).
                      <RequireAccess
                        action={Action.IncidentMetrics}
                        otherwise={{ action: Action.SituationRead, to: '/situation' }}
                      >
                        <MetricsPage />
                      </RequireAccess>
                    ),
                  },
                  {
                    path: 'incidents/:id',
                    element: (
                      <RequireAccess action={Action.IncidentHandle}>
                        <CaseFilePage />
                      </RequireAccess>
                    ),
                  },
                  {
                    path: 'signals',
                    element: (
                      <RequireAccess action={Action.SignalHandle}>
                        <SignalsPage />
                      </RequireAccess>
                    ),
                  },
                  {
                    path: 'riskguide',
                    element: (
                      <RequireAccess action={Action.MatterList}>
                        <MattersPage />
                      </RequireAccess>
                    ),
                  },
                  {
                    path: 'riskguide/summary',
                    element: (
                      <RequireAccess action={Action.RiskguideSummary}>
                        <RiskguideSummaryPage />
                      </RequireAccess>
                    ),
                  },
                  {
                    path: 'riskguide/matters/new',
                    element: (
                      <RequireAccess action={Action.MatterCreate}>
                        <NewMatterPage />
                      </RequireAccess>
                    ),
                  },
                  {
                    path: 'riskguide/import',
                    element: (
                      <RequireAccess action={Action.MatterCreate}>
                        <ImportMattersPage />
                      </RequireAccess>
                    ),
                  },
                  {
                    path: 'riskguide/matters/:id',
                    element: (
                      <RequireAccess action={Action.MatterRead}>
                        <MatterPage />
                      </RequireAccess>
                    ),
                  },
                  {
                    path: 'riskguide/assessments/:id',
                    element: (
                      <RequireAccess action={Action.AssessmentRead}>
                        <AssessmentPage />
                      </RequireAccess>
                    ),
                  },
                  {
                    path: 'screening',
                    element: (
                      <RequireAccess action={Action.ScreeningCreate}>
                        <ScreeningPage />
                      </RequireAccess>
                    ),
                  },
                  {
                    path: 'screening/:id',
                    element: (
                      <RequireAccess action={Action.ScreeningRead}>
                        <ScreeningDetailPage />
                      </RequireAccess>
                    ),
                  },
                  {
                    path: 'meetings',
                    element: (
                      <RequireAccess action={Action.MeetingList}>
                        <CalendarPage />
                      </RequireAccess>
                    ),
                  },
                  {
                    path: 'meetings/new',
                    element: (
                      <RequireAccess action={Action.MeetingCreate}>
                        <NewMeetingPage />
                      </RequireAccess>
                    ),
                  },
                  {
                    path: 'meetings/import',
                    element: (
                      <RequireAccess action={Action.MeetingCreate}>
                        <IcalImportPage />
                      </RequireAccess>
                    ),
                  },
                  {
                    path: 'meetings/:id',
                    element: (
                      <RequireAccess action={Action.MeetingRead}>
                        <MeetingPage />
                      </RequireAccess>
                    ),
                  },
                  {
                    path: 'meetings/:id/edit',
                    element: (
                      <RequireAccess action={Action.MeetingUpdate}>
                        <EditMeetingPage />
                      </RequireAccess>
                    ),
                  },
                  {
                    path: 'meetings/:id/agenda/import',
                    element: (
                      <RequireAccess action={Action.MeetingUpdate}>
                        <AgendaImportPage />
                      </RequireAccess>
                    ),
                  },
                  {
                    path: 'register',
                    element: (
                      <RequireAccess action={Action.RegisterList}>
                        <RegisterPage />
                      </RequireAccess>
                    ),
                  },
                  {
                    path: 'register/new',
                    element: (
                      <RequireAccess action={Action.RegisterManage}>
                        <PersonFormPage />
                      </RequireAccess>
                    ),
                  },
                  {
                    path: 'register/import',
                    element: (
                      <RequireAccess action={Action.RegisterImport}>
                        <RegisterImportPage />
                      </RequireAccess>
                    ),
                  },
                  {
                    path: 'register/election-workers',
                    element: (
                      <RequireAccess action={Action.RegisterList}>
                        <ElectionWorkersPage />
                      </RequireAccess>
                    ),
                  },
                  {
                    path: 'register/:id',
                    element: (
                      <RequireAccess action={Action.RegisterList}>
                        <PersonPage />
                      </RequireAccess>
                    ),
                  },
                  {
                    path: 'register/:id/edit',
                    element: (
                      <RequireAccess action={Action.RegisterManage}>
                        <PersonFormPage />
                      </RequireAccess>
                    ),
                  },
                  {
                    path: 'training',
                    element: (
                      <RequireAccess action={Action.TrainingCoverage}>
                        <TrainingOverviewPage />
                      </RequireAccess>
                    ),
                  },
                  {
                    path: 'training/courses',
                    element: (
                      <RequireAccess action={Action.TrainingManage}>
                        <CoursesPage />
                      </RequireAccess>
                    ),
                  },
                  {
                    path: 'training/sessions',
                    element: (
                      <RequireAccess action={Action.TrainingManage}>
                        <SessionsPage />
                      </RequireAccess>
                    ),
                  },
                  {
                    path: 'training/sessions/:id',
                    element: (
                      <RequireAccess action={Action.TrainingManage}>
                        <SessionPage />
                      </RequireAccess>
                    ),
                  },
                  {
                    path: 'training/campaign',
                    element: (
                      <RequireAccess action={Action.TrainingCampaign}>
                        <CampaignPage />
                      </RequireAccess>
                    ),
                  },
                  // One's own training: the server answers for the person linked to the account.
                  { path: 'training/me', element: <MyTrainingPage /> },
                  {
                    path: 'admin/bodies',
                    element: (
                      <RequireAccess action={Action.BodyManage}>
                        <BodiesPage />
                      </RequireAccess>
                    ),
                  },
                  {
                    path: 'admin/venues',
                    element: (
                      <RequireAccess action={Action.VenueRead}>
                        <VenuesPage />
                      </RequireAccess>
                    ),
                  },
                  {
                    path: 'admin/venues/new',
                    element: (
                      <RequireAccess action={Action.VenueManage}>
                        <VenuePage />
                      </RequireAccess>
                    ),
                  },
                  {
                    path: 'admin/venues/:id',
                    element: (
                      <RequireAccess action={Action.VenueRead}>
                        <VenuePage />
                      </RequireAccess>
                    ),
                  },
                  {
                    path: 'admin/threat-level',
                    element: (
                      <RequireAccess action={Action.ThreatLevelRecord}>
                        <ThreatLevelPage />
                      </RequireAccess>
                    ),
                  },
                  {
                    path: 'admin/riskguide-templates',
                    element: (
                      <RequireAccess action={Action.RiskguideTemplateManage}>
                        <TemplatesPage />
                      </RequireAccess>
                    ),
                  },
                  {
                    path: 'admin/riskguide-templates/new',
                    element: (
                      <RequireAccess action={Action.RiskguideTemplateManage}>
                        <TemplateEditorPage />
                      </RequireAccess>
                    ),
                  },
                  {
                    path: 'meetings/:id/plan',
                    element: (
                      <RequireAccess action={Action.MeetingReadPractical}>
                        <MeetingPlanPage />
                      </RequireAccess>
                    ),
                  },
                  {
                    path: 'meetings/:id/plan/evacuation',
                    element: (
                      <RequireAccess action={Action.MeetingReadPractical}>
                        <EvacuationPrintPage />
                      </RequireAccess>
                    ),
                  },
                  {
                    path: 'meetings/:id/review',
                    element: (
                      <RequireAccess action={Action.MeetingReview}>
                        <MeetingReviewPage />
                      </RequireAccess>
                    ),
                  },
                  {
                    path: 'meetings/:id/log',
                    element: (
                      <RequireAccess action={Action.MeetingLog}>
                        <MeetingLogPage />
                      </RequireAccess>
                    ),
                  },
                  {
                    path: 'admin/meeting-templates',
                    element: (
                      <RequireAccess action={Action.MeetingTemplateRead}>
                        <MeetingTemplatesPage />
                      </RequireAccess>
                    ),
                  },
                  {
                    path: 'admin/meeting-templates/new',
                    element: (
                      <RequireAccess action={Action.MeetingTemplateManage}>
                        <MeetingTemplateEditorPage />
                      </RequireAccess>
                    ),
                  },
                  {
                    path: 'admin/taxonomy',
                    element: (
                      <RequireAccess action={Action.TaxonomyManage}>
                        <TaxonomyPage />
                      </RequireAccess>
                    ),
                  },
                  {
                    path: 'admin/users',
                    element: (
                      <RequireAccess action={Action.UserList}>
                        <UsersPage />
                      </RequireAccess>
                    ),
                  },
                  {
                    path: 'admin/users/new',
                    element: (
                      <RequireAccess action={Action.UserCreate}>
                        <InviteUserPage />
                      </RequireAccess>
                    ),
                  },
                  {
                    path: 'admin/users/:id',
                    element: (
                      <RequireAccess action={Action.UserRead}>
                        <UserPage />
                      </RequireAccess>
                    ),
                  },
                  {
                    path: 'admin/parties',
                    element: (
                      <RequireAccess action={Action.PartyUpdate}>
                        <PartiesPage />
                      </RequireAccess>
                    ),
                  },
                  {
                    path: 'admin/parties/new',
                    element: (
                      <RequireAccess action={Action.PartyCreate}>
                        <PartyFormPage />
                      </RequireAccess>
                    ),
                  },
                  {
                    path: 'admin/parties/:id',
                    element: (
                      <RequireAccess action={Action.PartyUpdate}>
                        <PartyFormPage />
                      </RequireAccess>
                    ),
                  },
                  {
                    path: 'admin/organisation',
                    element: (
                      <RequireAccess action={Action.OrganisationSettingsRead}>
                        <OrganisationSettingsPage />
                      </RequireAccess>
                    ),
                  },
                  {
                    path: 'admin/audit',
                    element: (
                      <RequireAccess action={Action.AuditRead}>
                        <AuditPage />
                      </RequireAccess>
                    ),
                  },
                  {
                    path: 'admin/outbox',
                    element: (
                      <RequireAccess action={Action.OutboxRead}>
                        <OutboxPage />
                      </RequireAccess>
                    ),
                  },
                ],
              },
            ],
          },
        ],
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

/**
 * The area a first address needs, fetched while the session is still being checked (on a slow
 * connection that saves a round trip before the page can be used). Paths not listed load their
 * area when the page renders, as always.
 */
const areaOfPath: readonly (readonly [RegExp, () => Promise<unknown>])[] = [
  [/^\/(report|cases|signals\/new)(\/|$)/u, reporting],
  [/^\/(incidents|signals)(\/|$)/u, casework],
  [/^\/(riskguide|screening)(\/|$)/u, riskguide],
  [/^\/admin\/riskguide-templates(\/|$)/u, riskguide],
  [/^\/meetings\/[^/]+\/(plan|log|review)(\/|$)/u, meetingPlans],
  [/^\/admin\/meeting-templates(\/|$)/u, meetingPlans],
  [/^\/profile\/calendar(\/|$)/u, meetingPlans],
  [/^\/meetings(\/|$)/u, meetings],
  [/^\/admin\/(bodies|venues|threat-level)(\/|$)/u, meetings],
  [/^\/register(\/|$)/u, register],
  [/^\/admin(\/|$)/u, admin],
  [/^\/developers(\/|$)/u, developers],
  [/^\/(login|invitation|mfa|profile)?(\/|$)/u, account],
];

/** Starts loading the area of `pathname` (see `areaOfPath`). */
export function preloadAreaOf(pathname: string): void {
  const area = areaOfPath.find(([pattern]) => pattern.test(pathname))?.[1];
  // A failed download is tried again, and reported, when the page itself loads.
  area?.().catch(() => undefined);
}

/** The page for the current address (declarative routing: the client has no route loaders). */
export function AppRoutes() {
  return useRoutes(routes);
}
