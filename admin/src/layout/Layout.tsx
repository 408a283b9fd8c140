import type { ReactNode } from 'react';
import { AppBar, Layout as RaLayout, TitlePortal } from 'react-admin';
import { Typography } from '@mui/material';
import { Menu } from './Menu';
import { UserMenu } from './UserMenu';
import { useT } from '../i18n/use-t';
import { useSessionFollowsOtherTabs } from '../auth/use-session-follows-other-tabs';
import { useDocumentTitle } from './document-title';
import { GlobalSearchBar } from '../search/GlobalSearchBar';

const ConsoleAppBar = () => {
  const t = useT();
  return (
    <AppBar userMenu={<UserMenu />}>
      <Typography component="span" variant="h6" sx={{ mr: 2, fontWeight: 700, whiteSpace: 'nowrap' }}>
        {t('rsa.app.title')}
      </Typography>
      <TitlePortal />
      <GlobalSearchBar />
    </AppBar>
  );
};

export const Layout = ({ children }: { children: ReactNode }) => {
  const t = useT();
  useSessionFollowsOtherTabs();
  useDocumentTitle(t('rsa.app.title'));
  return (
    <RaLayout appBar={ConsoleAppBar} menu={Menu}>
      {children}
    </RaLayout>
  );
};
