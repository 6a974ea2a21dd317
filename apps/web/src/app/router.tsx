import { createBrowserRouter } from 'react-router';
import { Action } from '@varn/domain';
import { LoginPage } from '../features/auth/login-page';
import { MfaVerifyPage } from '../features/auth/mfa-verify-page';
import { MfaEnrolPage } from '../features/auth/mfa-enrol-page';
import { InvitationPage } from '../features/auth/invitation-page';
import { HomePage } from '../features/home/home-page';
import { ProfilePage } from '../features/profile/profile-page';
import { UsersPage } from '../features/admin-users/users-page';
import { InviteUserPage } from '../features/admin-users/invite-user-page';
import { UserPage } from '../features/admin-users/user-page';
import { PartiesPage } from '../features/admin-parties/parties-page';
import { PartyFormPage } from '../features/admin-parties/party-form-page';
import { OrganisationSettingsPage } from '../features/admin-organisation/organisation-settings-page';
import { AuditPage } from '../features/admin-audit/audit-page';
import { OutboxPage } from '../features/admin-outbox/outbox-page';
import { ApiDocsPage } from '../features/developers/api-docs-page';
import { ReportPage } from '../features/reporting/report-page';
import { ReportSentPage } from '../features/reporting/report-sent-page';
import { CasesPage } from '../features/my-cases/cases-page';
import { CasePage } from '../features/my-cases/case-page';
import { SignalPage } from '../features/signal-form/signal-page';
import { QueuePage } from '../features/casework/queue-page';
import { CaseFilePage } from '../features/casework/case-file-page';
import { SignalsPage } from '../features/signals-inbox/signals-page';
import { MetricsPage } from '../features/metrics/metrics-page';
import { TaxonomyPage } from '../features/admin-taxonomy/taxonomy-page';
import { MattersPage } from '../features/riskguide-matters/matters-page';
import { NewMatterPage } from '../features/riskguide-matters/new-matter-page';
import { ImportMattersPage } from '../features/riskguide-matters/import-matters-page';
import { MatterPage } from '../features/riskguide-matter/matter-page';
import { RiskguideSummaryPage } from '../features/riskguide-summary/summary-page';
import { ScreeningPage } from '../features/riskguide-screening/screening-page';
import { ScreeningDetailPage } from '../features/riskguide-screening/screening-detail-page';
import { AssessmentPage } from '../features/riskguide-assessment/assessment-page';
import { TemplatesPage } from '../features/admin-riskguide-templates/templates-page';
import { TemplateEditorPage } from '../features/admin-riskguide-templates/template-editor-page';
import { AppLayout } from './layout/app-layout';
import { PublicLayout } from './layout/public-layout';
import { OpenLayout } from './layout/open-layout';
import { RequireAccess, RequireFullSession, RequireSession } from './guards';
import { NotFoundRoute, RouteErrorPage } from './error-pages';

/** Every page of the client. Paths are English; the pages speak the user's language. */
export const router = createBrowserRouter([
  {
    errorElement: <RouteErrorPage />,
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
                  { index: true, element: <HomePage /> },
                  { path: 'profile', element: <ProfilePage /> },
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
                      <RequireAccess action={Action.IncidentMetrics}>
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
]);
