// The alert filter (R1): dispositif and situation (file active / sortis / tous), remembered on the
// server and applied to every file alert of the user; changing it refreshes the alerts at once.
import { Box, Typography } from '@mui/material';
import { Form, required, SelectInput, useNotify } from 'react-admin';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useConsoleDataProvider } from '../data/data-provider';
import type { AlertFilter, Situation } from '../data/infocentre-methods';
import { useT } from '../i18n/use-t';

export const ALERT_FILTER_KEY = ['rsa', 'alert-filter'] as const;

/** Every alert count and row list is computed under the filter: refetch them all. */
const isAlertQuery = (key: readonly unknown[]): boolean =>
  key[0] === 'alerts' || (typeof key[0] === 'string' && key[0].startsWith('alert-rows/')) || (key[0] === 'rsa' && key[1] === 'indicators');

export const AlertFilterBar = () => {
  const t = useT();
  const notify = useNotify();
  const dataProvider = useConsoleDataProvider();
  const queryClient = useQueryClient();
  const { data } = useQuery({ queryKey: ALERT_FILTER_KEY, queryFn: () => dataProvider.alertFilter() });
  const save = useMutation({
    mutationFn: (filter: AlertFilter) => dataProvider.setAlertFilter(filter),
    onSuccess: async (saved) => {
      queryClient.setQueryData(ALERT_FILTER_KEY, saved);
      await queryClient.invalidateQueries({ predicate: (q) => isAlertQuery(q.queryKey) });
      notify('rsa.alerts.filter_saved', { type: 'info' });
    },
    onError: (e: unknown) => notify(e instanceof Error ? e.message : String(e), { type: 'error' }),
  });
  if (!data) return null;
  const situations: Situation[] = ['file_active', 'sortis', 'tous'];
  return (
    <Box component="section" aria-labelledby="alert-filter-title" sx={{ p: 2, border: 1, borderColor: 'divider', borderRadius: 1 }}>
      <Typography id="alert-filter-title" component="h2" variant="subtitle1" sx={{ fontWeight: 600 }}>
        {t('rsa.alerts.filter_title')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {t('rsa.alerts.filter_help')}
      </Typography>
      <Form record={data} onSubmit={() => undefined} key={`${data.programme}-${data.situation}`}>
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', mt: 1 }}>
          <SelectInput
            source="programme"
            label={t('rsa.alerts.programme')}
            choices={[{ id: 'accompagnement_rsa', name: t('rsa.alerts.programme_rsa') }]}
            validate={required()}
            helperText={false}
            fullWidth={false}
            sx={{ minWidth: 260 }}
            disabled={save.isPending}
            onChange={(e) => save.mutate({ ...data, programme: e.target.value as AlertFilter['programme'] })}
          />
          <SelectInput
            source="situation"
            label={t('rsa.alerts.situation')}
            choices={situations.map((id) => ({ id, name: t(`rsa.alerts.situation_${id}`) }))}
            validate={required()}
            helperText={false}
            fullWidth={false}
            sx={{ minWidth: 200 }}
            disabled={save.isPending}
            onChange={(e) => save.mutate({ ...data, situation: e.target.value as Situation })}
          />
        </Box>
      </Form>
    </Box>
  );
};
