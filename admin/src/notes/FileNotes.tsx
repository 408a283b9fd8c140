// Notes of a file (F12): public, private (author only) or attributed to a named colleague.
// Closing keeps the note but takes it out of alerts and widgets.
import { useState } from 'react';
import { Box, Button, Card, CardActions, CardContent, MenuItem, TextField, Typography } from '@mui/material';
import { useGetList } from 'react-admin';
import { useConsoleDataProvider } from '../data/data-provider';
import { useFileOperation } from '../data/use-file-operation';
import { formatDateTime } from '@rsa/vocabulary';
import { UserPicker } from '../assignments/UserPicker';

type Note = {
  id: number;
  text: string;
  visibility: 'public' | 'private' | 'assigned';
  author: { login: string; name: string };
  assignedTo: { login: string; name: string } | null;
  closed: boolean;
  createdAt: string;
};

const VISIBILITY = { public: 'Publique', private: 'Privée', assigned: 'Attribuée' } as const;

export const FileNotes = ({ beneficiaryId, mayWrite, viewerLogin }: { beneficiaryId: number; mayWrite: boolean; viewerLogin: string }) => {
  const dataProvider = useConsoleDataProvider();
  const { data = [], refetch } = useGetList<Note>('notes', {
    filter: { beneficiary: beneficiaryId },
    pagination: { page: 1, perPage: 200 },
    sort: { field: 'createdAt', order: 'DESC' },
  });
  const [text, setText] = useState('');
  const [visibility, setVisibility] = useState<Note['visibility']>('public');
  const [assignedTo, setAssignedTo] = useState('');
  const add = useFileOperation(
    () =>
      dataProvider.addNote({
        beneficiary: beneficiaryId,
        text: text.trim(),
        visibility,
        assignedTo: visibility === 'assigned' ? assignedTo : null,
      }),
    'Note enregistrée.',
    () => {
      setText('');
      void refetch();
    },
  );
  const close = useFileOperation(
    (id: number) => dataProvider.closeNote(id),
    'Note clôturée.',
    () => void refetch(),
  );
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      {mayWrite && (
        <Box
          component="form"
          onSubmit={(e) => {
            e.preventDefault();
            add.mutate(undefined);
          }}
          sx={{ display: 'grid', gap: 1.5, maxWidth: 720 }}
        >
          <TextField
            id="note-text"
            label="Nouvelle note"
            multiline
            minRows={3}
            value={text}
            onChange={(e) => setText(e.target.value)}
            required
          />
          <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
            <TextField
              id="note-visibility"
              select
              label="Visibilité"
              value={visibility}
              onChange={(e) => setVisibility(e.target.value as Note['visibility'])}
              sx={{ minWidth: 180 }}
            >
              {Object.entries(VISIBILITY).map(([id, label]) => (
                <MenuItem key={id} value={id}>
                  {label}
                </MenuItem>
              ))}
            </TextField>
            {visibility === 'assigned' && (
              <Box sx={{ minWidth: 300 }}>
                <UserPicker id="note-assigned-to" label="Attribuée à" value={assignedTo} onChange={setAssignedTo} />
              </Box>
            )}
            <Button
              type="submit"
              variant="contained"
              disabled={!text.trim() || (visibility === 'assigned' && !assignedTo) || add.isPending}
            >
              Ajouter la note
            </Button>
          </Box>
        </Box>
      )}
      {data.length === 0 ? (
        <Typography>Aucune note.</Typography>
      ) : (
        data.map((note) => (
          <Card key={note.id} variant="outlined" sx={{ opacity: note.closed ? 0.75 : 1 }}>
            <CardContent>
              <Typography variant="body2" color="text.secondary">
                {formatDateTime(note.createdAt)} · {note.author.name} · {VISIBILITY[note.visibility]}
                {note.assignedTo ? ` à ${note.assignedTo.name}` : ''}
                {note.closed ? ' · clôturée' : ''}
              </Typography>
              <Typography sx={{ whiteSpace: 'pre-wrap' }}>{note.text}</Typography>
            </CardContent>
            {!note.closed && (note.author.login === viewerLogin || note.assignedTo?.login === viewerLogin) && (
              <CardActions>
                <Button size="small" onClick={() => close.mutate(note.id)}>
                  Clôturer
                </Button>
              </CardActions>
            )}
          </Card>
        ))
      )}
    </Box>
  );
};
