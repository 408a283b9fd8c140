// « Alertes » (R1): every alert the server computes for the user, with its count under the
// remembered filter; a row opens the alert's list; the star places it on the home page.
import { Box, IconButton, Tooltip, Typography } from '@mui/material';
import StarIcon from '@mui/icons-material/Star';
import StarBorderIcon from '@mui/icons-material/StarBorder';
import { Datagrid, FunctionField, List, NumberField, TextField, Title, useNotify } from 'react-admin';
import { useT } from '../i18n/use-t';
import { useHomeWidgets } from '../dashboard/use-home-widgets';
import { AlertFilterBar } from './AlertFilterBar';

export type AlertSummary = { id: string; title: string; count: number; situation: string | null; columns: Array<{ key: string; header: string; type?: 'text' | 'date' | 'number' }> };

const FavouriteToggle = ({ alert }: { alert: AlertSummary }) => {
  const t = useT();
  const notify = useNotify();
  const { widgets, save } = useHomeWidgets();
  if (!widgets) return null;
  const id = `alert:${alert.id}`;
  const favourite = widgets.includes(id);
  const label = favourite ? t('rsa.alerts.remove_favourite', { name: alert.title }) : t('rsa.alerts.add_favourite', { name: alert.title });
  return (
    <Tooltip title={label}>
      <IconButton
        aria-label={label}
        aria-pressed={favourite}
        onClick={(e) => {
          e.stopPropagation();
          save(favourite ? widgets.filter((w) => w !== id) : [...widgets, id]);
          notify(favourite ? 'rsa.alerts.favourite_removed' : 'rsa.alerts.favourite_added', { type: 'info' });
        }}
      >
        {favourite ? <StarIcon color="warning" /> : <StarBorderIcon />}
      </IconButton>
    </Tooltip>
  );
};

export const AlertList = () => {
  const t = useT();
  return (
    <Box sx={{ display: 'grid', gap: 2, pt: 2 }}>
      <Title title={t('rsa.alerts.title')} />
      <Typography component="h1" variant="h4">
        {t('rsa.alerts.title')}
      </Typography>
      <Typography>{t('rsa.alerts.intro')}</Typography>
      <AlertFilterBar />
      <List resource="alerts" title={false} actions={false} pagination={false} exporter={false} disableSyncWithLocation perPage={50} sort={{ field: '', order: 'ASC' }} empty={false}>
        <Datagrid rowClick={(id) => `/alerts/${id}`} bulkActionButtons={false} aria-label={t('rsa.alerts.title')}>
          <TextField source="title" label={t('rsa.alerts.alert')} sortable={false} />
          <NumberField source="count" label={t('rsa.alerts.count')} sortable={false} />
          <FunctionField<AlertSummary> label={t('rsa.alerts.favourite')} render={(alert) => <FavouriteToggle alert={alert} />} />
        </Datagrid>
      </List>
    </Box>
  );
};
