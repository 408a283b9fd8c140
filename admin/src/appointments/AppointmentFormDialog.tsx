// The appointment form (FEATURES A1), in a dialog opened from the agenda (a chosen slot) or from a
// file: bénéficiaire, collaborateur (own or shared agenda), date and time in Europe/Paris, duration,
// type / theme / place from the CMS lists, SMS reminder. A conflict is asked about, never hidden.
import { Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { AutocompleteInput, BooleanInput, Form, ReferenceInput, required, useCreate, useGetIdentity, useNotify } from 'react-admin';
import { useT } from '../i18n/use-t';
import { useConflictSave } from './use-conflict-save';
import { AppointmentInputs, slotBody } from './AppointmentInputs';

export type AppointmentDraft = { date: string; time: string; duration: number; beneficiary?: number; collaborator?: string };

type Props = { open: boolean; draft: AppointmentDraft | null; onClose(): void; onSaved?(id: number): void; fixedBeneficiary?: boolean };

export const AppointmentFormDialog = ({ open, draft, onClose, onSaved, fixedBeneficiary = false }: Props) => {
  const t = useT();
  const notify = useNotify();
  const [create] = useCreate();
  const { identity } = useGetIdentity();
  const { run, dialog } = useConflictSave();
  const submit = async (values: Record<string, unknown>) => {
    const body = {
      beneficiary: Number(values.beneficiary),
      ...slotBody(values, identity?.login as string | undefined),
      smsReminder: values.smsReminder === true,
    };
    await run(async (allowOverlap) => {
      const created = await create('appointments', { data: { ...body, allowOverlap } }, { returnPromise: true });
      notify(t('rsa.appointments.created'), { type: 'success' });
      for (const warning of (created as { warnings?: string[] }).warnings ?? []) notify(warning, { type: 'warning' });
      onClose();
      onSaved?.(Number(created.id));
    });
  };
  return (
    <>
      <Dialog open={open} onClose={onClose} aria-labelledby="appointment-form-title" fullWidth maxWidth="sm">
        <DialogTitle id="appointment-form-title">{t('rsa.appointments.new')}</DialogTitle>
        {draft && (
          <Form defaultValues={{ ...draft, collaborator: draft.collaborator ?? identity?.login, smsReminder: false }} onSubmit={submit} id="appointment-form">
            <DialogContent sx={{ display: 'grid', gap: 0, pt: '8px !important' }}>
              {!fixedBeneficiary && (
                <ReferenceInput source="beneficiary" reference="beneficiaries" sort={{ field: 'lastName', order: 'ASC' }}>
                  <AutocompleteInput
                    label="resources.appointments.fields.beneficiary"
                    optionText={(b: { lastName?: string; firstName?: string; fileNumber?: string }) => `${b.lastName ?? ''} ${b.firstName ?? ''} (${b.fileNumber ?? ''})`}
                    filterToQuery={(q: string) => ({ q })}
                    validate={required()}
                  />
                </ReferenceInput>
              )}
              <AppointmentInputs />
              <BooleanInput source="smsReminder" label="resources.appointments.fields.smsReminder" />
            </DialogContent>
            <DialogActions>
              <Button onClick={onClose}>Annuler</Button>
              <Button type="submit" variant="contained">
                {t('rsa.appointments.create')}
              </Button>
            </DialogActions>
          </Form>
        )}
      </Dialog>
      {dialog}
    </>
  );
};
