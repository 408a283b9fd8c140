// The buttons of one positionnement, from the moves the server lists for the caller
// (`transitions`): the operator accepts (start of the étape) or refuses with a motif; the
// operator or the file's référent ends the étape with a reason of the configured list; the
// attendance hours of an étape in progress.
import { useState } from 'react';
import { useGetList } from 'react-admin';
import { Box, Button, MenuItem, TextField } from '@mui/material';
import { todayInParis } from '@rsa/vocabulary';
import { useConsoleDataProvider } from '../data/data-provider';
import { useFileOperation } from '../data/use-file-operation';
import { useReferenceItems } from '../data/use-reference-items';
import { FormDialog } from '../beneficiaries/FormDialog';
import { useT } from '../i18n/use-t';
import type { Enrolment } from './offer.type';
import { CalendarDateInput } from '../layout/CalendarDateInput';

type Dialog = 'etape' | 'refuse' | 'termine' | 'attendance' | null;

export const EnrolmentActions = ({ enrolment }: { enrolment: Enrolment }) => {
  const t = useT();
  const dataProvider = useConsoleDataProvider();
  const reasons = useReferenceItems('step_end_reason');
  const [open, setOpen] = useState<Dialog>(null);
  const [date, setDate] = useState('');
  const [text, setText] = useState('');
  const [reason, setReason] = useState('');
  const [collaborator, setCollaborator] = useState('');
  // Whom the operator may name to follow the étape: the active opérateurs of their structure.
  const { data: colleagues = [] } = useGetList<{ id: string; name: string }>('operator-colleagues', { pagination: { page: 1, perPage: 200 }, sort: { field: 'name', order: 'ASC' } }, { enabled: open === 'etape' });
  const close = () => setOpen(null);
  const openWith = (dialog: Dialog, initialDate: string) => {
    setDate(initialDate);
    setText('');
    setReason('');
    setCollaborator('');
    setOpen(dialog);
  };
  const move = useFileOperation(
    (dialog: Dialog) =>
      dialog === 'attendance'
        ? dataProvider.setAttendance(enrolment.id, text)
        : dataProvider.moveEnrolment(enrolment.id, {
            to: dialog as 'etape' | 'refuse' | 'termine',
            ...(dialog === 'etape' ? { realStart: date, ...(collaborator ? { collaborator } : {}) } : {}),
            ...(dialog === 'termine' ? { realEnd: date, endReason: reason } : {}),
            ...(text.trim() ? { comment: text.trim() } : {}),
          }),
    open === 'refuse' ? t('rsa.offers.refused') : open === 'termine' ? t('rsa.offers.ended') : open === 'attendance' ? t('rsa.offers.attendance_saved') : t('rsa.offers.accepted'),
    close,
  );
  const label = `${enrolment.beneficiaryName} — ${enrolment.offerTitle}`;
  return (
    <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
      {enrolment.transitions.includes('etape') && (
        <Button size="small" variant="outlined" aria-label={`${t('rsa.offers.accept')} : ${label}`} onClick={() => openWith('etape', enrolment.plannedStart ?? todayInParis())}>
          {t('rsa.offers.accept')}
        </Button>
      )}
      {enrolment.transitions.includes('refuse') && (
        <Button size="small" aria-label={`${t('rsa.offers.refuse')} : ${label}`} onClick={() => openWith('refuse', '')}>
          {t('rsa.offers.refuse')}
        </Button>
      )}
      {enrolment.transitions.includes('termine') && (
        <Button size="small" variant="outlined" aria-label={`${t('rsa.offers.end')} : ${label}`} onClick={() => openWith('termine', todayInParis())}>
          {t('rsa.offers.end')}
        </Button>
      )}
      {enrolment.state === 'etape' && enrolment.transitions.includes('termine') && (
        <Button size="small" aria-label={`${t('rsa.offers.attendance')} : ${label}`} onClick={() => { openWith('attendance', ''); setText(enrolment.attendanceHours === null ? '' : String(enrolment.attendanceHours)); }}>
          {t('rsa.offers.attendance')}
        </Button>
      )}
      <FormDialog
        id={`enrolment-${enrolment.id}`}
        title={
          open === 'etape' ? t('rsa.offers.accept_title') : open === 'refuse' ? t('rsa.offers.refuse_title') : open === 'termine' ? t('rsa.offers.end_title') : t('rsa.offers.attendance_title')
        }
        open={open !== null}
        onClose={close}
        onSubmit={() => move.mutate(open)}
        submitLabel={open === 'etape' ? t('rsa.offers.accept') : open === 'refuse' ? t('rsa.offers.refuse') : open === 'termine' ? t('rsa.offers.end') : t('rsa.offers.attendance')}
        canSubmit={open === 'refuse' ? text.trim() !== '' : open === 'termine' ? date !== '' && reason !== '' : open === 'attendance' ? text.trim() !== '' : date !== ''}
        busy={move.isPending}
      >
        {(open === 'etape' || open === 'termine') && (
          <CalendarDateInput
            id={`enrolment-${enrolment.id}-date`}
            required
            label={open === 'etape' ? t('rsa.offers.real_start') : t('rsa.offers.real_end')}
            value={date}
            onChange={setDate}
          />
        )}
        {open === 'etape' && colleagues.length > 0 && (
          <TextField id={`enrolment-${enrolment.id}-collaborator`} select label={t('rsa.offers.collaborator')} value={collaborator} onChange={(e) => setCollaborator(e.target.value)} helperText={t('rsa.offers.collaborator_help')}>
            {colleagues.map((c) => (
              <MenuItem key={c.id} value={c.id}>
                {c.name}
              </MenuItem>
            ))}
          </TextField>
        )}
        {open === 'termine' && (
          <TextField id={`enrolment-${enrolment.id}-reason`} select required label={t('rsa.offers.end_reason')} value={reason} onChange={(e) => setReason(e.target.value)}>
            {reasons.map((r) => (
              <MenuItem key={r.id} value={r.code}>
                {r.label}
              </MenuItem>
            ))}
          </TextField>
        )}
        {open === 'attendance' ? (
          <TextField id={`enrolment-${enrolment.id}-hours`} required label={t('rsa.offers.hours')} value={text} onChange={(e) => setText(e.target.value)} inputMode="decimal" />
        ) : (
          open !== null && (
            <TextField
              id={`enrolment-${enrolment.id}-comment`}
              multiline
              minRows={2}
              required={open === 'refuse'}
              label={open === 'refuse' ? t('rsa.offers.motif') : t('rsa.offers.comment')}
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
          )
        )}
      </FormDialog>
    </Box>
  );
};
