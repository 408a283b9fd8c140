// « CER en attente de mon action » (R2) for secretariats and cadres: the CERs in the states their
// part of the validation chain moves forward (the server decides which), oldest move first.
import { Link as RouterLink } from 'react-router-dom';
import { Button, List, ListItem, ListItemButton, ListItemText, Skeleton, Typography } from '@mui/material';
import AssignmentTurnedInIcon from '@mui/icons-material/AssignmentTurnedIn';
import { useGetList } from 'react-admin';
import { formatDate } from '@rsa/vocabulary';
import { useT } from '../i18n/use-t';
import { WidgetCard } from './WidgetCard';

export type CerQueueRow = {
  id: number; beneficiary: number; fileNumber: string; lastName: string; firstName: string;
  number: number; state: string; stateLabel: string; start: string | null; end: string | null; since: string | null;
};

const SHOWN = 5;

export const CersAwaitingWidget = () => {
  const t = useT();
  const { data, total, isPending, error } = useGetList<CerQueueRow>('cer-queue', {
    filter: { awaiting: true },
    pagination: { page: 1, perPage: SHOWN },
    sort: { field: 'since', order: 'ASC' },
  });
  return (
    <WidgetCard
      id="cers-awaiting"
      title={t('rsa.widgets.cers_title')}
      icon={<AssignmentTurnedInIcon color="primary" aria-hidden="true" />}
      actions={
        <Button component={RouterLink} to="/cers-en-attente">
          {t('rsa.widgets.cers_all')}
        </Button>
      }
    >
      {isPending ? (
        <Skeleton height={120} />
      ) : error ? (
        <Typography>{t('rsa.home.unavailable')}</Typography>
      ) : data.length === 0 ? (
        <Typography>{t('rsa.widgets.cers_none')}</Typography>
      ) : (
        <>
          <Typography variant="h4" component="p" data-testid="cers-awaiting-count">
            {t('rsa.widgets.cers_count', { smart_count: total ?? data.length })}
          </Typography>
          <List dense disablePadding>
            {data.map((cer) => (
              <ListItem key={cer.id} disablePadding>
                <ListItemButton component={RouterLink} to={`/cers/${cer.id}/show`}>
                  <ListItemText
                    primary={`${cer.lastName} ${cer.firstName} (${cer.fileNumber}) — CER n° ${cer.number}`}
                    secondary={`${cer.stateLabel}${cer.since ? ` ${t('rsa.widgets.cers_since', { date: formatDate(cer.since) })}` : ''}`}
                  />
                </ListItemButton>
              </ListItem>
            ))}
          </List>
        </>
      )}
    </WidgetCard>
  );
};
