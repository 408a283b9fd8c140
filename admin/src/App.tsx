// The staff console: French, per-profile menu and home page, one <Resource> per API resource.
// Resources only declare their pages; the menu decides what each profile sees (layout/Menu).
import { Route } from 'react-router-dom';
import { Admin, CustomRoutes, Resource } from 'react-admin';
import { authProvider } from './auth/auth-provider';
import { LoginPage } from './auth/LoginPage';
import { ResetPasswordPage } from './auth/ResetPasswordPage';
import { ChangePasswordPage } from './auth/ChangePasswordPage';
import { dataProvider } from './data/data-provider';
import { i18nProvider } from './i18n/i18n-provider';
import { Layout } from './layout/Layout';
import { NotFound } from './layout/NotFound';
import { theme } from './layout/theme';
import { Dashboard } from './dashboard/Dashboard';
import beneficiaries from './beneficiaries';
import genesisImports from './genesis-imports';
import cers from './cers';
import auditEntries from './audit';
import { ReportsPage } from './reports/ReportsPage';
import { enrolments, events, offerReports, offers } from './offers';
import alerts from './alerts';
import { ChartsPage } from './charts/ChartsPage';
import { MyDashboard } from './my-dashboard/MyDashboard';
import { MovementList } from './my-dashboard/MovementList';
import { CerQueueList } from './my-dashboard/CerQueueList';
import appointments from './appointments';
import { AgendaPage } from './appointments/AgendaPage';
import { fseCompleteness, fseConflicts, fseConventions, fseOperations } from './fse';
import { CollectiveAttendance } from './appointments/CollectiveAttendance';

export const App = () => (
  <Admin
    disableTelemetry
    title="Accompagnement RSA"
    authProvider={authProvider}
    dataProvider={dataProvider}
    i18nProvider={i18nProvider}
    loginPage={LoginPage}
    layout={Layout}
    catchAll={NotFound}
    dashboard={Dashboard}
    theme={theme}
    requireAuth
  >
    <Resource name="beneficiaries" {...beneficiaries} />
    <Resource name="genesis-imports" {...genesisImports} />
    <Resource name="cers" {...cers} />
    <Resource name="audit-entries" {...auditEntries} />
    <Resource name="offers" {...offers} />
    <Resource name="enrolments" {...enrolments} />
    <Resource name="offer-reports" {...offerReports} />
    <Resource name="events" {...events} />
    <Resource name="event-registrations" />
    <Resource name="operator-colleagues" />
    <Resource name="alerts" {...alerts} />
    <Resource name="appointments" {...appointments} />
    <Resource name="appointment-agendas" />
    <Resource name="appointment-collectives" edit={CollectiveAttendance} />
    <Resource name="appointment-summaries" />
    <Resource name="fse-operations" {...fseOperations} />
    <Resource name="fse-conventions" {...fseConventions} />
    <Resource name="fse-completeness" {...fseCompleteness} />
    <Resource name="fse-conflicts" {...fseConflicts} />
    {/* Read through hooks only (no pages): declared so react-admin knows their names. */}
    <Resource name="notes" />
    <Resource name="reference-items" />
    <Resource name="characteristic-definitions" />
    <Resource name="users" />
    <Resource name="communes" />
    <Resource name="territories" />
    <Resource name="saved-searches" />
    <Resource name="search-history" />
    <Resource name="file-selections" />
    <CustomRoutes noLayout>
      <Route path="/mot-de-passe/:token" element={<ResetPasswordPage />} />
      <Route path="/mot-de-passe" element={<ResetPasswordPage />} />
    </CustomRoutes>
    <CustomRoutes>
      <Route path="/mon-compte/mot-de-passe" element={<ChangePasswordPage />} />
      <Route path="/rapports" element={<ReportsPage />} />
      <Route path="/tableau-de-bord" element={<MyDashboard />} />
      <Route path="/mouvements/:kind" element={<MovementList />} />
      <Route path="/cers-en-attente" element={<CerQueueList />} />
      <Route path="/cers-par-etat/:state" element={<CerQueueList />} />
      <Route path="/graphiques" element={<ChartsPage />} />
      <Route path="/agenda" element={<AgendaPage />} />
    </CustomRoutes>
  </Admin>
);
