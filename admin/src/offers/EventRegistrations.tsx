// Registrations to events (FEATURES O5), shared by the event's page and the file's « Étapes » tab:
// who is registered and their presence (Présent / Absent buttons from the day of the event — the
// server refuses earlier in French), and the registration dialogs: from the event (pick a file),
// from the file (pick an event). A full event is refused by the server in French.
import { useState } from 'react';
import { Autocomplete, Box, Button, MenuItem, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useCanAccess, useGetList } from 'react-admin';
import { formatDate } from '@rsa/vocabulary';
import { useConsoleDataProvider } from '../data/data-provider';
import { useFileOperation } from '../data/use-file-operation';
import { FormDialog } from '../beneficiaries/FormDialog';
import { useT } from '../i18n/use-t';
import type { EventItem, EventRegistration } from './event.type';

const PresenceButtons = ({ registration }: { registration: EventRegistration }) => {
  const t = useT();
  const dataProvider = useConsoleDataProvider();
  const confirm = useFileOperation((present: boolean) => dataProvider.confirmPresence(registration.id, present), t('rsa.offers.events.presence_saved'));
  const label = `${registration.beneficiaryName} — ${registration.eventTitle}`;
  return (
    <Box sx={{ display: 'flex', gap: 1 }}>
      <Button size="small" variant={registration.present === true ? 'contained' : 'outlined'} aria-label={`${t('rsa.offers.events.present')} : ${label}`} disabled={confirm.isPending} onClick={() => confirm.mutate(true)}>
        {t('rsa.offers.events.present')}
      </Button>
      <Button size="small" variant={registration.present === false ? 'contained' : 'outlined'} aria-label={`${t('rsa.offers.events.absent')} : ${label}`} disabled={confirm.isPending} onClick={() => confirm.mutate(false)}>
        {t('rsa.offers.events.absent')}
      </Button>
    </Box>
  );
};

const presenceText = (present: boolean | null, t: ReturnType<typeof useT>) =>
  present === null ? t('rsa.offers.events.registered') : present ? t('rsa.offers.events.present') : t('rsa.offers.events.absent');

/** The registrations of an event (`event`) or of a file (`beneficiary`). */
export const RegistrationTable = ({ filter, caption, showEvent }: { filter: { event: number } | { beneficiary: number }; caption: string; showEvent: boolean }) => {
  const t = useT();
  const { data = [], isPending } = useGetList<EventRegistration>('event-registrations', { filter, pagination: { page: 1, perPage: 500 }, sort: { field: 'id', order: 'ASC' } });
  if (isPending) return null;
  if (data.length === 0) return <Typography>{t('rsa.offers.events.no_registration')}</Typography>;
  return (
    <Table size="small" aria-label={caption}>
      <TableHead>
        <TableRow>
          {showEvent ? <TableCell>{t('rsa.offers.events.event')}</TableCell> : <TableCell>{t('rsa.offers.events.person')}</TableCell>}
          {showEvent && <TableCell>{t('rsa.offers.events.date')}</TableCell>}
          <TableCell>{t('rsa.offers.events.presence')}</TableCell>
          <TableCell>{t('rsa.offers.events.actions')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {data.map((r) => (
          <TableRow key={r.id}>
            <TableCell>{showEvent ? r.eventTitle : r.beneficiaryName}</TableCell>
            {showEvent && <TableCell>{formatDate(r.eventDate)}</TableCell>}
            <TableCell>{presenceText(r.present, t)}</TableCell>
            <TableCell>
              <PresenceButtons registration={r} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

type FileOption = { id: number; fileNumber: string; lastName: string; firstName: string };

/** From the event: pick one of the files the user sees (search by name or number). */
export const RegisterFileButton = ({ event }: { event: EventItem }) => {
  const t = useT();
  const dataProvider = useConsoleDataProvider();
  const { canAccess } = useCanAccess({ action: 'create', resource: 'event-registrations' });
  const [open, setOpen] = useState(false);
  const [q, setQ] = useState('');
  const [file, setFile] = useState<FileOption | null>(null);
  const { data: files = [] } = useGetList<FileOption>('beneficiaries', { filter: { q }, pagination: { page: 1, perPage: 20 }, sort: { field: 'lastName', order: 'ASC' } }, { enabled: open && q.trim().length >= 2 });
  const register = useFileOperation(() => dataProvider.registerToEvent(event.id, Number(file?.id)), t('rsa.offers.events.registered_ok'), () => setOpen(false));
  if (!canAccess || !event.active) return null;
  return (
    <>
      <Button variant="outlined" onClick={() => { setFile(null); setQ(''); setOpen(true); }}>
        {t('rsa.offers.events.register_file')}
      </Button>
      <FormDialog id="event-register" title={t('rsa.offers.events.register_title', { title: event.title })} open={open} onClose={() => setOpen(false)} onSubmit={() => register.mutate(undefined)} submitLabel={t('rsa.offers.events.register_submit')} canSubmit={file !== null} busy={register.isPending}>
        <Autocomplete<FileOption>
          options={files}
          value={file}
          filterOptions={(x) => x}
          onChange={(_e, value) => setFile(value)}
          onInputChange={(_e, value) => setQ(value)}
          getOptionLabel={(f) => `${f.lastName} ${f.firstName} (${f.fileNumber})`}
          isOptionEqualToValue={(a, b) => a.id === b.id}
          noOptionsText={t('rsa.offers.events.type_to_search')}
          renderInput={(params) => <TextField {...params} id="event-register-file" required label={t('rsa.offers.events.person')} />}
        />
      </FormDialog>
    </>
  );
};

/** The events open to registration, for a picker. */
export const useUpcomingEvents = (enabled: boolean) =>
  useGetList<EventItem>('events', { pagination: { page: 1, perPage: 200 }, sort: { field: 'date', order: 'ASC' } }, { enabled }).data ?? [];

export const eventOptionText = (e: EventItem, t: ReturnType<typeof useT>) =>
  `${formatDate(e.date)} — ${e.title} (${e.typeLabel}${e.placesLeft === null ? '' : `, ${t('rsa.offers.events.places_left', { smart_count: e.placesLeft })}`})`;

/** The upcoming events to pick from (from the file, or for a saved selection). */
export const EventPicker = ({ id, events, value, onChange }: { id: string; events: EventItem[]; value: string; onChange(value: string): void }) => {
  const t = useT();
  return (
    <TextField id={id} select required label={t('rsa.offers.events.event')} value={value} onChange={(e) => onChange(e.target.value)}>
      {events.map((e) => (
        <MenuItem key={e.id} value={String(e.id)}>
          {eventOptionText(e, t)}
        </MenuItem>
      ))}
    </TextField>
  );
};

/** From the file: pick an upcoming event. */
export const RegisterToEventButton = ({ beneficiaryId }: { beneficiaryId: number }) => {
  const t = useT();
  const dataProvider = useConsoleDataProvider();
  const [open, setOpen] = useState(false);
  const [eventId, setEventId] = useState('');
  const events = useUpcomingEvents(open);
  const register = useFileOperation(() => dataProvider.registerToEvent(Number(eventId), beneficiaryId), t('rsa.offers.events.registered_ok'), () => setOpen(false));
  return (
    <>
      <Button variant="outlined" onClick={() => { setEventId(''); setOpen(true); }}>
        {t('rsa.offers.events.register')}
      </Button>
      <FormDialog id="file-event-register" title={t('rsa.offers.events.register')} open={open} onClose={() => setOpen(false)} onSubmit={() => register.mutate(undefined)} submitLabel={t('rsa.offers.events.register_submit')} canSubmit={eventId !== ''} busy={register.isPending}>
        <EventPicker id="file-event" events={events} value={eventId} onChange={setEventId} />
      </FormDialog>
    </>
  );
};
