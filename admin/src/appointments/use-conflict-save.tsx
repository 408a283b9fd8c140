// Saving an appointment with the server's conflict check (409): the message is shown in a dialog
// with « Enregistrer quand même », which sends the same request again with allowOverlap.
import { useRef, useState } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { HttpError, useNotify } from 'react-admin';
import { useT } from '../i18n/use-t';

type Pending = { message: string; retry(): Promise<void> };

export const useConflictSave = () => {
  const notify = useNotify();
  const [pending, setPending] = useState<Pending | null>(null);
  const cancelRef = useRef<(() => void) | null>(null);

  /** Runs `save(allowOverlap)`; on 409 asks the user; other errors are notified. Answers whether it saved. */
  const run = async (save: (allowOverlap: boolean) => Promise<void>, onCancel?: () => void): Promise<boolean> => {
    try {
      await save(false);
      return true;
    } catch (error) {
      if (error instanceof HttpError && error.status === 409) {
        setPending({
          message: error.message,
          retry: async () => {
            setPending(null);
            try {
              await save(true);
            } catch (again) {
              notify(again instanceof Error ? again.message : 'Enregistrement impossible.', { type: 'error' });
            }
          },
        });
        cancelRef.current = onCancel ?? null;
        return false;
      }
      notify(error instanceof Error ? error.message : 'Enregistrement impossible.', { type: 'error' });
      onCancel?.();
      return false;
    }
  };

  const close = () => {
    setPending(null);
    cancelRef.current?.();
  };
  const dialog = <ConflictDialog pending={pending} onClose={close} />;
  return { run, dialog };
};

const ConflictDialog = ({ pending, onClose }: { pending: Pending | null; onClose(): void }) => {
  const t = useT();
  return (
    <Dialog open={pending !== null} onClose={onClose} aria-labelledby="conflict-title" aria-describedby="conflict-text">
      <DialogTitle id="conflict-title">{t('rsa.appointments.conflict_title')}</DialogTitle>
      <DialogContent>
        <DialogContentText id="conflict-text">{pending?.message}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('rsa.appointments.conflict_cancel')}</Button>
        <Button variant="contained" onClick={() => void pending?.retry()}>
          {t('rsa.appointments.conflict_force')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
