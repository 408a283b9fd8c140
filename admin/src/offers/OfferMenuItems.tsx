// Menu entries of the offers: the catalogue (or « Mes offres » for an opérateur), the
// opérateur's positionnements, the report per offer.
import { Menu as RaMenu, useCanAccess, useGetIdentity } from 'react-admin';
import WorkIcon from '@mui/icons-material/Work';
import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import InsightsIcon from '@mui/icons-material/Insights';
import EventIcon from '@mui/icons-material/Event';
import { useT } from '../i18n/use-t';

export const OfferMenuItems = () => {
  const t = useT();
  const { identity } = useGetIdentity();
  const operator = ((identity?.profiles as string[] | undefined) ?? []).includes('operateur');
  const offers = useCanAccess({ action: 'list', resource: 'offers' }).canAccess === true;
  const enrolments = useCanAccess({ action: 'list', resource: 'enrolments' }).canAccess === true;
  const events = useCanAccess({ action: 'list', resource: 'events' }).canAccess === true;
  const report = useCanAccess({ action: 'list', resource: 'offer-reports' }).canAccess === true;
  return (
    <>
      {offers && <RaMenu.Item to="/offers" primaryText={operator ? t('rsa.offers.menu_mine') : t('rsa.offers.menu_catalogue')} leftIcon={<WorkIcon />} />}
      {enrolments && <RaMenu.Item to="/enrolments" primaryText={t('rsa.offers.menu_enrolments')} leftIcon={<AssignmentIndIcon />} />}
      {events && <RaMenu.Item to="/events" primaryText={t('rsa.offers.menu_events')} leftIcon={<EventIcon />} />}
      {report && <RaMenu.Item to="/offer-reports" primaryText={t('rsa.offers.menu_report')} leftIcon={<InsightsIcon />} />}
    </>
  );
};
