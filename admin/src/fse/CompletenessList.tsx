// Completeness per operation or per operator (gestionnaire FSE): how many conventions, how many
// questionnaires to enter, the rate of complete ones.
import { Datagrid, List, NumberField, SelectInput, TextField } from 'react-admin';
import { useT } from '../i18n/use-t';

export const CompletenessList = () => {
  const t = useT();
  const filters = [<SelectInput key="by" source="by" alwaysOn choices={[{ id: 'operation', name: t('rsa.fse.by_operation') }, { id: 'operator', name: t('rsa.fse.by_operator') }]} />];
  return (
    <List filters={filters} filterDefaultValues={{ by: 'operation' }} exporter={false} pagination={false}>
      <Datagrid bulkActionButtons={false} rowClick={false}>
        <TextField source="label" />
        <NumberField source="conventions" />
        <NumberField source="entryMissing" />
        <NumberField source="exitMissing" />
        <NumberField source="exitPending" />
        <NumberField source="complete" />
        <NumberField source="rate" />
      </Datagrid>
    </List>
  );
};
