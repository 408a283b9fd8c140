// « Rapports » (R1–R4, C6): the reports the server offers this user (GET /reports: title,
// parameters, columns), one chosen, then shown as a paginated list with its export.
import { useState } from 'react';
import { Box, MenuItem, TextField, Typography } from '@mui/material';
import { Title, useGetList } from 'react-admin';
import type { ReportDescription } from '@rsa/vocabulary';
import { useT } from '../i18n/use-t';
import { ReportList } from './ReportList';

export const ReportsPage = () => {
  const t = useT();
  const [name, setName] = useState('');
  const { data: reports = [], isPending } = useGetList<ReportDescription>('reports', { pagination: { page: 1, perPage: 100 } });
  const report = reports.find((r) => r.id === name);
  return (
    <Box sx={{ p: { xs: 1, sm: 2 }, display: 'grid', gap: 2 }}>
      {!report && <Title title={t('rsa.menu.reports')} />}
      <Typography component="h1" variant="h4">
        {t('rsa.reports.title')}
      </Typography>
      <TextField
        id="report-name"
        select
        fullWidth={false}
        label={t('rsa.reports.report')}
        value={report ? name : ''}
        onChange={(e) => setName(e.target.value)}
        disabled={isPending}
        sx={{ minWidth: 340, maxWidth: 560 }}
      >
        {reports.map((r) => (
          <MenuItem key={r.id} value={r.id}>
            {r.group} : {r.title}
          </MenuItem>
        ))}
      </TextField>
      {report ? <ReportList key={report.id} report={report} /> : <Typography>{t('rsa.reports.choose')}</Typography>}
    </Box>
  );
};
