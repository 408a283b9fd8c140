// Participants FSE (conventions): the gestionnaire FSE sees every one, the référent FSE those of
// their files, the opérateur those of their offers; red / green pastilles per questionnaire, a
// filter on the questionnaires to chase, the Excel export of participants and indicators.
import { BooleanInput, Button, Datagrid, FunctionField, List, ReferenceInput, SelectInput, TextField, TextInput, TopToolbar, useCanAccess, useListContext, useNotify } from 'react-admin';
import DownloadIcon from '@mui/icons-material/Download';
import { formatDate } from '@rsa/vocabulary';
import { useT } from '../i18n/use-t';
import { StatusBadge } from './StatusBadge';
import { fseMethods } from './fse-methods';
import type { Convention } from './fse.type';

const filters = [
  <TextInput key="q" source="q" alwaysOn resettable />,
  <ReferenceInput key="operation" source="operation" reference="fse-operations" alwaysOn>
    <SelectInput optionText="name" />
  </ReferenceInput>,
  <BooleanInput key="missing" source="missing" alwaysOn />,
];

const ExportButton = () => {
  const t = useT();
  const notify = useNotify();
  const { filterValues } = useListContext();
  return (
    <Button label={t('rsa.fse.export')} onClick={() => void fseMethods.exportParticipants(filterValues).catch((e: Error) => notify(e.message, { type: 'error' }))}>
      <DownloadIcon />
    </Button>
  );
};

const Actions = () => {
  const mayExport = useCanAccess({ action: 'export', resource: 'fse-conventions' }).canAccess === true;
  return <TopToolbar>{mayExport && <ExportButton />}</TopToolbar>;
};

export const ConventionList = () => {
  const t = useT();
  return (
    <List filters={filters} actions={<Actions />} exporter={false} sort={{ field: 'beneficiaryName', order: 'ASC' }} storeKey="fse.conventions">
      <Datagrid bulkActionButtons={false} rowClick="show" empty={<p>{t('rsa.fse.empty')}</p>}>
        <TextField source="beneficiaryName" />
        <TextField source="fileNumber" />
        <TextField source="offerTitle" />
        <TextField source="operationCode" />
        <TextField source="operatorName" />
        <FunctionField<Convention> source="realStart" render={(c) => formatDate(c.realStart)} />
        <FunctionField<Convention> source="realEnd" render={(c) => (c.realEnd ? formatDate(c.realEnd) : t('rsa.fse.in_progress'))} />
        <FunctionField<Convention> source="entryStatus" render={(c) => <StatusBadge status={c.entryStatus} label={t('rsa.fse.entry')} />} />
        <FunctionField<Convention> source="exitStatus" render={(c) => <StatusBadge status={c.exitStatus} label={t('rsa.fse.exit')} />} />
      </Datagrid>
    </List>
  );
};
