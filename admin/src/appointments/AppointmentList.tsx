// Appointments as a list: a file's appointments, or the alert « entretiens passés sans synthèse »
// (A8) with the filter withoutSynthesis.
import { BooleanInput, Datagrid, FunctionField, List, TextField } from 'react-admin';
import type { Appointment } from './appointment.type';
import { formatParisLocal } from '@rsa/vocabulary';

const filters = [<BooleanInput key="withoutSynthesis" source="withoutSynthesis" alwaysOn />];

export const AppointmentList = () => (
  <List filters={filters} sort={{ field: 'start', order: 'DESC' }} exporter={false}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <FunctionField<Appointment> source="start" render={(r) => formatParisLocal(r.start)} />
      <TextField source="beneficiaryName" sortable={false} />
      <TextField source="fileNumber" sortable={false} />
      <TextField source="collaboratorName" sortable={false} />
      <TextField source="typeLabel" sortable={false} />
      <TextField source="statusLabel" sortBy="status" />
    </Datagrid>
  </List>
);
