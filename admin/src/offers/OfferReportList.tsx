// Report per offer (positionnements, acceptances, refusals, ends, fill rate, outcomes) with its
// Excel export: an opérateur's offers, every offer for cadres and siège.
import { Button } from '@mui/material';
import { Datagrid, FunctionField, List, NumberField, TextField, TopToolbar, useNotify } from 'react-admin';
import { useConsoleDataProvider } from '../data/data-provider';
import { useT } from '../i18n/use-t';
import { percent } from './offer.type';

const Actions = () => {
  const t = useT();
  const dataProvider = useConsoleDataProvider();
  const notify = useNotify();
  return (
    <TopToolbar>
      <Button onClick={() => dataProvider.downloadOfferReport().catch((e: Error) => notify(e.message, { type: 'error' }))}>{t('rsa.offers.export')}</Button>
    </TopToolbar>
  );
};

export const OfferReportList = () => {
  const t = useT();
  return (
    <List title={t('rsa.offers.report_title')} actions={<Actions />} exporter={false} pagination={false} perPage={500} sort={{ field: 'title', order: 'ASC' }} storeKey="offer-reports">
      <Datagrid bulkActionButtons={false} rowClick={false}>
        <TextField source="title" />
        <TextField source="operatorName" />
        <NumberField source="positionnements" />
        <NumberField source="waiting" />
        <NumberField source="accepted" />
        <NumberField source="refused" />
        <NumberField source="ended" />
        <FunctionField<{ fillRate: number | null }> source="fillRate" render={(r) => percent(r.fillRate, t('rsa.offers.no_limit'))} />
        <TextField source="outcomes" />
      </Datagrid>
    </List>
  );
};
