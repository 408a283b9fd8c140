// F10: the référent corrects the phone and e-mail. The server normalises French numbers and
// says in French what is wrong; changing the phone cancels a pending CER signature.
import { useState } from 'react';
import { Button, TextField } from '@mui/material';
import EditIcon from '@mui/icons-material/Edit';
import { useConsoleDataProvider } from '../data/data-provider';
import { useFileOperation } from '../data/use-file-operation';
import type { Beneficiary } from './beneficiary.type';
import { FormDialog } from './FormDialog';

export const EditContactButton = ({ file }: { file: Beneficiary }) => {
  const dataProvider = useConsoleDataProvider();
  const [open, setOpen] = useState(false);
  const [phone, setPhone] = useState(file.phone ?? '');
  const [email, setEmail] = useState(file.email ?? '');
  const operation = useFileOperation(
    () => dataProvider.updateContact(file.id, { phone: phone.trim() || null, email: email.trim() || null }),
    'Coordonnées enregistrées.',
    () => setOpen(false),
  );
  return (
    <>
      <Button size="small" startIcon={<EditIcon />} onClick={() => setOpen(true)} aria-label="Modifier les coordonnées">
        Modifier
      </Button>
      <FormDialog
        id="edit-contact"
        title="Modifier les coordonnées"
        open={open}
        onClose={() => setOpen(false)}
        onSubmit={() => operation.mutate(undefined)}
        submitLabel="Enregistrer"
        canSubmit
        busy={operation.isPending}
      >
        <TextField
          id="contact-phone"
          label="Téléphone"
          type="tel"
          autoComplete="off"
          value={phone}
          onChange={(e) => setPhone(e.target.value)}
          helperText="Numéro français, par exemple 06 12 34 56 78"
        />
        <TextField
          id="contact-email"
          label="E-mail"
          type="email"
          autoComplete="off"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
      </FormDialog>
    </>
  );
};
