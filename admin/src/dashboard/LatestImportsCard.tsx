// « Derniers imports Genesis » (G1) for those who watch the nightly feed: the five latest, each
// opening its detail (counts, warnings, rejected rows).
import { Link as RouterLink } from 'react-router-dom';
import { Button, Card, CardActions, CardContent, List, ListItem, ListItemButton, ListItemText, Skeleton, Typography } from '@mui/material';
import SyncIcon from '@mui/icons-material/Sync';
import { useGetList } from 'react-admin';
import { useT } from '../i18n/use-t';
import { formatDate, formatDateTime } from '@rsa/vocabulary';
import { ImportStatusChip } from '../genesis-imports/ImportStatusChip';
import type { GenesisImport } from '../genesis-imports/genesis-import.type';

export const LatestImportsCard = () => {
  const t = useT();
  const { data, isPending, error } = useGetList<GenesisImport>('genesis-imports', {
    pagination: { page: 1, perPage: 5 },
    sort: { field: 'startedAt', order: 'DESC' },
  });
  return (
    <Card component="section" aria-labelledby="imports-title">
      <CardContent>
        <Typography id="imports-title" component="h2" variant="h6" sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
          <SyncIcon color="primary" aria-hidden="true" />
          {t('rsa.home.imports')}
        </Typography>
        {isPending ? (
          <Skeleton height={120} />
        ) : error ? (
          <Typography>{t('rsa.home.unavailable')}</Typography>
        ) : data.length === 0 ? (
          <Typography>{t('rsa.home.imports_none')}</Typography>
        ) : (
          <List dense disablePadding>
            {data.map((item) => (
              <ListItem key={item.id} disablePadding>
                <ListItemButton component={RouterLink} to={`/genesis-imports/${item.id}/show`}>
                  <ListItemText
                    primary={`${item.fileName} — extraction du ${formatDate(item.extractionDate)}`}
                    secondary={`${formatDateTime(item.startedAt)} · ${item.rows ?? 0} lignes, ${item.rejected ?? 0} rejetées`}
                  />
                  <ImportStatusChip status={item.status} />
                </ListItemButton>
              </ListItem>
            ))}
          </List>
        )}
      </CardContent>
      <CardActions>
        <Button component={RouterLink} to="/genesis-imports">
          {t('rsa.home.imports_all')}
        </Button>
      </CardActions>
    </Card>
  );
};
