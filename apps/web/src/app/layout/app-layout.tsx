import { Suspense, useState, type ReactNode } from 'react';
import { Link as RouterLink, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { Action, Role } from '@varn/domain';
import { useI18n, type MessageKey } from '../../lib/i18n/i18n';
import { useSession } from '../../lib/session/session';
import { useCan } from '../../lib/session/access';
import { AppLink } from '../../components/links';
import { Loading } from '../../components/feedback';
import { SkipToContent } from './skip-link';

interface NavItem {
  readonly to: string;
  readonly label: MessageKey;
  readonly action?: Action;
  /** Current only on exactly this path (the queue is not current on /incidents/metrics). */
  readonly end?: boolean;
  /** Roles that reach the same records another way (a menu choice; access is still the policy's). */
  readonly hiddenFor?: readonly Role[];
  /** Only these roles (a page about the user's own party). */
  readonly onlyFor?: readonly Role[];
}

/** Navigation by role: everyone has the overview and the profile; the rest follows the policy. */
const navItems: readonly NavItem[] = [
  { to: '/', label: 'nav.home' },
  { to: '/report', label: 'nav.reporting', action: Action.IncidentReport },
  // The security unit works from its queue (/incidents) instead.
  { to: '/cases', label: 'nav.myCases', action: Action.IncidentList, hiddenFor: [Role.SecurityOfficer] },
  { to: '/signals/new', label: 'nav.sendSignal', action: Action.SignalCreate },
  { to: '/my-party', label: 'nav.myParty', onlyFor: [Role.PartyContact] },
  { to: '/incidents', label: 'nav.casework', action: Action.IncidentHandle, end: true },
  { to: '/signals', label: 'nav.signals', action: Action.SignalHandle },
  { to: '/incidents/metrics', label: 'nav.metrics', action: Action.IncidentMetrics },
  // The lägesbild: the viewer has it as their overview.
  { to: '/situation', label: 'nav.situation', action: Action.SituationRead, hiddenFor: [Role.Viewer] },
  // Riskguide: matters with their result level; step 1 for the screeners.
  { to: '/riskguide', label: 'nav.riskguide', action: Action.MatterList },
  { to: '/screening', label: 'nav.screening', action: Action.ScreeningCreate },
  // The management reads Riskguide in figures; the security unit finds them on the Riskguide page.
  {
    to: '/riskguide/summary',
    label: 'nav.riskguideSummary',
    action: Action.RiskguideSummary,
    hiddenFor: [Role.SecurityOfficer],
  },
  // Meetings: the risk heat calendar for those who see meetings.
  { to: '/meetings', label: 'nav.meetings', action: Action.MeetingList },
  // The officials register: the admin and the security unit.
  { to: '/register', label: 'nav.register', action: Action.RegisterList },
  // Training: coverage for the unit, the admin and viewers (figures only); one's own for the rest.
  { to: '/training', label: 'nav.training', action: Action.TrainingCoverage, end: true },
  {
    to: '/training/me',
    label: 'nav.myTraining',
    hiddenFor: [Role.Admin, Role.SecurityOfficer, Role.Secretary, Role.Viewer],
  },
  { to: '/directory', label: 'nav.directory', action: Action.ContactDirectoryRead },
  { to: '/guidelines', label: 'nav.guidelines', action: Action.GuidelineRead },
  { to: '/profile', label: 'nav.profile' },
  { to: '/admin/users', label: 'nav.users', action: Action.UserList },
  { to: '/admin/parties', label: 'nav.parties', action: Action.PartyUpdate },
  { to: '/admin/party-contacts', label: 'nav.partyContacts', action: Action.PartyManageContacts },
  { to: '/admin/taxonomy', label: 'nav.taxonomy', action: Action.TaxonomyManage },
  { to: '/admin/bodies', label: 'nav.bodies', action: Action.BodyManage },
  // The security unit reaches venues and the threat level from the calendar.
  {
    to: '/admin/venues',
    label: 'nav.venues',
    action: Action.VenueManage,
    hiddenFor: [Role.SecurityOfficer],
  },
  {
    to: '/admin/threat-level',
    label: 'nav.threatLevel',
    action: Action.ThreatLevelRecord,
    hiddenFor: [Role.SecurityOfficer],
  },
  { to: '/admin/riskguide-templates', label: 'nav.templates', action: Action.RiskguideTemplateManage },
  { to: '/admin/meeting-templates', label: 'nav.meetingTemplates', action: Action.MeetingTemplateManage },
  { to: '/admin/organisation', label: 'nav.organisation', action: Action.OrganisationSettingsRead },
  { to: '/admin/audit', label: 'nav.audit', action: Action.AuditRead },
  { to: '/admin/outbox', label: 'nav.outbox', action: Action.OutboxRead },
];

/** Pages after login: header with organisation, user and logout, navigation, content, footer. */
export function AppLayout({ children }: { readonly children?: ReactNode }) {
  const { t } = useI18n();
  const { state, logout } = useSession();
  const can = useCan();
  const navigate = useNavigate();
  const location = useLocation();
  // The menu (narrow screens) is open for the page it was opened on; any navigation closes it.
  const [menuOpenAt, setMenuOpenAt] = useState<string | null>(null);
  const menuOpen = menuOpenAt === location.key;
  const [loggingOut, setLoggingOut] = useState(false);

  const me = state.status === 'authenticated' || state.status === 'enrolment' ? state.me : null;
  const fullAccess = state.status === 'authenticated';
  const items =
    fullAccess && me
      ? navItems.filter(
          (item) =>
            (item.action === undefined || can(item.action)) &&
            !(item.hiddenFor ?? []).includes(me.role) &&
            (item.onlyFor === undefined || item.onlyFor.includes(me.role)),
        )
      : [];

  async function onLogout() {
    if (loggingOut) return;
    setLoggingOut(true);
    try {
      await logout();
    } finally {
      setLoggingOut(false);
      void navigate('/login', { replace: true });
    }
  }

  return (
    <div className="app-shell">
      <SkipToContent />
      <header className="app-header">
        <div className="app-header__bar">
          <RouterLink to="/" className="app-brand ds-focus">
            <span className="app-brand__name">Värn</span>
            {me && <span className="app-brand__tagline">{me.organisation.name}</span>}
          </RouterLink>
          <div className="app-header__user">
            {me && <span className="app-header__name">{me.name}</span>}
            <Button variant="secondary" data-size="sm" onClick={() => void onLogout()} loading={loggingOut}>
              {t('nav.logout')}
            </Button>
          </div>
        </div>
        {items.length > 0 && (
          <nav aria-label={t('nav.label')} className="app-nav">
            <Button
              variant="tertiary"
              data-size="sm"
              className="app-nav__toggle"
              aria-expanded={menuOpen}
              aria-controls="app-nav-list"
              onClick={() => setMenuOpenAt(menuOpen ? null : location.key)}
            >
              {t('nav.menu')}
            </Button>
            <ul id="app-nav-list" className="app-nav__list" data-open={menuOpen}>
              {items.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.end ?? item.to === '/'} className="app-nav__link ds-focus">
                    {t(item.label)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </header>
      <main id="main" tabIndex={-1} className="app-main">
        {/* A page's area loads the first time one of its pages is shown. */}
        <Suspense fallback={<Loading label={t('app.loadingPage')} />}>{children ?? <Outlet />}</Suspense>
      </main>
      <footer className="app-footer">
        <Paragraph data-size="sm">{me ? `Värn · ${me.organisation.name}` : 'Värn'}</Paragraph>
        <Paragraph data-size="sm">
          <AppLink to="/developers/api">{t('layout.apiDocs')}</AppLink>
        </Paragraph>
      </footer>
    </div>
  );
}
