// The collective appointment form (FEATURES A4), opened from the agenda: a saved selection of files
// (ReferenceInput on file-selections), the collaborator's slot, a capacity, type / theme / place
// from the CMS lists. The server writes one copy per file, refuses over capacity (French message)
// and meets a conflict like a single appointment; then the attendance screen opens.
import { Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { AutocompleteInput, Form, NumberInput, ReferenceInput, required, useCreate, useGetIdentity, useNotify, useRedirect } from 'react-admin';
import { useT } from '../i18n/use-t';
import { useConflictSave } from './use-conflict-save';
import { AppointmentInputs, slotBody } from './AppointmentInputs';

type Props = { open: boolean; onClose(): void; defaults?: { date?: string; time?: string } };

export const CollectiveFormDialog = ({ open, onClose, defaults }: Props) => {
  const t = useT();
  const notify = useNotify();
  const redirect = useRedirect();
  const [create] = useCreate();
  const { identity } = useGetIdentity();
  const { run, dialog } = useConflictSave();
  const submit = async (values: Record<string, unknown>) => {
    const body = {
      selection: Number(values.selection),
      ...slotBody(values, identity?.login as string | undefined),
      capacity: Number(values.capacity),
    };
    await run(async (allowOverlap) => {
      const created = await create('appointment-collectives', { data: { ...body, allowOverlap } }, { returnPromise: true });
      notify(t('rsa.appointments.collective_created'), { type: 'success', messageArgs: { smart_count: Number((created as { participantCount?: number }).participantCount ?? 0) } });
      onClose();
      redirect('edit', 'appointment-collectives', created.id);
    });
  };
  return (
    <>
      <Dialog open={open} onClose={onClose} aria-labelledby="collective-form-title" fullWidth maxWidth="sm">
        <DialogTitle id="collective-form-title">{t('rsa.appointments.collective_new')}</DialogTitle>
        {open && (
          <Form defaultValues={{ date: defaults?.date ?? '', time: defaults?.time ?? '14:00', duration: 120, capacity: 12, collaborator: identity?.login }} onSubmit={submit} id="collective-form">
            <DialogContent sx={{ display: 'grid', gap: 0, pt: '8px !important' }}>
              <ReferenceInput source="selection" reference="file-selections" sort={{ field: 'name', order: 'ASC' }}>
                <AutocompleteInput label="resources.appointment-collectives.fields.selection" optionText="name" validate={required()} />
              </ReferenceInput>
              <AppointmentInputs
                beforeLists={<NumberInput source="capacity" label="resources.appointment-collectives.fields.capacity" min={1} max={200} step={1} validate={required()} />}
              />
            </DialogContent>
            <DialogActions>
              <Button onClick={onClose}>Annuler</Button>
              <Button type="submit" variant="contained">
                {t('rsa.appointments.collective_create')}
              </Button>
            </DialogActions>
          </Form>
        )}
      </Dialog>
      {dialog}
    </>
  );
};
