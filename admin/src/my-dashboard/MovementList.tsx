// The month's entries into and exits from the file active (R2, behind « Mon tableau de bord »):
// the référent de parcours assignments that begin or end this month; a row opens the file.
import { useParams } from 'react-router-dom';
import { Box, Typography } from '@mui/material';
import { Datagrid, FunctionField, List, TextField, Title } from 'react-admin';
import { formatDate } from '@rsa/vocabulary';
import { useT } from '../i18n/use-t';
import { reportRowPath } from '../reports/ReportList';

export const MovementList = () => {
  const t = useT();
  const { kind = 'entries' } = useParams();
  const exits = kind === 'exits';
  const title = exits ? t('rsa.dashboard.exits_list') : t('rsa.dashboard.entries_list');
  return (
    <Box sx={{ pt: 2 }}>
      <Title title={title} />
      <Typography component="h1" variant="h4" sx={{ mb: 1 }}>
        {title}
      </Typography>
      <List resource={`movements/${exits ? 'exits' : 'entries'}`} title={false} actions={false} exporter={false} disableSyncWithLocation sort={{ field: 'date', order: 'DESC' }} empty={false}>
        <Datagrid rowClick={reportRowPath} bulkActionButtons={false} aria-label={title} empty={<Typography sx={{ p: 2 }}>{t('rsa.dashboard.empty')}</Typography>}>
          <TextField source="fileNumber" label={t('rsa.dashboard.file_number')} />
          <TextField source="lastName" label={t('rsa.dashboard.last_name')} />
          <TextField source="firstName" label={t('rsa.dashboard.first_name')} />
          <TextField source="referent" label={t('rsa.dashboard.referent')} />
          <FunctionField source="date" label={exits ? t('rsa.dashboard.movement_date_exits') : t('rsa.dashboard.movement_date_entries')} render={(r: { date?: string | null }) => formatDate(r.date)} />
        </Datagrid>
      </List>
    </Box>
  );
};
