// The Résumé's « Étapes en cours » (FEATURES O4): each étape in progress with its offer,
// operator's collaborator, dates and prescripteur (who positioned the person), and the
// positionnements still waiting for an answer. Read from the file's positionnements.
import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useGetList } from 'react-admin';
import { formatDate } from '@rsa/vocabulary';
import { Section } from '../beneficiaries/Section';
import { useT } from '../i18n/use-t';
import type { Enrolment } from './offer.type';

export const CurrentEtapesSection = ({ beneficiaryId }: { beneficiaryId: number }) => {
  const t = useT();
  const { data = [], isPending } = useGetList<Enrolment>('enrolments', { filter: { beneficiary: beneficiaryId, state: ['etape', 'positionne'] }, pagination: { page: 1, perPage: 50 }, sort: { field: 'plannedStart', order: 'DESC' } });
  const title = t('rsa.offers.summary.title');
  return (
    <Section id="current-etapes" title={title}>
      {isPending ? null : data.length === 0 ? (
        <Typography>{t('rsa.offers.summary.none')}</Typography>
      ) : (
        <Table size="small" aria-label={title}>
          <TableHead>
            <TableRow>
              <TableCell>{t('rsa.offers.offer')}</TableCell>
              <TableCell>{t('rsa.offers.summary.state')}</TableCell>
              <TableCell>{t('rsa.offers.summary.dates')}</TableCell>
              <TableCell>{t('rsa.offers.summary.prescripteur')}</TableCell>
              <TableCell>{t('rsa.offers.summary.collaborator')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {data.map((e) => (
              <TableRow key={e.id}>
                <TableCell>{e.offerTitle}</TableCell>
                <TableCell>{e.stateLabel}</TableCell>
                <TableCell>
                  {formatDate(e.realStart ?? e.plannedStart)} → {formatDate(e.plannedEnd)}
                </TableCell>
                <TableCell>{e.createdByName ?? '—'}</TableCell>
                <TableCell>{e.collaboratorName ?? '—'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Section>
  );
};
