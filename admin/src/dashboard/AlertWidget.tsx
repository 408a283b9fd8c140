// A favourite alert on the home page (R1, R2): its count, computed live, and the way to its list.
import { Link as RouterLink } from 'react-router-dom';
import { Button, Skeleton, Typography } from '@mui/material';
import NotificationsActiveIcon from '@mui/icons-material/NotificationsActive';
import { useGetList } from 'react-admin';
import { ALERT_LABELS, type AlertName } from '@rsa/vocabulary';
import { useT } from '../i18n/use-t';
import { WidgetCard } from './WidgetCard';

type AlertSummary = { id: string; title: string; count: number };

export const AlertWidget = ({ name }: { name: AlertName }) => {
  const t = useT();
  // One request for every alert's count, shared by all the alert widgets and the Alertes page.
  const { data, isPending, error } = useGetList<AlertSummary>('alerts', { pagination: { page: 1, perPage: 50 } });
  const alert = data?.find((a) => a.id === name);
  return (
    <WidgetCard
      id={`alert-widget-${name}`}
      title={ALERT_LABELS[name]}
      icon={<NotificationsActiveIcon color="primary" aria-hidden="true" />}
      actions={
        <Button component={RouterLink} to={`/alerts/${name}`}>
          {t('rsa.widgets.open_alert')}
        </Button>
      }
    >
      {isPending ? (
        <Skeleton width={160} height={48} />
      ) : error || !alert ? (
        <Typography>{t('rsa.home.unavailable')}</Typography>
      ) : (
        <Typography variant="h4" component="p" data-testid={`alert-count-${name}`}>
          {t('rsa.widgets.alert_count', { smart_count: alert.count })}
        </Typography>
      )}
    </WidgetCard>
  );
};
