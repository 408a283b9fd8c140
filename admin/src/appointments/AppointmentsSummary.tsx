// Last and next appointment and the no-show count of a file (A8: it justifies a MIDEM).
import { Card, CardContent, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import { useT } from '../i18n/use-t';
import { formatParisLocal } from '@rsa/vocabulary';

type Brief = { id: number; start: string; statusLabel: string; collaboratorName: string; typeLabel: string | null } | null;
type Summary = { lastAppointment: Brief; nextAppointment: Brief; noShowCount: number; withoutSynthesisCount: number };

const text = (b: Brief, none: string) => (b ? `${formatParisLocal(b.start)} — ${b.typeLabel ?? ''} (${b.statusLabel}, ${b.collaboratorName})` : none);

export const AppointmentsSummary = ({ beneficiaryId }: { beneficiaryId: number }) => {
  const t = useT();
  const dataProvider = useDataProvider();
  const { data } = useQuery({
    queryKey: ['rsa', 'appointment-summary', beneficiaryId],
    queryFn: async () => (await dataProvider.getOne<Summary & { id: number }>('appointment-summaries', { id: beneficiaryId })).data,
  });
  if (!data) return null;
  return (
    <Card>
      <CardContent>
        <Typography component="h2" variant="h6">
          {t('rsa.appointments.summary_title')}
        </Typography>
        <Typography>
          <strong>{t('rsa.appointments.last')} :</strong> {text(data.lastAppointment, t('rsa.appointments.none'))}
        </Typography>
        <Typography>
          <strong>{t('rsa.appointments.next')} :</strong> {text(data.nextAppointment, t('rsa.appointments.none'))}
        </Typography>
        <Typography>
          <strong>{t('rsa.appointments.no_shows')} :</strong> {data.noShowCount}
        </Typography>
      </CardContent>
    </Card>
  );
};
