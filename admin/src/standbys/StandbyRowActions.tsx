// « Terminer » keeps the veille in the history with its real last day; « Supprimer » removes it
// without trace (F6, the guide's two ways out of a veille).
import { useState } from 'react';
import { Box, Button, Typography } from '@mui/material';
import { useConsoleDataProvider } from '../data/data-provider';
import { useFileOperation } from '../data/use-file-operation';
import { formatDate, isCalendarDate, todayInParis } from '@rsa/vocabulary';
import { FormDialog } from '../beneficiaries/FormDialog';
import { CalendarDateInput } from '../layout/CalendarDateInput';

type Standby = { id: number; start: string | null; end: string | null; endedOn?: string | null; motif: string | null };

export const StandbyRowActions = ({ standby, mayEnd, mayDelete }: { standby: Standby; mayEnd: boolean; mayDelete: boolean }) => {
  const dataProvider = useConsoleDataProvider();
  const [dialog, setDialog] = useState<'end' | 'delete' | null>(null);
  const [end, setEnd] = useState(todayInParis());
  const close = () => setDialog(null);
  const ending = useFileOperation(() => dataProvider.endStandby(standby.id, end), `Veille terminée au ${formatDate(end)}.`, close);
  const deleting = useFileOperation(() => dataProvider.deleteStandby(standby.id), 'Veille supprimée.', close);
  const ended = standby.endedOn !== undefined ? standby.endedOn !== null : false;
  const what = `la veille du ${formatDate(standby.start)}`;
  return (
    <Box sx={{ display: 'flex', gap: 0.5 }}>
      {mayEnd && !ended && (
        <Button size="small" onClick={() => setDialog('end')} aria-label={`Terminer ${what}`}>
          Terminer
        </Button>
      )}
      {mayDelete && (
        <Button size="small" color="error" onClick={() => setDialog('delete')} aria-label={`Supprimer ${what}`}>
          Supprimer
        </Button>
      )}
      <FormDialog
        id={`end-standby-${standby.id}`}
        title="Terminer la veille"
        open={dialog === 'end'}
        onClose={close}
        onSubmit={() => ending.mutate(undefined)}
        submitLabel="Terminer la veille"
        canSubmit={isCalendarDate(end)}
        busy={ending.isPending}
      >
        <Typography>La veille reste dans l’historique du dossier, qui repasse à l’état « Entrée ».</Typography>
        <CalendarDateInput id={`standby-end-${standby.id}`} label="Dernier jour de veille" required value={end} onChange={setEnd} />
      </FormDialog>
      <FormDialog
        id={`delete-standby-${standby.id}`}
        title="Supprimer la veille"
        open={dialog === 'delete'}
        onClose={close}
        onSubmit={() => deleting.mutate(undefined)}
        submitLabel="Supprimer"
        canSubmit
        busy={deleting.isPending}
      >
        <Typography>{`Supprimer ${what} ne laisse aucune trace dans le dossier. Pour garder l’historique, terminez-la plutôt.`}</Typography>
      </FormDialog>
    </Box>
  );
};
