// F8 « Actualisation avec historique »: a new value for a characteristic the référent owns; the
// previous one stays in the history. Genesis-fed ones are not offered (the feed owns them).
import { useState } from 'react';
import { Button, MenuItem, TextField } from '@mui/material';
import EditIcon from '@mui/icons-material/Edit';
import { useConsoleDataProvider } from '../data/data-provider';
import { useFileOperation } from '../data/use-file-operation';
import { characteristicChoices } from './characteristic-labels';
import { FormDialog } from './FormDialog';

// The user-entered characteristics of the catalogue (file-active domain); MIDEM has its own form.
const EDITABLE = [
  { family: 'AdministratifCD07', name: 'Niveau de formation' },
  { family: 'AdministratifCD07', name: 'Permis de conduire' },
  { family: 'AdministratifCD07', name: 'Mobilité' },
  { family: 'Situation familiale', name: "Nombre d'enfants à charge" },
];

export const EditCharacteristicButton = ({ beneficiaryId }: { beneficiaryId: number }) => {
  const dataProvider = useConsoleDataProvider();
  const [open, setOpen] = useState(false);
  const [index, setIndex] = useState(0);
  const [value, setValue] = useState('');
  const target = EDITABLE[index];
  const choices = characteristicChoices(target.family, target.name);
  const operation = useFileOperation(
    () => dataProvider.updateCharacteristic({ beneficiary: beneficiaryId, ...target, value }),
    `« ${target.name} » mise à jour.`,
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
        canSubmit={value.trim() !== ''}
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
          {EDITABLE.map((c, i) => (
            <MenuItem key={c.name} value={i}>
              {c.family} – {c.name}
            </MenuItem>
          ))}
        </TextField>
        {choices ? (
          <TextField id="characteristic-value" select required label="Valeur" value={value} onChange={(e) => setValue(e.target.value)}>
            {choices.map((c) => (
              <MenuItem key={c.id} value={c.id}>
                {c.name}
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
