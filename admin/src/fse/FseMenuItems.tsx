// Menu entries of FSE+: the gestionnaire FSE's console (operations, participants, completeness,
// conflicts), the référent FSE's and the opérateur's questionnaires list.
import { Menu as RaMenu, useCanAccess } from 'react-admin';
import EuroIcon from '@mui/icons-material/Euro';
import GroupsIcon from '@mui/icons-material/Groups';
import DonutLargeIcon from '@mui/icons-material/DonutLarge';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { useT } from '../i18n/use-t';

export const FseMenuItems = () => {
  const t = useT();
  const operations = useCanAccess({ action: 'list', resource: 'fse-operations' }).canAccess === true;
  const conventions = useCanAccess({ action: 'list', resource: 'fse-conventions' }).canAccess === true;
  const completeness = useCanAccess({ action: 'list', resource: 'fse-completeness' }).canAccess === true;
  const conflicts = useCanAccess({ action: 'list', resource: 'fse-conflicts' }).canAccess === true;
  return (
    <>
      {operations && <RaMenu.Item to="/fse-operations" primaryText={t('rsa.fse.menu.operations')} leftIcon={<EuroIcon />} />}
      {conventions && <RaMenu.Item to="/fse-conventions" primaryText={operations ? t('rsa.fse.menu.participants') : t('rsa.fse.menu.questionnaires')} leftIcon={<GroupsIcon />} />}
      {completeness && <RaMenu.Item to="/fse-completeness" primaryText={t('rsa.fse.menu.completeness')} leftIcon={<DonutLargeIcon />} />}
      {conflicts && <RaMenu.Item to="/fse-conflicts" primaryText={t('rsa.fse.menu.conflicts')} leftIcon={<WarningAmberIcon />} />}
    </>
  );
};
