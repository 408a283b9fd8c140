// F8 « Actualisation avec historique »: a new value for a characteristic the référent owns; the
// previous one stays in the history. Genesis-fed ones are not offered (the feed owns them).
import { useState } from 'react';
import { Button, MenuItem, TextField } from '@mui/material';
import EditIcon from '@mui/icons-material/Edit';
import { useConsoleDataProvider } from '../data/data-provider';
import { useFileOperation } from '../data/use-file-operation';
import { useCharacteristicDefinitions } from '../data/use-characteristic-definitions';
import { FormDialog } from './FormDialog';

// The MIDEM request is entered through its own form (« Demander une MIDEM »).
const MIDEM_REQUEST = new Set(['Motif demande de MIDEM', 'Date demande de MIDEM']);

export const EditCharacteristicButton = ({ beneficiaryId }: { beneficiaryId: number }) => {
  const dataProvider = useConsoleDataProvider();
  const [open, setOpen] = useState(false);
  // The user-entered characteristics of the catalogue the functional admins maintain in the CMS.
  const editable = useCharacteristicDefinitions().filter((d) => d.editable && !MIDEM_REQUEST.has(d.name));
  const [index, setIndex] = useState(0);
  const [value, setValue] = useState('');
  const target = editable[index] ?? editable[0];
  const choices = target?.values ?? null;
  const operation = useFileOperation(
    () => dataProvider.updateCharacteristic({ beneficiary: beneficiaryId, family: target?.family ?? '', name: target?.name ?? '', value }),
    `« ${target?.name ?? ''} » mise à jour.`,
    () => setOpen(false),
  );
  return (
    <>
      <Button size="small" startIcon={<EditIcon />} onClick={() => setOpen(true)} aria-label="Actualiser une caractéristique">
        Actualiser
      </Button>
      <FormDialog
        id="edit-characteristic"
        title="Actualisation avec historique"
        open={open}
        onClose={() => setOpen(false)}
        onSubmit={() => operation.mutate(undefined)}
        submitLabel="Enregistrer"
        canSubmit={target !== undefined && value.trim() !== ''}
        busy={operation.isPending}
      >
        <TextField
          id="characteristic-name"
          select
          label="Caractéristique"
          value={index}
          onChange={(e) => {
            setIndex(Number(e.target.value));
            setValue('');
          }}
        >
          {editable.map((c, i) => (
            <MenuItem key={`${c.family}/${c.name}`} value={i}>
              {c.family} – {c.name}
            </MenuItem>
          ))}
        </TextField>
        {choices ? (
          <TextField id="characteristic-value" select required label="Valeur" value={value} onChange={(e) => setValue(e.target.value)}>
            {choices.map((c) => (
              <MenuItem key={c.code} value={c.code}>
                {c.label}
              </MenuItem>
            ))}
          </TextField>
        ) : (
          <TextField id="characteristic-value" required label="Valeur" value={value} onChange={(e) => setValue(e.target.value)} />
        )}
      </FormDialog>
    </>
  );
};
