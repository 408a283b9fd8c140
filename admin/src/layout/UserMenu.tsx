// The user menu (top right), as in the old tool: the user's name, « Changer mon mot de passe »
// and the explicit log-out the guide insists on.
import { forwardRef } from 'react';
import { Link } from 'react-router-dom';
import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import KeyIcon from '@mui/icons-material/Key';
import InsightsIcon from '@mui/icons-material/Insights';
import { Logout, UserMenu as RaUserMenu, useGetIdentity, useUserMenu } from 'react-admin';
import { useT } from '../i18n/use-t';

const ChangePasswordItem = forwardRef<HTMLAnchorElement>((props, ref) => {
  const t = useT();
  const userMenu = useUserMenu();
  return (
    <MenuItem component={Link} to="/mon-compte/mot-de-passe" ref={ref} onClick={() => userMenu?.onClose()} {...props}>
      <ListItemIcon>
        <KeyIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{t('rsa.password.change')}</ListItemText>
    </MenuItem>
  );
});
ChangePasswordItem.displayName = 'ChangePasswordItem';

// « Mon tableau de bord » (R2), where the guide puts it: under the user's name.
const MyDashboardItem = forwardRef<HTMLAnchorElement>((props, ref) => {
  const t = useT();
  const userMenu = useUserMenu();
  return (
    <MenuItem component={Link} to="/tableau-de-bord" ref={ref} onClick={() => userMenu?.onClose()} {...props}>
      <ListItemIcon>
        <InsightsIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{t('rsa.menu.my_dashboard')}</ListItemText>
    </MenuItem>
  );
});
MyDashboardItem.displayName = 'MyDashboardItem';

// The button shows the user's name; its accessible name must contain that visible text
// (WCAG 2.5.3), which react-admin's default "Profil" label does not.
export const UserMenu = () => {
  const { identity } = useGetIdentity();
  return (
    <RaUserMenu label={identity?.fullName ? `${identity.fullName} – menu utilisateur` : 'Menu utilisateur'}>
      <MyDashboardItem />
      <ChangePasswordItem />
      <Logout />
    </RaUserMenu>
  );
};
