// « Événements » (FEATURES O5): forums emploi, rencontres employeurs, informations collectives,
// salons — type, date, place, capacity and places left; a row opens the event (its
// registrations, presence, registration of a file).
import { BooleanInput, Datagrid, FunctionField, List, Show, TextField, TextInput, useRecordContext } from 'react-admin';
import { Box, Typography } from '@mui/material';
import { formatDate } from '@rsa/vocabulary';
import { useT } from '../i18n/use-t';
import { RegisterFileButton, RegistrationTable } from './EventRegistrations';
import type { EventItem } from './event.type';

const filters = [<TextInput key="q" source="q" alwaysOn resettable />, <BooleanInput key="past" source="past" alwaysOn />];

const place = (e: EventItem) => [e.place, e.commune].filter(Boolean).join(', ');

export const EventList = () => {
  const t = useT();
  const noLimit = t('rsa.offers.no_limit');
  return (
    <List title={t('rsa.offers.events.title')} filters={filters} sort={{ field: 'date', order: 'ASC' }} exporter={false} storeKey="events.list">
      <Datagrid bulkActionButtons={false} rowClick="show" empty={<p>{t('rsa.offers.events.empty')}</p>}>
        <FunctionField<EventItem> source="date" render={(e) => formatDate(e.date)} />
        <TextField source="typeLabel" />
        <TextField source="title" />
        <FunctionField<EventItem> source="place" sortable={false} render={place} />
        <FunctionField<EventItem> source="capacity" sortable={false} render={(e) => (e.capacity === null ? noLimit : String(e.capacity))} />
        <FunctionField<EventItem> source="placesLeft" render={(e) => (e.placesLeft === null ? noLimit : String(e.placesLeft))} />
      </Datagrid>
    </List>
  );
};

const EventDetail = () => {
  const t = useT();
  const event = useRecordContext<EventItem>();
  if (!event) return null;
  const noLimit = t('rsa.offers.no_limit');
  return (
    <Box sx={{ display: 'grid', gap: 2, p: 2 }}>
      <Typography component="h2" variant="h5">
        {event.title}
      </Typography>
      <Typography>
        {event.typeLabel} · {formatDate(event.date)}
        {place(event) ? ` · ${place(event)}` : ''}
        {event.operatorName ? ` · ${event.operatorName}` : ''}
      </Typography>
      <Typography>
        {event.capacity === null ? noLimit : t('rsa.offers.events.capacity_line', { capacity: event.capacity, left: event.placesLeft ?? 0 })}
      </Typography>
      {event.description && <Typography>{event.description}</Typography>}
      <Box>
        <RegisterFileButton event={event} />
      </Box>
      <Typography component="h3" variant="h6">
        {t('rsa.offers.events.registrations')}
      </Typography>
      <RegistrationTable filter={{ event: event.id }} caption={t('rsa.offers.events.registrations')} showEvent={false} />
    </Box>
  );
};

export const EventShow = () => (
  <Show>
    <EventDetail />
  </Show>
);
