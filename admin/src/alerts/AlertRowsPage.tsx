// One alert's list (R1): its rows under the remembered filter, paged and sorted by the server
// (`alert-rows/<name>`), the columns the server describes; a row opens the file.
import { Link as RouterLink, useParams } from 'react-router-dom';
import { Box, Button, Typography } from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { List, Title, useGetList, useListContext } from 'react-admin';
import { isAlertName, ALERT_LABELS, ALERTS_WITH_SITUATION } from '@rsa/vocabulary';
import { useT } from '../i18n/use-t';
import { ReportGrid } from '../reports/ReportList';
import { AlertFilterBar } from './AlertFilterBar';
import type { AlertSummary } from './AlertList';

const Total = () => {
  const t = useT();
  const { total, isPending } = useListContext();
  if (isPending || total === undefined) return null;
  return (
    <Typography variant="body2" role="status" data-testid="alert-rows-count" sx={{ px: 2, pt: 1 }}>
      {t('rsa.reports.count', { smart_count: total })}
    </Typography>
  );
};

export const AlertRowsPage = () => {
  const t = useT();
  const { name = '' } = useParams();
  const { data: alerts } = useGetList<AlertSummary>('alerts', { pagination: { page: 1, perPage: 50 } });
  if (!isAlertName(name)) return <Typography sx={{ p: 2 }}>{t('rsa.alerts.unknown')}</Typography>;
  const alert = alerts?.find((a) => a.id === name);
  return (
    <Box sx={{ display: 'grid', gap: 2, pt: 2 }}>
      <Title title={`${t('rsa.alerts.title')} – ${ALERT_LABELS[name]}`} />
      <Box>
        <Button component={RouterLink} to="/alerts" startIcon={<ArrowBackIcon />}>
          {t('rsa.alerts.back')}
        </Button>
      </Box>
      <Typography component="h1" variant="h4">
        {ALERT_LABELS[name]}
      </Typography>
      {ALERTS_WITH_SITUATION.has(name) && <AlertFilterBar />}
      {alert && (
        <List
          resource={`alert-rows/${name}`}
          title={false}
          actions={false}
          exporter={false}
          perPage={25}
          sort={{ field: '', order: 'ASC' }}
          disableSyncWithLocation
          storeKey={`alerts.${name}`}
          empty={false}
        >
          <Total />
          <ReportGrid columns={alert.columns} label={ALERT_LABELS[name]} emptyText={t('rsa.alerts.empty')} />
        </List>
      )}
    </Box>
  );
};
