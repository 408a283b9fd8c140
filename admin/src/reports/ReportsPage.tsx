// « Rapports » (R1–R4, C6): choose a report, fill its parameters, read the rows on screen and
// export the same run to Excel.
import { useState } from 'react';
import { Box, Button, MenuItem, TextField, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import { Title, useNotify } from 'react-admin';
import { useMutation } from '@tanstack/react-query';
import { useConsoleDataProvider } from '../data/data-provider';
import { firstDayOfMonth, todayInParis } from '@rsa/vocabulary';
import { CER_STATE_SHORT_LABELS, CER_STATES } from '@rsa/vocabulary';
import { useT } from '../i18n/use-t';
import { PARAM_LABELS, REPORTS, reportQuery, type ReportParam } from './report-catalogue';
import { ReportTable } from './ReportTable';

type Rows = Array<Record<string, unknown>>;

export const ReportsPage = () => {
  const t = useT();
  const dataProvider = useConsoleDataProvider();
  const notify = useNotify();
  const today = todayInParis();
  const [name, setName] = useState('');
  const [values, setValues] = useState<Partial<Record<ReportParam, string>>>({ from: firstDayOfMonth(today, -1), to: today, days: '30' });
  const [result, setResult] = useState<{ name: string; rows: Rows } | null>(null);
  const report = REPORTS.find((r) => r.name === name);
  const fail = (e: unknown) => notify(e instanceof Error ? e.message : String(e), { type: 'error' });
  const run = useMutation({
    mutationFn: () => dataProvider.runReport(name, reportQuery(report!, values)),
    onSuccess: (rows) => setResult({ name, rows }),
    onError: fail,
  });
  const exportXlsx = useMutation({ mutationFn: () => dataProvider.exportReport(name, reportQuery(report!, values)), onError: fail });
  const set = (param: ReportParam) => (e: React.ChangeEvent<HTMLInputElement>) => setValues({ ...values, [param]: e.target.value });
  const shown = result && result.name === name && report ? result : null;
  return (
    <Box sx={{ p: { xs: 1, sm: 2 }, display: 'grid', gap: 2 }}>
      <Title title={t('rsa.menu.reports')} />
      <Typography component="h1" variant="h4">
        {t('rsa.reports.title')}
      </Typography>
      <Box
        component="form"
        aria-label={t('rsa.reports.parameters')}
        sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }}
        onSubmit={(e) => {
          e.preventDefault();
          if (report) run.mutate();
        }}
      >
        <TextField
          id="report-name"
          select
          fullWidth={false}
          label={t('rsa.reports.report')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          sx={{ minWidth: 340 }}
        >
          {REPORTS.map((r) => (
            <MenuItem key={r.name} value={r.name}>
              {r.group} : {r.title}
            </MenuItem>
          ))}
        </TextField>
        {report?.params.map((param) =>
          param === 'state' ? (
            <TextField key={param} id={`report-${param}`} select fullWidth={false} label={PARAM_LABELS[param]} value={values.state ?? ''} onChange={set(param)} sx={{ minWidth: 200 }}>
              <MenuItem value="">{t('rsa.reports.allStates')}</MenuItem>
              {CER_STATES.map((s) => (
                <MenuItem key={s} value={s}>
                  {CER_STATE_SHORT_LABELS[s]}
                </MenuItem>
              ))}
            </TextField>
          ) : (
            <TextField
              key={param}
              id={`report-${param}`}
              fullWidth={false}
              label={PARAM_LABELS[param]}
              type={param === 'from' || param === 'to' ? 'date' : param === 'days' ? 'number' : 'text'}
              value={values[param] ?? ''}
              onChange={set(param)}
              slotProps={{ inputLabel: { shrink: true } }}
            />
          ),
        )}
        <Button type="submit" variant="contained" startIcon={<PlayArrowIcon />} disabled={!report || run.isPending}>
          {t('rsa.reports.run')}
        </Button>
        <Button
          variant="outlined"
          startIcon={<DownloadIcon />}
          disabled={!report || exportXlsx.isPending}
          onClick={() => exportXlsx.mutate()}
        >
          {t('rsa.reports.export')}
        </Button>
      </Box>
      {shown && report && <ReportTable title={report.title} columns={report.columns} rows={shown.rows} />}
    </Box>
  );
};
