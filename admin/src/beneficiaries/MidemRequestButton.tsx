// F9: the référent asks the secretariat for a mise en demeure (motif and date); the request
// counts as handled once the feed brings a later Date MIDEM.
import { useState } from 'react';
import { Button, TextField } from '@mui/material';
import GavelIcon from '@mui/icons-material/Gavel';
import { useConsoleDataProvider } from '../data/data-provider';
import { useFileOperation } from '../data/use-file-operation';
import { isCalendarDate, todayInParis } from '@rsa/vocabulary';
import { FormDialog } from './FormDialog';
import { CalendarDateInput } from '../layout/CalendarDateInput';

export const MidemRequestButton = ({ beneficiaryId }: { beneficiaryId: number }) => {
  const dataProvider = useConsoleDataProvider();
  const [open, setOpen] = useState(false);
  const [motif, setMotif] = useState('');
  const [requestedOn, setRequestedOn] = useState(todayInParis());
  const operation = useFileOperation(
    () => dataProvider.requestMidem(beneficiaryId, { motif: motif.trim(), requestedOn }),
    'Demande de mise en demeure enregistrée.',
    () => setOpen(false),
  );
  return (
    <>
      <Button variant="outlined" startIcon={<GavelIcon />} onClick={() => setOpen(true)}>
        Demander une MIDEM
      </Button>
      <FormDialog
        id="midem-request"
        title="Demande de mise en demeure (MIDEM)"
        open={open}
        onClose={() => setOpen(false)}
        onSubmit={() => operation.mutate(undefined)}
        submitLabel="Enregistrer la demande"
        canSubmit={motif.trim() !== '' && isCalendarDate(requestedOn)}
        busy={operation.isPending}
      >
        <TextField
          id="midem-motif"
          label="Motif demande de MIDEM"
          required
          multiline
          minRows={3}
          value={motif}
          onChange={(e) => setMotif(e.target.value)}
        />
        <CalendarDateInput id="midem-date" label="Date demande de MIDEM" required value={requestedOn} onChange={setRequestedOn} />
      </FormDialog>
    </>
  );
};
