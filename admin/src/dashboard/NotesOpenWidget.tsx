// « Notes en cours » (F12, R2): the open notes I wrote or that were attributed to me, newest
// first, each opening its file; closing a note (from the file) takes it off.
import { Link as RouterLink } from 'react-router-dom';
import { List, ListItem, ListItemButton, ListItemText, Skeleton, Typography } from '@mui/material';
import StickyNote2Icon from '@mui/icons-material/StickyNote2';
import { useGetIdentity, useGetList } from 'react-admin';
import { formatDate } from '@rsa/vocabulary';
import { useT } from '../i18n/use-t';
import { WidgetCard } from './WidgetCard';

type OpenNote = {
  id: number;
  beneficiary: number;
  file?: { fileNumber: string; lastName?: string; firstName?: string };
  author: { login: string; name: string };
  text: string;
  createdAt: string | null;
};

const SHOWN = 5;
const EXCERPT = 90;

export const NotesOpenWidget = () => {
  const t = useT();
  const { identity } = useGetIdentity();
  const { data, total, isPending, error } = useGetList<OpenNote>('notes', { filter: { mine: true, open: true }, pagination: { page: 1, perPage: SHOWN } });
  return (
    <WidgetCard id="notes-open" title={t('rsa.widgets.notes_title')} icon={<StickyNote2Icon color="primary" aria-hidden="true" />}>
      {isPending ? (
        <Skeleton height={120} />
      ) : error ? (
        <Typography>{t('rsa.home.unavailable')}</Typography>
      ) : data.length === 0 ? (
        <Typography>{t('rsa.widgets.notes_none')}</Typography>
      ) : (
        <>
          <List dense disablePadding>
            {data.map((note) => (
              <ListItem key={note.id} disablePadding>
                <ListItemButton component={RouterLink} to={`/beneficiaries/${note.beneficiary}/show`}>
                  <ListItemText
                    primary={`${note.file?.lastName ?? ''} ${note.file?.firstName ?? ''} (${note.file?.fileNumber ?? ''}) — ${note.text.length > EXCERPT ? `${note.text.slice(0, EXCERPT - 1)}…` : note.text}`}
                    secondary={`${formatDate(note.createdAt)} · ${note.author.login === identity?.login ? t('rsa.widgets.notes_mine') : t('rsa.widgets.notes_assigned', { author: note.author.name })}`}
                  />
                </ListItemButton>
              </ListItem>
            ))}
          </List>
          {total !== undefined && total > SHOWN && <Typography variant="body2">{t('rsa.widgets.notes_all', { smart_count: total })}</Typography>}
        </>
      )}
    </WidgetCard>
  );
};
