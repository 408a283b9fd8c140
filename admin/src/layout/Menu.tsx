// The left menu, per profile: only what the user may open and the server serves.
import { Menu as RaMenu, useCanAccess } from 'react-admin';
import HomeIcon from '@mui/icons-material/Home';
import PeopleIcon from '@mui/icons-material/People';
import CloudUploadIcon from '@mui/icons-material/CloudUpload';
import HistoryIcon from '@mui/icons-material/History';
import AssessmentIcon from '@mui/icons-material/Assessment';
import NotificationsActiveIcon from '@mui/icons-material/NotificationsActive';
import InsertChartIcon from '@mui/icons-material/InsertChart';
import EventIcon from '@mui/icons-material/Event';
import EventBusyIcon from '@mui/icons-material/EventBusy';
import { useT } from '../i18n/use-t';
import { useResourceShown } from './use-menu-entries';
import { OfferMenuItems } from '../offers/OfferMenuItems';
import { FseMenuItems } from '../fse/FseMenuItems';

export const Menu = () => {
  const t = useT();
  const beneficiaries = useResourceShown('beneficiaries');
  const imports = useResourceShown('genesis-imports');
  const audit = useResourceShown('audit-entries');
  // Reports have no list endpoint to probe: the page lists them, each run by name.
  const alerts = useCanAccess({ action: 'list', resource: 'alerts' }).canAccess === true;
  const charts = useCanAccess({ action: 'list', resource: 'charts' }).canAccess === true;
  const appointments = useResourceShown('appointments');
  const reports = useCanAccess({ action: 'list', resource: 'reports' }).canAccess === true;
  return (
    <RaMenu>
      <RaMenu.Item to="/" primaryText={t('rsa.menu.home')} leftIcon={<HomeIcon />} />
      {beneficiaries && <RaMenu.Item to="/beneficiaries" primaryText={t('rsa.menu.beneficiaries')} leftIcon={<PeopleIcon />} />}
      {imports && <RaMenu.Item to="/genesis-imports" primaryText={t('rsa.menu.imports')} leftIcon={<CloudUploadIcon />} />}
      {alerts && <RaMenu.Item to="/alerts" primaryText={t('rsa.menu.alerts')} leftIcon={<NotificationsActiveIcon />} />}
      {appointments && <RaMenu.Item to="/agenda" primaryText={t('rsa.appointments.menu')} leftIcon={<EventIcon />} />}
      {appointments && (
        <RaMenu.Item to={`/appointments?filter=${encodeURIComponent(JSON.stringify({ withoutSynthesis: true }))}`} primaryText={t('rsa.appointments.without_synthesis_menu')} leftIcon={<EventBusyIcon />} />
      )}
      {reports && <RaMenu.Item to="/rapports" primaryText={t('rsa.menu.reports')} leftIcon={<AssessmentIcon />} />}
      {charts && <RaMenu.Item to="/graphiques" primaryText={t('rsa.menu.charts')} leftIcon={<InsertChartIcon />} />}
      {audit && <RaMenu.Item to="/audit-entries" primaryText={t('rsa.menu.audit')} leftIcon={<HistoryIcon />} />}
      <OfferMenuItems />
      <FseMenuItems />
    </RaMenu>
  );
};
