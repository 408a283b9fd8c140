// One offer: its description and sessions with the places taken and left; for its operator,
// the people positioned on it and in étape, with the answer / end / attendance buttons.
import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Show, useGetList, useRecordContext, useGetIdentity } from 'react-admin';
import { formatDate } from '@rsa/vocabulary';
import { useT } from '../i18n/use-t';
import { EnrolmentTable } from './EnrolmentTable';
import { percent, type Enrolment, type Offer } from './offer.type';

const OfferDetail = () => {
  const t = useT();
  const offer = useRecordContext<Offer>();
  const { identity } = useGetIdentity();
  const operator = offer !== undefined && ((identity?.profiles as string[] | undefined) ?? []).includes('operateur');
  const { data: enrolments = [] } = useGetList<Enrolment>('enrolments', { filter: { offer: offer?.id }, pagination: { page: 1, perPage: 500 }, sort: { field: 'plannedStart', order: 'DESC' } }, { enabled: operator });
  if (!offer) return null;
  const noLimit = t('rsa.offers.no_limit');
  return (
    <Box sx={{ display: 'grid', gap: 2, p: 2 }}>
      <Typography component="h2" variant="h5">
        {offer.title}
      </Typography>
      <Typography>
        {offer.operatorName ?? '—'} · {formatDate(offer.start)} → {formatDate(offer.end)}
        {offer.communeName ? ` · ${offer.communeName}` : ''}
      </Typography>
      {offer.description && <Typography>{offer.description}</Typography>}
      <Typography component="h3" variant="h6">
        {t('rsa.offers.sessions')}
      </Typography>
      {offer.bySessions ? (
        <Table size="small" aria-label={t('rsa.offers.sessions')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('rsa.offers.session')}</TableCell>
              <TableCell>{t('rsa.offers.planned_start')}</TableCell>
              <TableCell>{t('rsa.offers.planned_end')}</TableCell>
              <TableCell>Places</TableCell>
              <TableCell>Restantes</TableCell>
              <TableCell>Remplissage</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {offer.sessions.map((s) => (
              <TableRow key={s.id}>
                <TableCell>{s.label ?? `Session ${s.id}`}</TableCell>
                <TableCell>{formatDate(s.start)}</TableCell>
                <TableCell>{formatDate(s.end)}</TableCell>
                <TableCell>{s.capacity}</TableCell>
                <TableCell>{s.placesLeft ?? noLimit}</TableCell>
                <TableCell>{percent(s.fillRate, noLimit)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : (
        <Typography>
          {t('rsa.offers.no_sessions')} {offer.capacity === null ? noLimit : `${offer.placesLeft} place(s) restante(s) sur ${offer.capacity}`} · {percent(offer.fillRate, noLimit)}
        </Typography>
      )}
      {operator && <EnrolmentTable enrolments={enrolments} caption={t('rsa.offers.enrolments_title')} />}
    </Box>
  );
};

export const OfferShow = () => (
  <Show>
    <OfferDetail />
  </Show>
);
