// Saved searches (F3) and search history of the beneficiary list: « Enregistrer la recherche… »
// names the current criteria; « Recherches » lists the user's saved searches (reapply, rename,
// delete — the server keeps them to their owner) and the last searches (reapply).
import { useState } from 'react';
import {
  Box,
  Button,
  Dialog,
  DialogContent,
  DialogTitle,
  IconButton,
  List as MuiList,
  ListItem,
  ListItemButton,
  ListItemText,
  Tooltip,
  Typography,
} from '@mui/material';
import BookmarkAddIcon from '@mui/icons-material/BookmarkAddOutlined';
import BookmarksIcon from '@mui/icons-material/BookmarksOutlined';
import EditIcon from '@mui/icons-material/EditOutlined';
import DeleteIcon from '@mui/icons-material/DeleteOutline';
import { formatDateTime } from '@rsa/vocabulary';
import { useCreate, useDelete, useGetList, useListContext, useNotify, useUpdate } from 'react-admin';
import { useT } from '../i18n/use-t';
import { describeFilter } from './describe-filter';
import { NameDialog } from './NameDialog';
import { useFilterLookups } from './use-filter-lookups';

export type SavedSearch = { id: number; name: string; filter: Record<string, unknown>; createdAt: string | null };
export type HistoryEntry = { id: number; filter: Record<string, unknown>; searchedAt: string | null };

/** The criteria worth saving: everything but the default « recently consulted » and empty values. */
export const criteriaOf = (filter: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(filter).filter(([key, value]) => key !== 'recent' && value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0)),
  );

/** Reapplies criteria and shows their inputs (react-admin's displayed filters). */
const useApplyFilter = () => {
  const { setFilters } = useListContext();
  return (filter: Record<string, unknown>) => setFilters(filter, Object.fromEntries(Object.keys(filter).map((k) => [k, true])), false);
};

export const SaveSearchButton = () => {
  const t = useT();
  const notify = useNotify();
  const { filterValues } = useListContext();
  const [open, setOpen] = useState(false);
  const [create] = useCreate();
  const criteria = criteriaOf(filterValues);
  const empty = Object.keys(criteria).length === 0;
  return (
    <>
      <Tooltip title={empty ? t('rsa.list.saved.nothing_to_save') : ''}>
        <span>
          <Button size="small" startIcon={<BookmarkAddIcon />} onClick={() => setOpen(true)} disabled={empty}>
            {t('rsa.list.saved.save')}
          </Button>
        </span>
      </Tooltip>
      <NameDialog
        open={open}
        title={t('rsa.list.saved.save_title')}
        label={t('rsa.list.saved.name')}
        onClose={() => setOpen(false)}
        onSave={async (name) => {
          await create('saved-searches', { data: { name, filter: criteria } }, { returnPromise: true });
          notify(t('rsa.list.saved.saved', { name }), { type: 'success' });
        }}
      />
    </>
  );
};

export const SavedSearchesButton = () => {
  const t = useT();
  const notify = useNotify();
  const apply = useApplyFilter();
  const [open, setOpen] = useState(false);
  const [renaming, setRenaming] = useState<SavedSearch | null>(null);
  const { data: saved = [], refetch } = useGetList<SavedSearch>('saved-searches', { pagination: { page: 1, perPage: 200 }, sort: { field: 'name', order: 'ASC' } }, { enabled: open });
  const { data: history = [] } = useGetList<HistoryEntry>('search-history', { pagination: { page: 1, perPage: 20 } }, { enabled: open });
  const lookups = useFilterLookups([...saved.map((s) => s.filter), ...history.map((h) => h.filter)]);
  const [update] = useUpdate();
  const [remove] = useDelete();
  const describe = (filter: Record<string, unknown>) => describeFilter(filter, t, lookups).join(' · ') || t('rsa.list.describe.empty');
  const choose = (filter: Record<string, unknown>) => {
    apply(filter);
    setOpen(false);
  };

  return (
    <>
      <Button size="small" startIcon={<BookmarksIcon />} onClick={() => setOpen(true)} aria-haspopup="dialog">
        {t('rsa.list.saved.menu')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="saved-searches-title" fullWidth maxWidth="md">
        <DialogTitle id="saved-searches-title">{t('rsa.list.saved.menu')}</DialogTitle>
        <DialogContent>
          <Typography component="h3" variant="subtitle2" id="saved-searches-mine" sx={{ mt: 1 }}>
            {t('rsa.list.saved.mine')}
          </Typography>
          <MuiList dense aria-labelledby="saved-searches-mine">
            {saved.length === 0 && (
              <ListItem>
                <ListItemText secondary={t('rsa.list.saved.none')} />
              </ListItem>
            )}
            {saved.map((s) => (
              <ListItem
                key={s.id}
                disablePadding
                secondaryAction={
                  <Box>
                    <IconButton aria-label={t('rsa.list.saved.rename', { name: s.name })} onClick={() => setRenaming(s)} size="small">
                      <EditIcon fontSize="small" />
                    </IconButton>
                    <IconButton
                      aria-label={t('rsa.list.saved.delete', { name: s.name })}
                      size="small"
                      onClick={() =>
                        remove(
                          'saved-searches',
                          { id: s.id, previousData: s },
                          
                          { mutationMode: 'pessimistic', onSuccess: () => notify(t('rsa.list.saved.deleted', { name: s.name }), { type: 'info' }), onError: (e) => notify((e as Error).message, { type: 'error' }) },
                        )
                      }
                    >
                      <DeleteIcon fontSize="small" />
                    </IconButton>
                  </Box>
                }
              >
                <ListItemButton onClick={() => choose(s.filter)} title={t('rsa.list.saved.apply', { name: s.name })} sx={{ pr: 12 }}>
                  <ListItemText primary={s.name} secondary={describe(s.filter)} />
                </ListItemButton>
              </ListItem>
            ))}
          </MuiList>
          <Typography component="h3" variant="subtitle2" id="saved-searches-history" sx={{ mt: 2 }}>
            {t('rsa.list.saved.history')}
          </Typography>
          <MuiList dense aria-labelledby="saved-searches-history">
            {history.length === 0 && (
              <ListItem>
                <ListItemText secondary={t('rsa.list.saved.history_none')} />
              </ListItem>
            )}
            {history.map((h) => (
              <ListItem key={h.id} disablePadding>
                <ListItemButton onClick={() => choose(h.filter)}>
                  <ListItemText primary={describe(h.filter)} secondary={formatDateTime(h.searchedAt)} />
                </ListItemButton>
              </ListItem>
            ))}
          </MuiList>
        </DialogContent>
      </Dialog>
      <NameDialog
        open={renaming !== null}
        title={t('rsa.list.saved.rename_title')}
        label={t('rsa.list.saved.name')}
        initialName={renaming?.name}
        onClose={() => setRenaming(null)}
        onSave={async (name) => {
          if (!renaming) return;
          await update('saved-searches', { id: renaming.id, data: { name }, previousData: renaming }, { mutationMode: 'pessimistic', returnPromise: true });
          await refetch();
          notify(t('rsa.list.saved.renamed', { name }), { type: 'success' });
        }}
      />
    </>
  );
};
