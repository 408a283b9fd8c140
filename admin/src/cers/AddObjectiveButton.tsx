// C2: an objective from the configured themes; at least one is needed before submission.
import { useState } from 'react';
import { Button, MenuItem, TextField } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useConsoleDataProvider } from '../data/data-provider';
import { useFileOperation } from '../data/use-file-operation';
import { useReferenceItems } from '../data/use-reference-items';
import { FormDialog } from '../beneficiaries/FormDialog';

export const AddObjectiveButton = ({ cerId }: { cerId: number }) => {
  const dataProvider = useConsoleDataProvider();
  const themes = useReferenceItems('cer_objective_theme');
  const [open, setOpen] = useState(false);
  const [theme, setTheme] = useState('');
  const [description, setDescription] = useState('');
  const operation = useFileOperation(
    () => dataProvider.addCerObjective(cerId, { theme, description: description.trim() }),
    'Objectif ajouté.',
    () => {
      setOpen(false);
      setDescription('');
    },
  );
  return (
    <>
      <Button size="small" startIcon={<AddIcon />} onClick={() => setOpen(true)}>
        Ajouter un objectif
      </Button>
      <FormDialog
        id="add-objective"
        title="Ajouter un objectif"
        open={open}
        onClose={() => setOpen(false)}
        onSubmit={() => operation.mutate(undefined)}
        submitLabel="Ajouter"
        canSubmit={theme !== ''}
        busy={operation.isPending}
      >
        {themes.length > 0 ? (
          <TextField id="objective-theme" select required label="Thème" value={theme} onChange={(e) => setTheme(e.target.value)}>
            {themes.map((t) => (
              <MenuItem key={t.id} value={t.label}>
                {t.label}
              </MenuItem>
            ))}
          </TextField>
        ) : (
          <TextField id="objective-theme" required label="Thème" value={theme} onChange={(e) => setTheme(e.target.value)} />
        )}
        <TextField
          id="objective-description"
          multiline
          minRows={3}
          label="Description"
          value={description}
          onChange={(e) => setDescription(e.target.value)}
        />
      </FormDialog>
    </>
  );
};
