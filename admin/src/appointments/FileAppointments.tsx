// The « Rendez-vous » tab of a file: last and next appointment, no-show count (A8), the
// appointments, and a button to book one (when the file's actions allow it).
import { useState } from 'react';
import { Box, Button, Card, CardContent, List as MuiList, ListItemButton, ListItemText, Typography } from '@mui/material';
import { useGetList, useRedirect } from 'react-admin';
import { useT } from '../i18n/use-t';
import type { Appointment } from './appointment.type';
import { AppointmentFormDialog, type AppointmentDraft } from './AppointmentFormDialog';
import { AppointmentsSummary } from './AppointmentsSummary';
import { addDays, formatParisLocal, todayInParis } from '@rsa/vocabulary';

export const FileAppointments = ({ beneficiaryId, mayBook }: { beneficiaryId: number; mayBook: boolean }) => {
  const t = useT();
  const redirect = useRedirect();
  const [draft, setDraft] = useState<AppointmentDraft | null>(null);
  const { data = [], refetch } = useGetList<Appointment>('appointments', { filter: { beneficiary: beneficiaryId }, pagination: { page: 1, perPage: 200 }, sort: { field: 'start', order: 'DESC' } });
  // Tomorrow in Paris (a toISOString day is UTC's: wrong after 23:00 in summer).
  const tomorrow = addDays(todayInParis(), 1);
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <AppointmentsSummary beneficiaryId={beneficiaryId} />
      <Card>
        <CardContent>
          <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
            <Typography component="h2" variant="h6">
              {t('rsa.appointments.tab')}
            </Typography>
            {mayBook && <Button onClick={() => setDraft({ date: tomorrow, time: '09:00', duration: 45, beneficiary: beneficiaryId })}>{t('rsa.appointments.new')}</Button>}
          </Box>
          <MuiList aria-label={t('rsa.appointments.tab')}>
            {data.map((a) => (
              <ListItemButton key={a.id} onClick={() => redirect('show', 'appointments', a.id)}>
                <ListItemText primary={`${formatParisLocal(a.start)} — ${a.typeLabel ?? ''}`} secondary={`${a.statusLabel} · ${a.collaboratorName}${a.placeLabel ? ` · ${a.placeLabel}` : ''}`} />
              </ListItemButton>
            ))}
          </MuiList>
        </CardContent>
      </Card>
      <AppointmentFormDialog open={draft !== null} draft={draft} fixedBeneficiary onClose={() => setDraft(null)} onSaved={() => void refetch()} />
    </Box>
  );
};
