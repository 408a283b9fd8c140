// The « Étapes » tab of a file: its positionnements and étapes, with the buttons the server
// allows, and « Positionner sur une offre » for whoever may enrol (ACCESS.md).
import { useState } from 'react';
import { Box, Button, MenuItem, TextField, Typography } from '@mui/material';
import { useCanAccess, useGetList } from 'react-admin';
import { formatDate } from '@rsa/vocabulary';
import { useConsoleDataProvider } from '../data/data-provider';
import { useFileOperation } from '../data/use-file-operation';
import { FormDialog } from '../beneficiaries/FormDialog';
import { useT } from '../i18n/use-t';
import { EnrolmentTable } from './EnrolmentTable';
import { RegisterToEventButton, RegistrationTable } from './EventRegistrations';
import type { Enrolment, Offer } from './offer.type';
import { CalendarDateInput } from '../layout/CalendarDateInput';

export const EnrolButton = ({ beneficiaryIds }: { beneficiaryIds: number[] }) => {
  const t = useT();
  const dataProvider = useConsoleDataProvider();
  const [open, setOpen] = useState(false);
  const [offerId, setOfferId] = useState('');
  const [sessionId, setSessionId] = useState('');
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const { data: offers = [] } = useGetList<Offer>('offers', { pagination: { page: 1, perPage: 500 }, sort: { field: 'title', order: 'ASC' } }, { enabled: open });
  const offer = offers.find((o) => String(o.id) === offerId);
  const enrol = useFileOperation(
    () =>
      dataProvider.enrol({
        ...(beneficiaryIds.length === 1 ? { beneficiary: beneficiaryIds[0] } : { beneficiaries: beneficiaryIds }),
        offer: Number(offerId),
        session: offer?.bySessions && sessionId ? Number(sessionId) : null,
        plannedStart: start,
        plannedEnd: end,
      }),
    t('rsa.offers.enrolled'),
    () => setOpen(false),
  );
  return (
    <>
      <Button variant="outlined" onClick={() => setOpen(true)}>
        {t('rsa.offers.enrol')}
      </Button>
      <FormDialog
        id="enrol"
        title={t('rsa.offers.enrol_title')}
        open={open}
        onClose={() => setOpen(false)}
        onSubmit={() => enrol.mutate(undefined)}
        submitLabel={t('rsa.offers.enrol_submit')}
        canSubmit={offerId !== '' && start !== '' && end !== '' && (!offer?.bySessions || sessionId !== '')}
        busy={enrol.isPending}
      >
        <TextField id="enrol-offer" select required label={t('rsa.offers.offer')} value={offerId} onChange={(e) => { setOfferId(e.target.value); setSessionId(''); }}>
          {offers.map((o) => (
            <MenuItem key={o.id} value={String(o.id)}>
              {o.title} — {o.operatorName ?? ''} ({formatDate(o.start)} → {formatDate(o.end)}{o.placesLeft === null ? '' : `, ${o.placesLeft} place(s)`})
            </MenuItem>
          ))}
        </TextField>
        {offer?.bySessions && (
          <TextField id="enrol-session" select required label={t('rsa.offers.session')} value={sessionId} onChange={(e) => setSessionId(e.target.value)}>
            {offer.sessions.filter((s) => s.active).map((s) => (
              <MenuItem key={s.id} value={String(s.id)}>
                {s.label ?? `Session ${s.id}`} — {formatDate(s.start)} → {formatDate(s.end)} ({s.placesLeft} place(s))
              </MenuItem>
            ))}
          </TextField>
        )}
        <CalendarDateInput id="enrol-start" required label={t('rsa.offers.planned_start')} value={start} onChange={setStart} />
        <CalendarDateInput id="enrol-end" required label={t('rsa.offers.planned_end')} value={end} onChange={setEnd} min={start} />
      </FormDialog>
    </>
  );
};

export const FileEnrolments = ({ beneficiaryId }: { beneficiaryId: number }) => {
  const t = useT();
  const { canAccess: mayEnrol } = useCanAccess({ action: 'create', resource: 'enrolments' });
  const { data = [], isPending } = useGetList<Enrolment>('enrolments', { filter: { beneficiary: beneficiaryId }, pagination: { page: 1, perPage: 200 }, sort: { field: 'plannedStart', order: 'DESC' } });
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      {mayEnrol && (
        <Box>
          <EnrolButton beneficiaryIds={[beneficiaryId]} />
        </Box>
      )}
      {isPending ? null : data.length === 0 ? <Typography>{t('rsa.offers.file_empty')}</Typography> : <EnrolmentTable enrolments={data} caption={t('rsa.offers.file_tab')} showPerson={false} />}
      <Typography component="h2" variant="h6">
        {t('rsa.offers.events.file_title')}
      </Typography>
      {mayEnrol && (
        <Box>
          <RegisterToEventButton beneficiaryId={beneficiaryId} />
        </Box>
      )}
      <RegistrationTable filter={{ beneficiary: beneficiaryId }} caption={t('rsa.offers.events.file_title')} showEvent />
    </Box>
  );
};
