// « Ma file active : N dossiers » for a référent (their perimeter is their caseload), « Dossiers
// de mon périmètre » for the others. The count is the list's Content-Range total (« plus de
// 10 000 » when the server stopped counting).
import { Link as RouterLink } from 'react-router-dom';
import { Button, Card, CardActions, CardContent, Skeleton, Typography } from '@mui/material';
import FolderSharedIcon from '@mui/icons-material/FolderShared';
import { useQuery } from '@tanstack/react-query';
import { useConsoleDataProvider } from '../data/data-provider';
import { useT } from '../i18n/use-t';
import { isCappedTotal } from '@rsa/vocabulary';

export const CaseloadCard = ({ mine }: { mine: boolean }) => {
  const t = useT();
  const dataProvider = useConsoleDataProvider();
  const { data, isPending, isError } = useQuery({
    queryKey: ['rsa', 'count', 'beneficiaries'],
    queryFn: () => dataProvider.count('beneficiaries'),
  });
  const title = mine ? t('rsa.home.caseload') : t('rsa.home.perimeter');
  return (
    <Card component="section" aria-labelledby="caseload-title">
      <CardContent>
        <Typography id="caseload-title" component="h2" variant="h6" sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
          <FolderSharedIcon color="primary" aria-hidden="true" />
          {title}
        </Typography>
        {isPending ? (
          <Skeleton width={160} height={48} />
        ) : isError ? (
          <Typography>{t('rsa.home.unavailable')}</Typography>
        ) : (
          <Typography variant="h4" component="p" data-testid="caseload-count">
            {isCappedTotal(data) ? t('rsa.home.caseload_count_capped') : t('rsa.home.caseload_count', { smart_count: data })}
          </Typography>
        )}
      </CardContent>
      <CardActions>
        <Button component={RouterLink} to="/beneficiaries">
          {t('rsa.home.open_list')}
        </Button>
      </CardActions>
    </Card>
  );
};
