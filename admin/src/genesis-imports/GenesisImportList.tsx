// Import history (G1): every run with its counts, the running one with its progress.
import { Datagrid, FunctionField, List, NumberField, SelectInput, TextField, useListContext } from 'react-admin';
import { formatDate, formatDateTime } from '@rsa/vocabulary';
import type { GenesisImport } from './genesis-import.type';
import { IMPORT_STATUS_LABELS, durationText } from './import-labels';
import { ImportStatusChip } from './ImportStatusChip';
import { ImportProgress } from './ImportProgress';
import { usePollWhileRunning } from './use-poll-while-running';

const filters = [
  <SelectInput
    key="status"
    source="status"
    label="Statut"
    alwaysOn
    choices={Object.entries(IMPORT_STATUS_LABELS).map(([id, name]) => ({ id, name }))}
  />,
];

const RunningRefresher = () => {
  const { data, refetch } = useListContext<GenesisImport>();
  usePollWhileRunning(data?.some((i) => i.status === 'running') ?? false, refetch);
  return null;
};

export const GenesisImportList = () => (
  <List sort={{ field: 'startedAt', order: 'DESC' }} filters={filters} exporter={false}>
    <RunningRefresher />
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="fileName" />
      <FunctionField<GenesisImport> source="extractionDate" render={(r) => formatDate(r.extractionDate)} />
      <FunctionField<GenesisImport>
        source="status"
        render={(r) => (r.status === 'running' ? <ImportProgress rows={r.progress} /> : <ImportStatusChip status={r.status} />)}
      />
      <FunctionField<GenesisImport> source="startedAt" render={(r) => formatDateTime(r.startedAt)} />
      <FunctionField<GenesisImport> source="durationMs" sortable={false} render={(r) => durationText(r.durationMs)} />
      <NumberField source="rows" sortable={false} />
      <NumberField source="created" sortable={false} />
      <NumberField source="updated" sortable={false} />
      <NumberField source="unchanged" sortable={false} />
      <NumberField source="reoriented" sortable={false} />
      <NumberField source="reinstated" sortable={false} />
      <NumberField source="rejected" sortable={false} />
    </Datagrid>
  </List>
);
