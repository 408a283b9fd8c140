// « Ajouter un référent d'étape » (F7): temporary access for another collaborator, for urgent
// replacements. The end date is mandatory: the access must stop by itself.
import { useState } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import { useConsoleDataProvider } from '../data/data-provider';
import { useFileOperation } from '../data/use-file-operation';
import { formatDate, isCalendarDate, lastDayOfMonth, todayInParis } from '@rsa/vocabulary';
import { UserPicker } from './UserPicker';
import { CalendarDateInput } from '../layout/CalendarDateInput';

export const StepReferentButton = ({ beneficiaryId }: { beneficiaryId: number }) => {
  const dataProvider = useConsoleDataProvider();
  const today = todayInParis();
  const [open, setOpen] = useState(false);
  const [login, setLogin] = useState('');
  const [start, setStart] = useState(today);
  const [end, setEnd] = useState(lastDayOfMonth(today, 1));
  const datesValid = isCalendarDate(start) && isCalendarDate(end) && end >= start;
  const operation = useFileOperation(
    () => dataProvider.addStepReferent({ beneficiary: beneficiaryId, login, start, end }),
    `Référent d'étape ajouté jusqu’au ${formatDate(end)}.`,
    () => {
      setOpen(false);
      setLogin('');
    },
  );
  return (
    <>
      <Button variant="outlined" startIcon={<PersonAddIcon />} onClick={() => setOpen(true)}>
        Ajouter un référent d'étape
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="step-referent-title" fullWidth maxWidth="sm">
        <DialogTitle id="step-referent-title">Ajouter un référent d'étape</DialogTitle>
        <DialogContent sx={{ display: 'grid', gap: 2, pt: '8px !important' }}>
          <UserPicker id="step-referent-login" label="Référent d'étape" value={login} onChange={setLogin} />
          <CalendarDateInput id="step-referent-start" label="Début" value={start} onChange={setStart} required />
          <CalendarDateInput
            id="step-referent-end"
            label="Fin (obligatoire)"
            value={end}
            onChange={setEnd}
            required
            min={start}
            error={!datesValid}
            helperText={!datesValid ? 'La fin doit suivre le début.' : undefined}
          />
          <Alert severity="info">
            Le référent de parcours reste inchangé ; le référent d'étape a accès au dossier entre ces deux dates.
          </Alert>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>Annuler</Button>
          <Button variant="contained" disabled={!login || !datesValid || operation.isPending} onClick={() => operation.mutate(undefined)}>
            Ajouter
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
};
