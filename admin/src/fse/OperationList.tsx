// Opérations FSE: period, operator, budget line and FSE offers; the gestionnaire FSE creates and
// edits them (the CMS admin panel edits the same content).
import { Create, Datagrid, DateInput, Edit, FunctionField, List, ReferenceArrayInput, AutocompleteArrayInput, required, SimpleForm, TextField, TextInput } from 'react-admin';
import { formatDate } from '@rsa/vocabulary';
import type { Convention } from './fse.type';

type Operation = { id: number; start: string; end: string; offers: Array<{ id: number; title: string }> };

export const OperationList = () => (
  <List exporter={false} sort={{ field: 'start', order: 'DESC' }}>
    <Datagrid bulkActionButtons={false} rowClick="edit">
      <TextField source="code" />
      <TextField source="name" />
      <FunctionField<Operation> source="start" render={(o) => formatDate(o.start)} />
      <FunctionField<Operation> source="end" render={(o) => formatDate(o.end)} />
      <TextField source="operatorName" />
      <TextField source="budgetLine" />
      <FunctionField<Operation> source="offers" sortable={false} render={(o) => o.offers.map((f) => f.title).join(', ')} />
    </Datagrid>
  </List>
);

// The form edits offer ids; the API answers offers as { id, title }.
const toForm = (record: Operation & Record<string, unknown>) => ({ ...record, offers: record.offers.map((o) => o.id) });

const OperationForm = () => (
  <SimpleForm>
    <TextInput source="code" validate={required()} />
    <TextInput source="name" validate={required()} fullWidth />
    <DateInput source="start" validate={required()} />
    <DateInput source="end" validate={required()} />
    <TextInput source="operator" />
    <TextInput source="budgetLine" />
    <ReferenceArrayInput source="offers" reference="offers">
      <AutocompleteArrayInput optionText="title" />
    </ReferenceArrayInput>
  </SimpleForm>
);

export const OperationCreate = () => (
  <Create redirect="list">
    <OperationForm />
  </Create>
);

export const OperationEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list" queryOptions={{ select: (r: Operation & Record<string, unknown>) => toForm(r) as unknown as Operation & Record<string, unknown> }}>
    <OperationForm />
  </Edit>
);

export type { Convention };
