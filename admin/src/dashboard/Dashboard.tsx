// The home page, per profile (R2): greeting, profiles, and only cards whose data exist for the
// user — the caseload count for référents, the perimeter for the others, the latest Genesis
// imports for secretariats, cadres and the siège.
import { Box, Typography } from '@mui/material';
import { Title, useGetIdentity, usePermissions } from 'react-admin';
import { useT } from '../i18n/use-t';
import { profileShortLabels } from '@rsa/vocabulary';
import { useResourceShown } from '../layout/use-menu-entries';
import type { Profile } from '../auth/can-access';
import { CaseloadCard } from './CaseloadCard';
import { LatestImportsCard } from './LatestImportsCard';

export const Dashboard = () => {
  const t = useT();
  const { identity } = useGetIdentity();
  const { permissions } = usePermissions<Profile[]>();
  const beneficiaries = useResourceShown('beneficiaries');
  const imports = useResourceShown('genesis-imports');
  const profiles = permissions ?? [];
  const isReferent = profiles.some((p) => p === 'referent' || p === 'referent_fse');
  const isOperator = profiles.includes('operateur');

  return (
    <Box sx={{ py: 2 }}>
      <Title title={t('rsa.menu.home')} />
      <Typography component="h1" variant="h4" gutterBottom>
        {t('rsa.home.hello', { name: identity?.fullName ?? '' })}
      </Typography>
      {profiles.length > 0 && (
        <Typography color="text.secondary" sx={{ mb: 3 }}>
          {t('rsa.home.profiles', { profiles: profileShortLabels(profiles) })}
        </Typography>
      )}
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: 'repeat(2, minmax(0, 1fr))' }, alignItems: 'start' }}>
        {beneficiaries && <CaseloadCard mine={isReferent} />}
        {imports && <LatestImportsCard />}
      </Box>
      {isOperator && <Typography>{t('rsa.offers.operator_home')}</Typography>}
      {!beneficiaries && !imports && !isOperator && <Typography>{t('rsa.home.nothing')}</Typography>}
    </Box>
  );
};
