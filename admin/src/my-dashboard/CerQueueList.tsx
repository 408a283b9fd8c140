// The CERs behind « Mon tableau de bord » (R2): those waiting for my action (/cers-en-attente) or
// those in one state (/cers-par-etat/<state>), with their file; a row opens the CER.
import { useParams } from 'react-router-dom';
import { Box, Typography } from '@mui/material';
import { Datagrid, FunctionField, List, NumberField, TextField, Title } from 'react-admin';
import { CER_STATE_SHORT_LABELS, formatDate, isCerState } from '@rsa/vocabulary';
import { useT } from '../i18n/use-t';

export const CerQueueList = () => {
  const t = useT();
  const { state } = useParams();
  const oneState = isCerState(state) ? state : null;
  const title = oneState ? t('rsa.dashboard.cer_state_list', { state: CER_STATE_SHORT_LABELS[oneState] }) : t('rsa.dashboard.cer_queue_list');
  return (
    <Box sx={{ pt: 2 }}>
      <Title title={title} />
      <Typography component="h1" variant="h4" sx={{ mb: 1 }}>
        {title}
      </Typography>
      <List
        resource="cer-queue"
        filter={oneState ? { state: oneState } : { awaiting: true }}
        title={false}
        actions={false}
        exporter={false}
        disableSyncWithLocation
        storeKey={`cer-queue.${oneState ?? 'awaiting'}`}
        sort={{ field: 'since', order: 'ASC' }}
        empty={false}
      >
        <Datagrid rowClick={(id) => `/cers/${id}/show`} bulkActionButtons={false} aria-label={title} empty={<Typography sx={{ p: 2 }}>{t('rsa.dashboard.empty')}</Typography>}>
          <TextField source="fileNumber" label={t('rsa.dashboard.file_number')} />
          <TextField source="lastName" label={t('rsa.dashboard.last_name')} />
          <TextField source="firstName" label={t('rsa.dashboard.first_name')} />
          <NumberField source="number" label={t('rsa.dashboard.cer_number')} />
          <TextField source="stateLabel" label={t('rsa.dashboard.cer_state')} sortBy="state" />
          <FunctionField source="since" label={t('rsa.dashboard.cer_since')} render={(r: { since?: string | null }) => formatDate(r.since)} />
          <FunctionField source="end" label={t('rsa.dashboard.cer_end')} render={(r: { end?: string | null }) => formatDate(r.end)} />
        </Datagrid>
      </List>
    </Box>
  );
};
