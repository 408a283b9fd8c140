// « Ajouter une veille » (F6): the file stays in the caseload but is set aside; the end date is
// optional (a veille never ends by itself) and the motif comes from the configured list.
import { useState } from 'react';
import { Button, MenuItem, TextField } from '@mui/material';
import PauseCircleIcon from '@mui/icons-material/PauseCircle';
import { useConsoleDataProvider } from '../data/data-provider';
import { useFileOperation } from '../data/use-file-operation';
import { useReferenceItems } from '../data/use-reference-items';
import { isCalendarDate, todayInParis } from '@rsa/vocabulary';
import { FormDialog } from '../beneficiaries/FormDialog';
import { CalendarDateInput } from '../layout/CalendarDateInput';

export const AddStandbyButton = ({ beneficiaryId }: { beneficiaryId: number }) => {
  const dataProvider = useConsoleDataProvider();
  const motifs = useReferenceItems('standby_motif');
  const [open, setOpen] = useState(false);
  const [start, setStart] = useState(todayInParis());
  const [end, setEnd] = useState('');
  const [motif, setMotif] = useState('');
  const valid = isCalendarDate(start) && (end === '' || (isCalendarDate(end) && end >= start)) && motif.trim() !== '';
  const operation = useFileOperation(
    () => dataProvider.addStandby({ beneficiary: beneficiaryId, start, end: end || null, motif }),
    'Veille ajoutée : le dossier est en veille.',
    () => setOpen(false),
  );
  return (
    <>
      <Button size="small" startIcon={<PauseCircleIcon />} onClick={() => setOpen(true)}>
        Ajouter une veille
      </Button>
      <FormDialog
        id="add-standby"
        title="Ajouter une veille"
        open={open}
        onClose={() => setOpen(false)}
        onSubmit={() => operation.mutate(undefined)}
        submitLabel="Enregistrer"
        canSubmit={valid}
        busy={operation.isPending}
      >
        <CalendarDateInput id="standby-start" label="Début" required value={start} onChange={setStart} />
        <CalendarDateInput
          id="standby-end"
          label="Fin prévue (facultative)"
          value={end}
          onChange={setEnd}
          min={start}
          helperText="La veille ne se termine pas d’elle-même : il faudra la terminer."
        />
        {/* The server accepts only the configured motifs (code or label). */}
        <TextField id="standby-motif" select label="Motif" required value={motif} onChange={(e) => setMotif(e.target.value)}>
          {motifs.map((m) => (
            <MenuItem key={m.id} value={m.code}>
              {m.label}
            </MenuItem>
          ))}
        </TextField>
      </FormDialog>
    </>
  );
};
