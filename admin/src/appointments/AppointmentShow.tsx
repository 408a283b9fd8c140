// One appointment: when, who, where, the réalisation and, once it has begun, the synthèse its
// collaborator writes (A1). The reminders sent are listed (A3). Warnings (public holiday, opening
// hours) are recalled.
import { Alert, Box, Button, Card, CardContent, Typography } from '@mui/material';
import { Form, SelectInput, ShowBase, TextInput, useNotify, useRecordContext, useRefresh, useUpdate } from 'react-admin';
import { formatDateTime, formatParisLocal, parisLocalClock } from '@rsa/vocabulary';
import { useT } from '../i18n/use-t';
import { MergeButton } from '../documents/MergeButton';
import { STATUS_CHOICES, type Appointment } from './appointment.type';

const line = (label: string, value: string | null | undefined) => (
  <Typography>
    <strong>{label} :</strong> {value || '—'}
  </Typography>
);

const SynthesisForm = ({ appointment }: { appointment: Appointment }) => {
  const t = useT();
  const notify = useNotify();
  const refresh = useRefresh();
  const [update, { isPending }] = useUpdate();
  const save = async (values: Record<string, unknown>) => {
    const data: Record<string, unknown> = { status: values.status };
    if (appointment.canWriteSynthesis) data.synthesis = values.synthesis ?? null;
    try {
      await update('appointments', { id: appointment.id, data, previousData: appointment }, { returnPromise: true });
      notify(t('rsa.appointments.saved'), { type: 'success' });
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : 'Enregistrement impossible.', { type: 'error' });
    }
  };
  return (
    <Form record={appointment} onSubmit={save}>
      <SelectInput source="status" choices={STATUS_CHOICES} label="resources.appointments.fields.status" disabled={!appointment.canEdit} />
      {appointment.canWriteSynthesis ? (
        <TextInput source="synthesis" label="resources.appointments.fields.synthesis" multiline minRows={4} fullWidth />
      ) : (
        <Typography sx={{ mb: 2 }}>{appointment.synthesis ?? t('rsa.appointments.synthesis_not_yet')}</Typography>
      )}
      {(appointment.canEdit || appointment.canWriteSynthesis) && (
        <Button type="submit" variant="contained" disabled={isPending}>
          {t('rsa.appointments.synthesis_save')}
        </Button>
      )}
    </Form>
  );
};

const AppointmentDetail = () => {
  const t = useT();
  const appointment = useRecordContext<Appointment>();
  if (!appointment) return null;
  return (
    <Box sx={{ display: 'grid', gap: 2, mt: 2 }}>
      <Card>
        <CardContent sx={{ display: 'grid', gap: 0.5 }}>
          <Typography component="h1" variant="h5">
            {`Rendez-vous du ${formatParisLocal(appointment.start)}`}
          </Typography>
          {line('Bénéficiaire', appointment.beneficiaryName ? `${appointment.beneficiaryName} (dossier ${appointment.fileNumber ?? ''})` : null)}
          {line('Collaborateur', appointment.collaboratorName)}
          {line('Type d’entretien', appointment.typeLabel)}
          {line('Thème', appointment.themeLabel)}
          {line('Lieu', appointment.placeLabel)}
          {line('Durée', `${appointment.duration} min (fin à ${parisLocalClock(appointment.end)})`)}
          {line('Réalisation', appointment.statusLabel)}
          {line('Rappel SMS', appointment.smsReminder ? (appointment.reminders?.some((r) => r.status === 'sent') ? `envoyé le ${formatDateTime(appointment.reminders.find((r) => r.status === 'sent')?.sentAt)}` : 'demandé') : 'non')}
          {/* A5 / D1: the convocation or the courrier of this appointment; the server says no outside the perimeter. */}
          {appointment.beneficiary !== null && (
            <Box sx={{ display: 'flex', gap: 1, mt: 1 }}>
              <MergeButton mode="convocation" path={`/appointments/${appointment.id}/merges`} canSave />
              <MergeButton mode="courrier" path={`/appointments/${appointment.id}/merges`} canSave />
            </Box>
          )}
          {(appointment.warnings ?? []).map((w) => (
            <Alert key={w} severity="warning">
              {w}
            </Alert>
          ))}
        </CardContent>
      </Card>
      <Card>
        <CardContent>
          <Typography component="h2" variant="h6" sx={{ mb: 1 }}>
            {t('rsa.appointments.synthesis_title')}
          </Typography>
          <SynthesisForm appointment={appointment} />
        </CardContent>
      </Card>
    </Box>
  );
};

export const AppointmentShow = () => (
  <ShowBase>
    <AppointmentDetail />
  </ShowBase>
);
