// « Mon tableau de bord » (R2): personal indicators computed live — the file active, the month's
// entries and exits, CERs by state, those waiting for my action and those to renew, the alerts —
// each a link to the list behind it. Read-only, as in the old tool.
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { Box, Card, CardActionArea, CardContent, Skeleton, Typography } from '@mui/material';
import { Title } from 'react-admin';
import { useQuery } from '@tanstack/react-query';
import { formatDate } from '@rsa/vocabulary';
import { useConsoleDataProvider } from '../data/data-provider';
import { useT } from '../i18n/use-t';

const Tile = ({ to, label, value, detail }: { to: string; label: string; value: number; detail?: string }) => (
  <Card variant="outlined" component="li" sx={{ listStyle: 'none' }}>
    <CardActionArea component={RouterLink} to={to} sx={{ height: '100%' }}>
      <CardContent>
        <Typography variant="h4" component="p" aria-hidden="true">
          {value}
        </Typography>
        <Typography>
          <Box component="span" sx={{ position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' }}>
            {`${value} – `}
          </Box>
          {label}
        </Typography>
        {detail && (
          <Typography variant="body2" color="text.secondary">
            {detail}
          </Typography>
        )}
      </CardContent>
    </CardActionArea>
  </Card>
);

const Group = ({ id, title, children }: { id: string; title: string; children: ReactNode }) => (
  <Box component="section" aria-labelledby={id}>
    <Typography id={id} component="h2" variant="h6" sx={{ mb: 1 }}>
      {title}
    </Typography>
    <Box component="ul" sx={{ m: 0, p: 0, display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))' }}>
      {children}
    </Box>
  </Box>
);

export const MyDashboard = () => {
  const t = useT();
  const dataProvider = useConsoleDataProvider();
  const { data, isPending, error } = useQuery({ queryKey: ['rsa', 'indicators'], queryFn: () => dataProvider.dashboardIndicators() });
  const renewal = data?.alerts.find((a) => a.id === 'cer-renewal');
  return (
    <Box sx={{ display: 'grid', gap: 3, py: 2 }}>
      <Title title={t('rsa.dashboard.title')} />
      <Typography component="h1" variant="h4">
        {t('rsa.dashboard.title')}
      </Typography>
      <Typography>{t('rsa.dashboard.intro')}</Typography>
      {isPending ? (
        <Skeleton height={240} />
      ) : error || !data ? (
        <Typography>{t('rsa.home.unavailable')}</Typography>
      ) : (
        <>
          <Group id="indicators-caseload" title={data.mine ? t('rsa.dashboard.caseload_mine') : t('rsa.dashboard.caseload_perimeter')}>
            <Tile to="/beneficiaries" label={data.mine ? t('rsa.dashboard.caseload_mine') : t('rsa.dashboard.caseload_perimeter')} value={data.caseload} />
            <Tile to="/mouvements/entries" label={t('rsa.dashboard.entries')} value={data.entries} detail={t('rsa.dashboard.month', { from: formatDate(data.month.from), to: formatDate(data.month.to) })} />
            <Tile to="/mouvements/exits" label={t('rsa.dashboard.exits')} value={data.exits} detail={t('rsa.dashboard.month', { from: formatDate(data.month.from), to: formatDate(data.month.to) })} />
          </Group>
          <Group id="indicators-cers" title={t('rsa.dashboard.cers')}>
            {data.cersAwaiting !== null && <Tile to="/cers-en-attente" label={t('rsa.dashboard.cers_awaiting')} value={data.cersAwaiting} />}
            {renewal && <Tile to="/alerts/cer-renewal" label={t('rsa.dashboard.cers_expiring')} value={renewal.count} />}
            {data.cers.map((c) => (
              <Tile key={c.state} to={`/cers-par-etat/${c.state}`} label={c.label} value={c.count} />
            ))}
          </Group>
          <Group id="indicators-alerts" title={t('rsa.dashboard.alerts')}>
            {data.alerts.map((a) => (
              <Tile key={a.id} to={`/alerts/${a.id}`} label={a.title} value={a.count} />
            ))}
          </Group>
        </>
      )}
    </Box>
  );
};
