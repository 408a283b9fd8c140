// Attendance of a collective appointment (FEATURES A4): one line per participant the user sees,
// présent / excusé / absent / désinscrit / non renseigné. Sent as { attendance: { <id>: value } };
// the server refuses before the start and outside the perimeter.
import { Typography } from '@mui/material';
import { ArrayInput, Edit, SaveButton, SimpleForm, SimpleFormIterator, TextField, Toolbar, SelectInput, required, useRecordContext, type RaRecord } from 'react-admin';
import { useT } from '../i18n/use-t';

export type Participant = { id: number; beneficiary: number; beneficiaryName: string | null; fileNumber: string | null; attendance: string };
export type Collective = RaRecord<string> & { start: string; end: string; typeLabel: string | null; placeLabel: string | null; collaboratorName: string; capacity: number | null; participantCount: number; participants: Participant[] };

export const ATTENDANCE_CHOICES = [
  { id: 'prevu', name: 'Non renseigné' },
  { id: 'present', name: 'Présent' },
  { id: 'excuse', name: 'Excusé' },
  { id: 'absent', name: 'Absent' },
  { id: 'annule', name: 'Désinscrit' },
];

const frenchDateTime = (local: string) => `${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)} à ${local.slice(11, 16)}`;

const Heading = () => {
  const t = useT();
  const record = useRecordContext<Collective>();
  if (!record) return null;
  return (
    <Typography component="h1" variant="h5" sx={{ mb: 1 }}>
      {t('rsa.appointments.collective_title', { start: frenchDateTime(record.start), type: record.typeLabel ?? '', place: record.placeLabel ?? '', count: record.participantCount, capacity: record.capacity ?? '—' })}
    </Typography>
  );
};

const toAttendance = (data: Record<string, unknown>) => ({
  attendance: Object.fromEntries(((data.participants as Participant[] | undefined) ?? []).map((p) => [String(p.id), p.attendance])),
});

export const CollectiveAttendance = ({ id }: { id?: string }) => {
  const t = useT();
  return (
    <Edit<Collective> id={id} mutationMode="pessimistic" transform={toAttendance} title={t('rsa.appointments.collective_attendance')}>
      <SimpleForm toolbar={<Toolbar><SaveButton label="rsa.appointments.collective_save" /></Toolbar>}>
        <Heading />
        <ArrayInput source="participants" label="resources.appointment-collectives.fields.participants">
          <SimpleFormIterator disableAdd disableRemove disableReordering inline>
            <TextField source="beneficiaryName" label="resources.appointments.fields.beneficiaryName" />
            <TextField source="fileNumber" label="resources.appointments.fields.fileNumber" />
            <SelectInput source="attendance" label="resources.appointment-collectives.fields.attendance" choices={ATTENDANCE_CHOICES} validate={required()} />
          </SimpleFormIterator>
        </ArrayInput>
      </SimpleForm>
    </Edit>
  );
};
