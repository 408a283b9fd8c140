// « Graphiques » for cadres and the siège (R4), on live data of their perimeter: the file active
// month by month per référent or per structure, the CERs per state and the days they spend in
// each state. Each chart is described in words (aria-describedby) and followed by its table.
import { useState } from 'react';
import { Box, Card, CardContent, MenuItem, Skeleton, TextField, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { LineChart } from '@mui/x-charts/LineChart';
import { BarChart } from '@mui/x-charts/BarChart';
import { ChartsLocalizationProvider } from '@mui/x-charts/ChartsLocalizationProvider';
import { frFR } from '@mui/x-charts/locales';
import { Title } from 'react-admin';
import { useQuery } from '@tanstack/react-query';
import { useConsoleDataProvider } from '../data/data-provider';
import { useT } from '../i18n/use-t';
import { ChartTable } from './ChartTable';

const TOP = 8;
const MONTHS = [6, 12, 24, 36];
const MONTH_NAMES = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];
/** 2026-03 → « mars 2026 ». */
export const monthLabel = (month: string): string => `${MONTH_NAMES[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;

/** Counts of files or CERs: whole ticks only (no « 0,2 CER » when a state holds one or two). */
const COUNT_AXIS = { tickMinStep: 1, valueFormatter: (value: number) => (Number.isInteger(value) ? String(value) : '') };

/** Days in a state: a French decimal (« 12,5 ») rather than a cut « 0.0… ». */
const DAYS_AXIS = { valueFormatter: (value: number) => value.toLocaleString('fr-FR', { maximumFractionDigits: 1 }) };
/** The six states' names under the bars, slanted so none is skipped for want of room. */
const stateAxis = (states: string[]) =>
  ({ scaleType: 'band', data: states, height: 80, tickLabelStyle: { angle: -30, textAnchor: 'end', fontSize: 12 } }) as const;

const srOnly = { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' } as const;

const FileActiveChart = () => {
  const t = useT();
  const dataProvider = useConsoleDataProvider();
  const [by, setBy] = useState<'referent' | 'structure'>('referent');
  const [months, setMonths] = useState(12);
  const { data, isPending, error } = useQuery({ queryKey: ['rsa', 'chart', 'file-active', by, months], queryFn: () => dataProvider.fileActiveChart(by, months) });
  const labels = data?.months.map(monthLabel) ?? [];
  const drawn = data?.series.slice(0, TOP) ?? [];
  return (
    <Card component="section" aria-labelledby="chart-file-active-title">
      <CardContent sx={{ display: 'grid', gap: 2 }}>
        <Typography id="chart-file-active-title" component="h2" variant="h6">
          {t('rsa.charts.file_active')}
        </Typography>
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
          <ToggleButtonGroup exclusive size="small" value={by} onChange={(_, v) => v && setBy(v)} aria-label={t('rsa.charts.by')}>
            <ToggleButton value="referent">{t('rsa.charts.by_referent')}</ToggleButton>
            <ToggleButton value="structure">{t('rsa.charts.by_structure')}</ToggleButton>
          </ToggleButtonGroup>
          <TextField select size="small" id="chart-months" label={t('rsa.charts.months')} value={months} onChange={(e) => setMonths(Number(e.target.value))} fullWidth={false} sx={{ width: 180 }}>
            {MONTHS.map((m) => (
              <MenuItem key={m} value={m}>
                {t('rsa.charts.months_value', { smart_count: m })}
              </MenuItem>
            ))}
          </TextField>
        </Box>
        {isPending ? (
          <Skeleton height={360} />
        ) : error || !data ? (
          <Typography>{t('rsa.home.unavailable')}</Typography>
        ) : data.series.length === 0 ? (
          <Typography>{t('rsa.charts.none')}</Typography>
        ) : (
          <>
            <Box role="img" aria-labelledby="chart-file-active-title" aria-describedby="chart-file-active-description" data-testid="chart-file-active">
              <LineChart
                height={380}
                xAxis={[{ scaleType: 'point', data: labels }]}
                yAxis={[COUNT_AXIS]}
                // Straight segments: a smoothed curve bends around the month's mark and reads as a
                // value between two months; the last month's label needs room on the right.
                series={drawn.map((s) => ({ data: s.values, label: s.label, showMark: true, curve: 'linear' }))}
                margin={{ right: 48 }}
              />
            </Box>
            <Typography id="chart-file-active-description" sx={srOnly}>
              {t('rsa.charts.description_file_active', { first: labels[0], last: labels[labels.length - 1], count: drawn.length })}
            </Typography>
            {data.series.length > TOP && <Typography variant="body2">{t('rsa.charts.top', { count: TOP })}</Typography>}
            <ChartTable
              id="table-file-active"
              caption={t('rsa.charts.table')}
              headers={[by === 'referent' ? t('rsa.charts.by_referent') : t('rsa.charts.by_structure'), ...labels]}
              rows={data.series.map((s) => [s.label, ...s.values])}
            />
          </>
        )}
      </CardContent>
    </Card>
  );
};

const CerCharts = () => {
  const t = useT();
  const dataProvider = useConsoleDataProvider();
  const { data, isPending, error } = useQuery({ queryKey: ['rsa', 'chart', 'cers'], queryFn: () => dataProvider.cerCharts() });
  if (isPending) return <Skeleton height={360} />;
  if (error || !data) return <Typography>{t('rsa.home.unavailable')}</Typography>;
  const states = data.byState.map((s) => s.label);
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' } }}>
      <Card component="section" aria-labelledby="chart-cers-title">
        <CardContent>
          <Typography id="chart-cers-title" component="h2" variant="h6">
            {t('rsa.charts.cers_by_state')}
          </Typography>
          <Box role="img" aria-labelledby="chart-cers-title" aria-describedby="chart-cers-description" data-testid="chart-cers">
            <BarChart
              height={300}
              xAxis={[stateAxis(states)]}
              yAxis={[COUNT_AXIS]}
              series={[{ data: data.byState.map((s) => s.count), label: t('rsa.charts.count') }]}
              hideLegend
            />
          </Box>
          <Typography id="chart-cers-description" sx={srOnly}>
            {t('rsa.charts.description_cers')}
          </Typography>
          <ChartTable id="table-cers" caption={t('rsa.charts.table')} headers={[t('rsa.charts.state'), t('rsa.charts.count')]} rows={data.byState.map((s) => [s.label, s.count])} />
        </CardContent>
      </Card>
      <Card component="section" aria-labelledby="chart-delays-title">
        <CardContent>
          <Typography id="chart-delays-title" component="h2" variant="h6">
            {t('rsa.charts.cers_delays')}
          </Typography>
          <Box role="img" aria-labelledby="chart-delays-title" aria-describedby="chart-delays-description" data-testid="chart-delays">
            <BarChart
              height={300}
              xAxis={[stateAxis(states)]}
              yAxis={[DAYS_AXIS]}
              series={[{ data: data.delays.map((d) => d.averageDays ?? 0), label: t('rsa.charts.average') }]}
              hideLegend
            />
          </Box>
          <Typography id="chart-delays-description" sx={srOnly}>
            {t('rsa.charts.description_delays')}
          </Typography>
          <ChartTable
            id="table-delays"
            caption={t('rsa.charts.table')}
            headers={[t('rsa.charts.state'), t('rsa.charts.stays'), t('rsa.charts.average'), t('rsa.charts.median'), t('rsa.charts.max')]}
            rows={data.delays.map((d) => [d.label, d.stays, d.averageDays ?? '—', d.medianDays ?? '—', d.maxDays ?? '—'])}
          />
        </CardContent>
      </Card>
    </Box>
  );
};

export const ChartsPage = () => {
  const t = useT();
  return (
    <ChartsLocalizationProvider localeText={frFR.components.MuiChartsLocalizationProvider.defaultProps.localeText}>
      <Box sx={{ display: 'grid', gap: 2, py: 2 }}>
        <Title title={t('rsa.charts.title')} />
        <Typography component="h1" variant="h4">
          {t('rsa.charts.title')}
        </Typography>
        <Typography>{t('rsa.charts.intro')}</Typography>
        <FileActiveChart />
        <CerCharts />
      </Box>
    </ChartsLocalizationProvider>
  );
};
