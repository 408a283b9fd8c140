// Selections of files (F3) in the beneficiary list: the files ticked in the list (react-admin's
// bulk selection) are exported to Excel at once or saved under a name on the server; « Sélections »
// lists the saved ones (show in the list, export, delete). Batch actions of other modules
// (positionnements, collective appointment, letters) start from a saved selection's id.
import { useState } from 'react';
import { Alert, Box, Button, Dialog, DialogContent, DialogTitle, IconButton, List as MuiList, ListItem, ListItemButton, ListItemText } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import SaveIcon from '@mui/icons-material/PlaylistAdd';
import ChecklistIcon from '@mui/icons-material/Checklist';
import DeleteIcon from '@mui/icons-material/DeleteOutline';
import { useCreate, useDelete, useGetList, useListContext, useNotify } from 'react-admin';
import { useConsoleDataProvider } from '../data/data-provider';
import { useT } from '../i18n/use-t';
import { NameDialog } from '../saved-searches/NameDialog';
import { criteriaOf } from '../saved-searches/SavedSearchesButton';
import { MergeButton } from '../documents/MergeButton';
import { SelectionOfferActions } from '../offers/SelectionOfferActions';

export type FileSelection = { id: number; name: string; beneficiaries: number[]; count: number; createdAt: string | null };

const useExport = () => {
  const t = useT();
  const notify = useNotify();
  const dataProvider = useConsoleDataProvider();
  const [busy, setBusy] = useState(false);
  const run = async (filter: Record<string, unknown>, sort?: { field: string; order: string }) => {
    setBusy(true);
    try {
      const name = await dataProvider.exportBeneficiaries(filter, sort);
      notify(t('rsa.list.selection.exported', { name }), { type: 'success' });
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
};

/** Bulk action: the ticked files to Excel. */
export const ExportSelectionButton = () => {
  const t = useT();
  const { selectedIds, sort } = useListContext();
  const { busy, run } = useExport();
  return (
    <Button size="small" startIcon={<DownloadIcon />} disabled={busy} onClick={() => run({ id: selectedIds }, sort)}>
      {t('rsa.list.selection.export')}
    </Button>
  );
};

/** Bulk action: the ticked files saved under a name. */
export const SaveSelectionButton = () => {
  const t = useT();
  const notify = useNotify();
  const { selectedIds, onUnselectItems } = useListContext();
  const [open, setOpen] = useState(false);
  const [create] = useCreate();
  return (
    <>
      <Button size="small" startIcon={<SaveIcon />} onClick={() => setOpen(true)}>
        {t('rsa.list.selection.save')}
      </Button>
      <NameDialog
        open={open}
        title={t('rsa.list.selection.save_title')}
        label={t('rsa.list.selection.name')}
        onClose={() => setOpen(false)}
        onSave={async (name) => {
          const saved = (await create('file-selections', { data: { name, ids: selectedIds } }, { returnPromise: true })) as FileSelection | undefined;
          notify(t('rsa.list.selection.saved', { name, smart_count: saved?.count ?? selectedIds.length }), { type: 'success' });
          onUnselectItems();
        }}
      />
    </>
  );
};

export const SelectionBulkActions = () => (
  <>
    <SaveSelectionButton />
    <ExportSelectionButton />
  </>
);

/** The whole list as it is filtered now, to Excel (the server refuses beyond its limit). */
export const ExportListButton = () => {
  const t = useT();
  const { filterValues, sort, total } = useListContext();
  const { busy, run } = useExport();
  return (
    <Button size="small" startIcon={<DownloadIcon />} disabled={busy || !total} onClick={() => run(criteriaOf(filterValues), sort)}>
      {t('rsa.list.selection.export_all')}
    </Button>
  );
};

export const SelectionsButton = () => {
  const t = useT();
  const notify = useNotify();
  const { setFilters } = useListContext();
  const [open, setOpen] = useState(false);
  const { data: selections = [] } = useGetList<FileSelection>('file-selections', { pagination: { page: 1, perPage: 200 }, sort: { field: 'name', order: 'ASC' } }, { enabled: open });
  const [remove] = useDelete();
  const { busy, run } = useExport();
  return (
    <>
      <Button size="small" startIcon={<ChecklistIcon />} onClick={() => setOpen(true)} aria-haspopup="dialog">
        {t('rsa.list.selection.menu')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="selections-title" fullWidth maxWidth="sm">
        <DialogTitle id="selections-title">{t('rsa.list.selection.mine')}</DialogTitle>
        <DialogContent>
          <MuiList dense aria-labelledby="selections-title">
            {selections.length === 0 && (
              <ListItem>
                <ListItemText secondary={t('rsa.list.selection.none')} />
              </ListItem>
            )}
            {selections.map((s) => (
              <ListItem
                key={s.id}
                disablePadding
                secondaryAction={
                  <Box>
                    <IconButton aria-label={`${t('rsa.list.selection.export')} – ${s.name}`} disabled={busy} onClick={() => run({ selection: s.id })} size="small">
                      <DownloadIcon fontSize="small" />
                    </IconButton>
                    <IconButton
                      aria-label={t('rsa.list.selection.delete', { name: s.name })}
                      size="small"
                      onClick={() =>
                        remove(
                          'file-selections',
                          { id: s.id, previousData: s },
                          { mutationMode: 'pessimistic', onSuccess: () => notify(t('rsa.list.selection.deleted', { name: s.name }), { type: 'info' }), onError: (e) => notify((e as Error).message, { type: 'error' }) },
                        )
                      }
                    >
                      <DeleteIcon fontSize="small" />
                    </IconButton>
                  </Box>
                }
              >
                <ListItemButton
                  sx={{ pr: 12 }}
                  onClick={() => {
                    setFilters({ selection: s.id }, {}, false);
                    setOpen(false);
                  }}
                >
                  <ListItemText primary={t('rsa.list.selection.open', { name: s.name, smart_count: s.count })} />
                </ListItemButton>
              </ListItem>
            ))}
          </MuiList>
        </DialogContent>
      </Dialog>
    </>
  );
};

/** Shown while the list shows a saved selection: which one, and the way back. */
export const SelectionBanner = () => {
  const t = useT();
  const { filterValues, setFilters } = useListContext();
  const { data: selections = [] } = useGetList<FileSelection>('file-selections', { pagination: { page: 1, perPage: 200 } }, { enabled: filterValues.selection !== undefined });
  if (filterValues.selection === undefined) return null;
  const selection = selections.find((s) => s.id === Number(filterValues.selection));
  return (
    <Alert
      severity="info"
      sx={{ mx: 2, mt: 1 }}
      action={
        <Box sx={{ display: 'flex', gap: 1 }}>
          {/* Batches of other modules on this saved selection: A5 convocations (each person to
              their own next appointment), offers (positionnements, events). */}
          <MergeButton mode="batch" path="/convocation-batches" extra={{ selection: Number(filterValues.selection) }} />
          <SelectionOfferActions selection={Number(filterValues.selection)} />
          <Button color="inherit" size="small" onClick={() => setFilters({}, {}, false)}>
            {t('rsa.list.describe.empty')}
          </Button>
        </Box>
      }
    >
      {selection ? `${t('rsa.list.facets.selection')} « ${selection.name} »` : t('rsa.list.describe.selection', { value: String(filterValues.selection) })}
    </Alert>
  );
};
