// « Nouveau CER » (C1): the référent opens a contract in state Proposition; the start date
// suggested is the first day of next month, as the old tool did.
import { useState } from 'react';
import { Button, FormControlLabel, MenuItem, Switch, TextField } from '@mui/material';
import NoteAddIcon from '@mui/icons-material/NoteAdd';
import { useCreate, useNotify, useRedirect } from 'react-admin';
import { firstDayOfMonth, isCalendarDate, lastDayOfMonth, todayInParis } from '@rsa/vocabulary';
import { FormDialog } from '../beneficiaries/FormDialog';
import { useReferenceItems } from '../data/use-reference-items';

export const CreateCerButton = ({ beneficiaryId, number }: { beneficiaryId: number; number: number }) => {
  const today = todayInParis();
  const notify = useNotify();
  const redirect = useRedirect();
  const priorities = useReferenceItems('cer_priority');
  const [create, { isPending }] = useCreate();
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState({
    number,
    start: firstDayOfMonth(today, 1),
    end: lastDayOfMonth(today, 6),
    signedOn: '',
    priority: '',
    situation: '',
    evaluation: '',
    expression: '',
    agreement: 'nc',
    lastContract: false,
    comment: '',
  });
  const set = (key: keyof typeof form) => (e: React.ChangeEvent<HTMLInputElement>) => setForm({ ...form, [key]: e.target.value });
  const valid = isCalendarDate(form.start) && (form.end === '' || form.end >= form.start) && form.number > 0;
  const submit = () =>
    create(
      'cers',
      {
        data: {
          ...form,
          beneficiary: beneficiaryId,
          number: Number(form.number),
          end: form.end || null,
          signedOn: form.signedOn || null,
          priority: form.priority || null,
        },
      },
      {
        onSuccess: (cer) => {
          notify('CER créé (proposition).', { type: 'success' });
          redirect('show', 'cers', cer.id);
        },
        onError: (error) => notify(error instanceof Error ? error.message : String(error), { type: 'error' }),
      },
    );
  const date = { slotProps: { inputLabel: { shrink: true } }, type: 'date' } as const;
  return (
    <>
      <Button variant="contained" startIcon={<NoteAddIcon />} onClick={() => setOpen(true)}>
        Nouveau CER
      </Button>
      <FormDialog
        id="create-cer"
        title="Nouveau CER"
        open={open}
        onClose={() => setOpen(false)}
        onSubmit={submit}
        submitLabel="Créer le CER"
        canSubmit={valid}
        busy={isPending}
      >
        <TextField id="cer-number" label="Numéro" type="number" required value={form.number} onChange={set('number')} />
        <TextField id="cer-start" label="Début" required value={form.start} onChange={set('start')} {...date} />
        <TextField id="cer-end" label="Fin" value={form.end} onChange={set('end')} {...date} />
        <TextField id="cer-signed" label="Date de signature" value={form.signedOn} onChange={set('signedOn')} {...date} />
        {priorities.length > 0 && (
          <TextField id="cer-priority" select label="Priorité" value={form.priority} onChange={set('priority')}>
            {priorities.map((p) => (
              <MenuItem key={p.id} value={p.label}>
                {p.label}
              </MenuItem>
            ))}
          </TextField>
        )}
        <TextField
          id="cer-situation"
          label="Situation actuelle et actions"
          multiline
          minRows={2}
          value={form.situation}
          onChange={set('situation')}
        />
        <TextField
          id="cer-evaluation"
          label="Évaluation commune"
          multiline
          minRows={2}
          value={form.evaluation}
          onChange={set('evaluation')}
        />
        <TextField
          id="cer-expression"
          label="Expression de la personne"
          multiline
          minRows={2}
          value={form.expression}
          onChange={set('expression')}
        />
        <TextField id="cer-agreement" select label="Accord du bénéficiaire" value={form.agreement} onChange={set('agreement')}>
          <MenuItem value="oui">Oui</MenuItem>
          <MenuItem value="nc">NC (à recueillir)</MenuItem>
          <MenuItem value="non">Non</MenuItem>
        </TextField>
        <FormControlLabel
          control={<Switch checked={form.lastContract} onChange={(e) => setForm({ ...form, lastContract: e.target.checked })} />}
          label="Dernier contrat"
        />
        <TextField
          id="cer-comment"
          label="Commentaire (interne, jamais imprimé)"
          multiline
          minRows={2}
          value={form.comment}
          onChange={set('comment')}
        />
      </FormDialog>
    </>
  );
};
