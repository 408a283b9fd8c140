// « Annuler la sortie » (F7): a secretariat or a cadre clears the end date of the latest
// référent de parcours assignment, giving the référent their file back.
import { useState } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import UndoIcon from '@mui/icons-material/Undo';
import { useConsoleDataProvider } from '../data/data-provider';
import { useFileOperation } from '../data/use-file-operation';
import { formatDate } from '@rsa/vocabulary';
import type { Assignment } from '../beneficiaries/beneficiary.type';

export const CancelExitButton = ({ assignment }: { assignment: Assignment }) => {
  const dataProvider = useConsoleDataProvider();
  const [open, setOpen] = useState(false);
  const operation = useFileOperation(
    () => dataProvider.cancelCaseloadExit(assignment.id),
    'Sortie de file active annulée.',
    () => setOpen(false),
  );
  return (
    <>
      <Button variant="outlined" startIcon={<UndoIcon />} onClick={() => setOpen(true)}>
        Annuler la sortie
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="cancel-exit-title" aria-describedby="cancel-exit-text">
        <DialogTitle id="cancel-exit-title">Annuler la sortie de file active</DialogTitle>
        <DialogContent>
          <DialogContentText id="cancel-exit-text">
            La sortie du {formatDate(assignment.end)} de {assignment.name} sera effacée : le dossier revient dans sa file active.
          </DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>Ne pas annuler</Button>
          <Button variant="contained" disabled={operation.isPending} onClick={() => operation.mutate(undefined)}>
            Annuler la sortie
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
};
