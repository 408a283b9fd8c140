// The dialog every Résumé action uses: a title, fields, « Annuler » and a submit button that is
// disabled until the form is valid or while the request runs.
import type { ReactNode } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';

type Props = {
  id: string;
  title: string;
  open: boolean;
  onClose(): void;
  onSubmit(): void;
  submitLabel: string;
  canSubmit: boolean;
  busy: boolean;
  children: ReactNode;
};

export const FormDialog = ({ id, title, open, onClose, onSubmit, submitLabel, canSubmit, busy, children }: Props) => (
  <Dialog open={open} onClose={onClose} aria-labelledby={`${id}-title`} fullWidth maxWidth="sm">
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (canSubmit && !busy) onSubmit();
      }}
    >
      <DialogTitle id={`${id}-title`}>{title}</DialogTitle>
      <DialogContent sx={{ display: 'grid', gap: 2, pt: '8px !important' }}>{children}</DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Annuler</Button>
        <Button type="submit" variant="contained" disabled={!canSubmit || busy}>
          {submitLabel}
        </Button>
      </DialogActions>
    </form>
  </Dialog>
);
