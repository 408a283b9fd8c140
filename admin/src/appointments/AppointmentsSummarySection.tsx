// The Résumé's « Entretiens » block (FEATURES A8): last and next appointment and the no-show
// count, which justifies a MIDEM. The server computes them (the same /appointment-summaries the
// Rendez-vous tab reads, perimeter-checked and audited there); this only lays them out.
import { Typography } from '@mui/material';
import { useGetOne } from 'react-admin';
import { formatParisLocal } from '@rsa/vocabulary';
import { Facts, Section } from '../beneficiaries/Section';
import { useT } from '../i18n/use-t';

type Brief = { id: number; start: string; statusLabel: string; collaboratorName: string; typeLabel: string | null } | null;
export type AppointmentSummary = { id: number; lastAppointment: Brief; nextAppointment: Brief; noShowCount: number; withoutSynthesisCount: number };

const describe = (b: Brief, none: string): string =>
  b ? [formatParisLocal(b.start), b.typeLabel, `${b.statusLabel}, ${b.collaboratorName}`].filter(Boolean).join(' — ') : none;

export const AppointmentsSummarySection = ({ beneficiaryId }: { beneficiaryId: number }) => {
  const t = useT();
  // No retry: a refusal (404 outside the perimeter, 403) will not change on a second try.
  const { data, isPending, error } = useGetOne<AppointmentSummary>('appointment-summaries', { id: beneficiaryId }, { retry: false });
  return (
    <Section id="appointments-summary" title={t('rsa.appointments.summary_title')}>
      {isPending ? null : error || !data ? (
        <Typography color="text.secondary">{t('rsa.appointments.summary_unavailable')}</Typography>
      ) : (
        <Facts
          items={[
            [t('rsa.appointments.last'), describe(data.lastAppointment, t('rsa.appointments.none'))],
            [t('rsa.appointments.next'), describe(data.nextAppointment, t('rsa.appointments.none'))],
            [t('rsa.appointments.no_shows'), String(data.noShowCount)],
          ]}
        />
      )}
    </Section>
  );
};
