// The home page, per user (R2): greeting, profiles, the widgets the user arranged (remembered on
// the server; the profile's defaults until then) and the way to « Mon tableau de bord ».
import { Link as RouterLink } from 'react-router-dom';
import { Box, Button, Stack, Typography } from '@mui/material';
import InsightsIcon from '@mui/icons-material/Insights';
import { Title, useGetIdentity, usePermissions } from 'react-admin';
import { useT } from '../i18n/use-t';
import { homeWidgetsFor, profileShortLabels } from '@rsa/vocabulary';
import type { Profile } from '../auth/can-access';
import { HomeWidgets } from './HomeWidgets';

export const Dashboard = () => {
  const t = useT();
  const { identity } = useGetIdentity();
  const { permissions } = usePermissions<Profile[]>();
  const profiles = permissions ?? [];
  const isOperator = profiles.includes('operateur');
  const hasWidgets = homeWidgetsFor(profiles).length > 0;

  return (
    <Box sx={{ py: 2 }}>
      <Title title={t('rsa.menu.home')} />
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'flex-start', flexWrap: 'wrap', gap: 1 }}>
        <Box>
          <Typography component="h1" variant="h4" gutterBottom>
            {t('rsa.home.hello', { name: identity?.fullName ?? '' })}
          </Typography>
          {profiles.length > 0 && (
            <Typography color="text.secondary" sx={{ mb: 3 }}>
              {t('rsa.home.profiles', { profiles: profileShortLabels(profiles) })}
            </Typography>
          )}
        </Box>
        {hasWidgets && (
          <Button component={RouterLink} to="/tableau-de-bord" startIcon={<InsightsIcon />}>
            {t('rsa.dashboard.open')}
          </Button>
        )}
      </Stack>
      {hasWidgets ? <HomeWidgets /> : <Typography>{t(isOperator ? 'rsa.offers.operator_home' : 'rsa.home.nothing')}</Typography>}
    </Box>
  );
};
