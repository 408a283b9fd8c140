// A table of positionnements with their buttons (file tab, offer page).
import { Link as RouterLink } from 'react-router-dom';
import { Link, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { formatDate } from '@rsa/vocabulary';
import { useT } from '../i18n/use-t';
import { EnrolmentActions } from './EnrolmentActions';
import type { Enrolment } from './offer.type';

export const EnrolmentTable = ({ enrolments, caption, showPerson = true }: { enrolments: Enrolment[]; caption: string; showPerson?: boolean }) => {
  const t = useT();
  return (
    <Table size="small" aria-label={caption}>
      <TableHead>
        <TableRow>
          {showPerson && <TableCell>Bénéficiaire</TableCell>}
          <TableCell>{t('rsa.offers.offer')}</TableCell>
          <TableCell>État</TableCell>
          <TableCell>{t('rsa.offers.planned_start')}</TableCell>
          <TableCell>{t('rsa.offers.planned_end')}</TableCell>
          <TableCell>{t('rsa.offers.real_start')}</TableCell>
          <TableCell>{t('rsa.offers.real_end')}</TableCell>
          <TableCell>{t('rsa.offers.end_reason')}</TableCell>
          <TableCell>{t('rsa.offers.hours')}</TableCell>
          <TableCell>Actions</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {enrolments.map((e) => (
          <TableRow key={e.id}>
            {showPerson && (
              <TableCell>
                {e.state === 'etape' ? (
                  <Link component={RouterLink} to={`/beneficiaries/${e.beneficiary}/show`}>
                    {e.beneficiaryName}
                  </Link>
                ) : (
                  e.beneficiaryName
                )}
              </TableCell>
            )}
            <TableCell>{e.offerTitle}</TableCell>
            <TableCell>{e.stateLabel}</TableCell>
            <TableCell>{formatDate(e.plannedStart)}</TableCell>
            <TableCell>{formatDate(e.plannedEnd)}</TableCell>
            <TableCell>{formatDate(e.realStart)}</TableCell>
            <TableCell>{formatDate(e.realEnd)}</TableCell>
            <TableCell>{e.endReason ?? (e.state === 'refuse' ? e.comment : '') ?? ''}</TableCell>
            <TableCell>{e.attendanceHours ?? ''}</TableCell>
            <TableCell>
              <EnrolmentActions enrolment={e} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
