// The conflicts the old tool let through (gestionnaire FSE): FSE étapes of one person over the
// same days, étapes with dates outside their operation. New ones are refused at entry.
import { Datagrid, FunctionField, List, TextField } from 'react-admin';
import { formatDate } from '@rsa/vocabulary';
import { useT } from '../i18n/use-t';

type Step = { id: number; offerTitle: string; start: string | null; end: string | null } | null;
type Conflict = { id: number; step: Step; otherStep: Step };

export const ConflictList = () => {
  const t = useT();
  const show = (s: Step) => (s ? t('rsa.fse.step', { title: s.offerTitle, period: t('rsa.fse.period', { start: formatDate(s.start), end: formatDate(s.end) }) }) : '');
  return (
    <List exporter={false} pagination={false}>
      <Datagrid bulkActionButtons={false} rowClick={false} empty={<p>{t('rsa.fse.no_conflict')}</p>}>
        <TextField source="kindLabel" />
        <TextField source="beneficiaryName" />
        <TextField source="fileNumber" />
        <FunctionField<Conflict> source="step" sortable={false} render={(c) => show(c.step)} />
        <FunctionField<Conflict> source="otherStep" sortable={false} render={(c) => show(c.otherStep)} />
      </Datagrid>
    </List>
  );
};
