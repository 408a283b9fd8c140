// "Gestion / Bénéficiaires" (F1): the files of the user's perimeter, paginated by the server.
// The file number is a real link so the list works with the keyboard, not only row clicks.
import { Link as RouterLink } from 'react-router-dom';
import { Link } from '@mui/material';
import {
  DatagridConfigurable,
  FilterButton,
  FunctionField,
  List,
  SelectColumnsButton,
  TextField,
  TopToolbar,
  usePermissions,
  useCreatePath,
} from 'react-admin';
import type { Profile } from '../auth/can-access';
import { formatDate } from '@rsa/vocabulary';
import type { BeneficiaryListItem } from './beneficiary.type';
import { beneficiaryFilters } from './BeneficiaryFilters';
import { StateChip } from './StateChip';
import { SaveSearchButton, SavedSearchesButton } from '../saved-searches/SavedSearchesButton';
import { ExportListButton, SelectionBanner, SelectionBulkActions, SelectionsButton } from '../file-selections/SelectionButtons';

// Facets to add, the columns shown, the user's saved searches and history, their selections,
// the Excel export. The toolbar wraps rather than widening the page.
const ListActions = () => (
  <TopToolbar sx={{ flexWrap: 'wrap', rowGap: 0.5 }}>
    {/* Saved searches live on the server, their owner's alone: not react-admin's local ones. */}
    <FilterButton disableSaveQuery />
    <SelectColumnsButton preferenceKey={COLUMNS_KEY} />
    <SaveSearchButton />
    <SavedSearchesButton />
    <SelectionsButton />
    <ExportListButton />
  </TopToolbar>
);

const FileNumberLink = ({ record }: { record: BeneficiaryListItem }) => {
  const createPath = useCreatePath();
  return (
    <Link
      component={RouterLink}
      to={createPath({ resource: 'beneficiaries', id: record.id, type: 'show' })}
      onClick={(e) => e.stopPropagation()}
    >
      {record.fileNumber}
    </Link>
  );
};

const COLUMNS_KEY = 'beneficiaries.list.columns';
/** Shown on demand (« Colonnes »): the list then fits a 1366 px laptop screen without scrolling. */
export const HIDDEN_BY_DEFAULT = ['birthName', 'updatedFromGenesisOn'];

export const BeneficiaryList = () => {
  const { permissions } = usePermissions<Profile[]>();
  return (
    <List
      filters={beneficiaryFilters(permissions ?? [])}
      // The files this user consulted last come first (F1); a column header sorts otherwise.
      sort={{ field: 'recent', order: 'DESC' }}
      perPage={25}
      // Exports of personal data go through the server's audited Excel export, not a browser CSV.
      exporter={false}
      storeKey="beneficiaries.list"
      actions={<ListActions />}
    >
      <SelectionBanner />
      {/* Ticked files feed the batch actions (F3): saved as a named selection, exported. */}
      <DatagridConfigurable
        preferenceKey={COLUMNS_KEY}
        omit={HIDDEN_BY_DEFAULT}
        rowClick="show"
        bulkActionButtons={<SelectionBulkActions />}
        // Long names and référents wrap inside their cell instead of widening the table.
        sx={{ '& .RaDatagrid-rowCell, & .RaDatagrid-headerCell': { whiteSpace: 'normal', overflowWrap: 'anywhere' } }}
      >
        <FunctionField<BeneficiaryListItem> source="fileNumber" render={(r) => <FileNumberLink record={r} />} />
        <TextField source="lastName" />
        <TextField source="birthName" sortable={false} />
        <TextField source="firstName" />
        <FunctionField<BeneficiaryListItem> source="birthDate" render={(r) => formatDate(r.birthDate)} />
        <FunctionField<BeneficiaryListItem> source="state" render={(r) => <StateChip state={r.state} />} />
        <FunctionField<BeneficiaryListItem> source="currentReferent" sortable={false} render={(r) => r.currentReferent?.name ?? ''} />
        <FunctionField<BeneficiaryListItem> source="updatedFromGenesisOn" render={(r) => formatDate(r.updatedFromGenesisOn)} />
      </DatagridConfigurable>
    </List>
  );
};
