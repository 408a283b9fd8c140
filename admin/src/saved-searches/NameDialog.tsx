// The dialog that names a saved search or a selection (save, rename): a react-admin Form whose
// submit answers the server's refusals (409 name taken, 422) on the name field.
import { Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { Form, HttpError, maxLength, required, SaveButton, TextInput } from 'react-admin';
import { useT } from '../i18n/use-t';

type Props = {
  open: boolean;
  title: string;
  label: string;
  initialName?: string;
  onClose(): void;
  /** Resolves when saved; a refused name rejects with the server's HttpError. */
  onSave(name: string): Promise<void>;
};

export const NameDialog = ({ open, title, label, initialName = '', onClose, onSave }: Props) => {
  const t = useT();
  const submit = async (values: Record<string, unknown>) => {
    try {
      await onSave(String(values.name ?? '').trim());
      onClose();
      return undefined;
    } catch (error) {
      // Shown on the field, as the server said it.
      return { name: error instanceof HttpError ? error.message : String(error) };
    }
  };
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="name-dialog-title" fullWidth maxWidth="xs">
      {open && (
        <Form record={{ name: initialName }} onSubmit={submit}>
          <DialogTitle id="name-dialog-title">{title}</DialogTitle>
          <DialogContent>
            <TextInput source="name" label={label} validate={[required(), maxLength(100)]} autoFocus fullWidth />
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose}>{t('rsa.list.saved.cancel')}</Button>
            <SaveButton label="rsa.list.saved.confirm" alwaysEnable />
          </DialogActions>
        </Form>
      )}
    </Dialog>
  );
};
