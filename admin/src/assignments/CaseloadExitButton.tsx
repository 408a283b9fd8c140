// « Sortie de file active » (F7): ends the référent de parcours assignment on the last day of
// this month or the next (the old tool's two suggestions), or another date. The warning says
// plainly when access ends, since a référent cannot come back to the file afterwards.
import { useState } from 'react';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormLabel,
  Radio,
  RadioGroup,
} from '@mui/material';
import LogoutIcon from '@mui/icons-material/Logout';
import { useConsoleDataProvider } from '../data/data-provider';
import { useFileOperation } from '../data/use-file-operation';
import { formatDate, isCalendarDate, todayInParis } from '@rsa/vocabulary';
import type { Assignment } from '../beneficiaries/beneficiary.type';
import { suggestedExitDates } from './assignment-rules';
import { CalendarDateInput } from '../layout/CalendarDateInput';

export const CaseloadExitButton = ({ assignment, viewerLogin }: { assignment: Assignment; viewerLogin: string }) => {
  const dataProvider = useConsoleDataProvider();
  const today = todayInParis();
  const [thisMonth, nextMonth] = suggestedExitDates(today);
  const [open, setOpen] = useState(false);
  const [choice, setChoice] = useState<'m' | 'm1' | 'other'>('m');
  const [other, setOther] = useState('');
  const end = choice === 'm' ? thisMonth : choice === 'm1' ? nextMonth : other;
  const valid = isCalendarDate(end) && end >= (assignment.start ?? '');
  const operation = useFileOperation(
    (date: string) => dataProvider.enterCaseloadExit(assignment.id, date),
    `Sortie de file active enregistrée au ${formatDate(end)}.`,
    () => setOpen(false),
  );
  const own = assignment.login === viewerLogin;

  return (
    <>
      <Button variant="outlined" startIcon={<LogoutIcon />} onClick={() => setOpen(true)}>
        Sortie de file active
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="caseload-exit-title" fullWidth maxWidth="sm">
        <DialogTitle id="caseload-exit-title">Sortie de file active</DialogTitle>
        <DialogContent sx={{ display: 'grid', gap: 2 }}>
          <FormControl>
            <FormLabel id="exit-date-label">
              Date de sortie de {own ? 'votre file active' : `la file active de ${assignment.name}`}
            </FormLabel>
            <RadioGroup aria-labelledby="exit-date-label" value={choice} onChange={(e) => setChoice(e.target.value as typeof choice)}>
              <FormControlLabel value="m" control={<Radio />} label={`${formatDate(thisMonth)} (fin du mois)`} />
              <FormControlLabel value="m1" control={<Radio />} label={`${formatDate(nextMonth)} (fin du mois prochain)`} />
              <FormControlLabel value="other" control={<Radio />} label="Autre date" />
            </RadioGroup>
          </FormControl>
          {choice === 'other' && (
            <CalendarDateInput id="exit-other-date" label="Date de sortie" value={other} onChange={setOther} min={assignment.start ?? undefined} required />
          )}
          {valid && (
            <Alert severity="warning" role="status">
              {own
                ? `Après le ${formatDate(end)}, vous n'aurez plus accès à ce dossier.`
                : `Après le ${formatDate(end)}, ${assignment.name} n'aura plus accès à ce dossier.`}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>Annuler</Button>
          <Button variant="contained" disabled={!valid || operation.isPending} onClick={() => operation.mutate(end)}>
            Enregistrer la sortie
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
};
