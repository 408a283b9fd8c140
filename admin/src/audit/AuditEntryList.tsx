// « Journal d'accès » (FEATURES P5, ACCESS.md): who read, changed or exported which file, when.
// Cadres and siège only; the server decides the rows (their perimeter) and refuses the others.
// Filters: the collaborator (picked from the server's directory), the file number, the kind of
// action and a period in calendar days of Europe/Paris; the newest entries first.
import { Link as RouterLink } from 'react-router-dom';
import { Link } from '@mui/material';
import {
  AutocompleteInput,
  Datagrid,
  DateInput,
  FunctionField,
  List,
  ReferenceInput,
  SelectInput,
  TextInput,
  useCreatePath,
} from 'react-admin';
import { addDays, formatDateTime, profileShortLabels, todayInParis, type Profile } from '@rsa/vocabulary';
import { useT } from '../i18n/use-t';
import { AUDIT_KINDS, auditActionLabel } from './audit-labels';

export type AuditEntry = {
  id: number;
  at: string;
  login: string;
  name: string | null;
  profile: string;
  action: string;
  beneficiary: number | null;
  fileNumber: string | null;
};

type Collaborator = { id: number; login: string; name: string };

const KIND_CHOICES = AUDIT_KINDS.map((kind) => ({ id: kind, name: `rsa.audit.kind.${kind}` }));

const collaboratorText = (u: Collaborator | undefined) => (u ? `${u.name} (${u.login})` : '');

/** A week back from today (Paris): what a cadre looks at first, and a light query on a big journal. */
export const defaultJournalFilter = (today: string = todayInParis()): { from: string } => {
  return { from: addDays(today, -7) };
};

const auditFilters = [
  <ReferenceInput key="user" source="user" reference="users" alwaysOn>
    <AutocompleteInput optionText={collaboratorText} filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 280 }} />
  </ReferenceInput>,
  <TextInput key="fileNumber" source="fileNumber" alwaysOn resettable />,
  <SelectInput key="action" source="action" choices={KIND_CHOICES} alwaysOn />,
  <DateInput key="from" source="from" alwaysOn />,
  <DateInput key="to" source="to" alwaysOn />,
];

const FileLink = ({ entry }: { entry: AuditEntry }) => {
  const createPath = useCreatePath();
  if (entry.beneficiary === null) return <>{entry.fileNumber ?? '—'}</>;
  return (
    <Link component={RouterLink} to={createPath({ resource: 'beneficiaries', id: entry.beneficiary, type: 'show' })}>
      {entry.fileNumber ?? entry.beneficiary}
    </Link>
  );
};

export const AuditEntryList = () => {
  const t = useT();
  return (
    <List
      title={t('rsa.audit.title')}
      filters={auditFilters}
      filterDefaultValues={defaultJournalFilter()}
      sort={{ field: 'at', order: 'DESC' }}
      perPage={50}
      // The journal is consulted, never downloaded as a browser CSV.
      exporter={false}
      storeKey="audit-entries.list"
    >
      <Datagrid bulkActionButtons={false} rowClick={false} empty={<p>{t('rsa.audit.empty')}</p>}>
        <FunctionField<AuditEntry> source="at" render={(e) => formatDateTime(e.at)} />
        <FunctionField<AuditEntry> source="name" sortable={false} render={(e) => (e.name ? `${e.name} (${e.login})` : e.login)} />
        <FunctionField<AuditEntry>
          source="profile"
          sortable={false}
          render={(e) => profileShortLabels(e.profile.split(',').filter(Boolean) as Profile[])}
        />
        <FunctionField<AuditEntry> source="action" sortable={false} render={(e) => auditActionLabel(e.action, t)} />
        <FunctionField<AuditEntry> source="fileNumber" sortable={false} render={(e) => <FileLink entry={e} />} />
      </Datagrid>
    </List>
  );
};
