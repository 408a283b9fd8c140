// The user menu (top right), as in the old tool: the user's name, « Changer mon mot de passe »
// and the explicit log-out the guide insists on.
import { forwardRef } from 'react';
import { Link } from 'react-router-dom';
import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import KeyIcon from '@mui/icons-material/Key';
import { Logout, UserMenu as RaUserMenu, useUserMenu } from 'react-admin';
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

export const UserMenu = () => (
  <RaUserMenu>
    <ChangePasswordItem />
    <Logout />
  </RaUserMenu>
);
