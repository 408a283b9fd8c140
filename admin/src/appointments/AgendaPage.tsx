// The agenda (FEATURES A6): day / week / month (FullCalendar, MIT packages, French), the user's own
// agenda and the shared ones side by side (one colour each), a slot chosen → the appointment
// form, an appointment dragged → moved with the same conflict check, a click → the appointment.
// Times are Paris wall-clock strings from the server, shown as they are (timeZone UTC = no shift).
import { useEffect, useMemo, useRef, useState } from 'react';
import FullCalendar from '@fullcalendar/react';
import dayGridPlugin from '@fullcalendar/daygrid';
import timeGridPlugin from '@fullcalendar/timegrid';
import interactionPlugin from '@fullcalendar/interaction';
import frLocale from '@fullcalendar/core/locales/fr';
import type { DateSelectArg, EventClickArg, EventDropArg, DatesSetArg } from '@fullcalendar/core';
import { Box, Button, Card, CardContent, Checkbox, FormControlLabel, FormGroup, Typography } from '@mui/material';
import { Title, useCanAccess, useDataProvider, useGetIdentity, useGetList, useNotify, useRedirect } from 'react-admin';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useT } from '../i18n/use-t';
import type { Appointment } from './appointment.type';
import { AppointmentFormDialog, type AppointmentDraft } from './AppointmentFormDialog';
import { CalendarFeedCard } from './CalendarFeedCard';
import { CollectiveFormDialog } from './CollectiveFormDialog';
import { useConflictSave } from './use-conflict-save';

const COLOURS = ['#1565c0', '#2e7d32', '#6a1b9a', '#ad1457', '#e65100', '#00695c'];
type Agenda = { id: string; login: string; name: string };

const wallClock = (date: Date): string => date.toISOString().slice(0, 16);

export const AgendaPage = () => {
  const t = useT();
  const notify = useNotify();
  const redirect = useRedirect();
  const dataProvider = useDataProvider();
  const queryClient = useQueryClient();
  const { identity } = useGetIdentity();
  const { data: agendas = [] } = useGetList<Agenda>('appointment-agendas', { pagination: { page: 1, perPage: 200 } });
  const [chosen, setChosen] = useState<string[] | null>(null);
  const shown = chosen ?? (identity?.login ? [String(identity.login)] : []);
  const [range, setRange] = useState<{ from: string; to: string } | null>(null);
  const [draft, setDraft] = useState<AppointmentDraft | null>(null);
  const [collectiveOpen, setCollectiveOpen] = useState(false);
  const { data: mayBookCollective } = useCanAccess({ action: 'create', resource: 'appointment-collectives' });
  const { run, dialog } = useConflictSave();
  const calendarBox = useRef<HTMLDivElement>(null);
  // FullCalendar's arrow icons are role="img" without a name; the buttons carry the name (title).
  useEffect(() => {
    calendarBox.current?.querySelectorAll('.fc-icon[role="img"]').forEach((icon) => {
      icon.removeAttribute('role');
      icon.setAttribute('aria-hidden', 'true');
    });
  });

  const { data: appointments = [] } = useQuery({
    queryKey: ['rsa', 'agenda', shown, range],
    enabled: range !== null && shown.length > 0,
    queryFn: async () => {
      const lists = await Promise.all(
        shown.map((login) =>
          dataProvider.getList<Appointment>('appointments', {
            filter: { collaborator: login, from: range?.from, to: range?.to },
            pagination: { page: 1, perPage: 500 },
            sort: { field: 'start', order: 'ASC' },
          }),
        ),
      );
      return lists.flatMap((l) => l.data);
    },
  });
  const colourOf = useMemo(() => new Map(agendas.map((a, i) => [a.login, COLOURS[i % COLOURS.length]])), [agendas]);
  const events = appointments.map((a) => ({
    id: String(a.id),
    title: a.busy ? `${t('rsa.appointments.busy')} (${a.collaboratorName})` : `${a.beneficiaryName ?? ''} – ${a.typeLabel ?? ''}${shown.length > 1 ? ` (${a.collaboratorName})` : ''}`,
    start: a.start,
    end: a.end,
    backgroundColor: colourOf.get(a.collaborator) ?? COLOURS[0],
    borderColor: colourOf.get(a.collaborator) ?? COLOURS[0],
    editable: !a.busy && a.status === 'prevu',
    classNames: a.status.startsWith('annule') ? ['rsa-cancelled'] : [],
  }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['rsa', 'agenda'] });

  const onSelect = (selection: DateSelectArg) => {
    const start = wallClock(selection.start);
    const minutes = Math.max(15, Math.round((selection.end.getTime() - selection.start.getTime()) / 60_000));
    setDraft({ date: start.slice(0, 10), time: start.slice(11, 16), duration: selection.allDay ? 45 : Math.min(minutes, 480), collaborator: shown.length === 1 ? shown[0] : undefined });
  };
  const onDrop = (drop: EventDropArg) => {
    const start = drop.event.start ? wallClock(drop.event.start) : null;
    if (!start) return drop.revert();
    void run(
      async (allowOverlap) => {
        await dataProvider.update('appointments', { id: Number(drop.event.id), data: { start, allowOverlap }, previousData: { id: Number(drop.event.id) } });
        notify(t('rsa.appointments.moved'), { type: 'success' });
        await refresh();
      },
      () => drop.revert(),
    );
  };
  const onClick = (click: EventClickArg) => {
    const appointment = appointments.find((a) => String(a.id) === click.event.id);
    if (appointment && !appointment.busy) redirect('show', 'appointments', appointment.id);
  };
  const onDates = (dates: DatesSetArg) => {
    const from = wallClock(dates.start).slice(0, 10);
    const to = wallClock(new Date(dates.end.getTime() - 1)).slice(0, 10);
    if (range?.from !== from || range?.to !== to) setRange({ from, to });
  };

  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '240px 1fr' }, mt: 2 }}>
      <Title title={t('rsa.appointments.agenda_title')} />
      <Box sx={{ display: 'grid', gap: 2, alignContent: 'start' }}>
        <Card>
          <CardContent>
            <Typography component="h2" variant="h6">
              {t('rsa.appointments.agendas')}
            </Typography>
            <FormGroup>
              {agendas.map((a) => (
                <FormControlLabel
                  key={a.login}
                  label={a.name}
                  sx={{ '& .MuiFormControlLabel-label': { borderLeft: 4, borderColor: colourOf.get(a.login), pl: 1 } }}
                  control={
                    <Checkbox
                      checked={shown.includes(a.login)}
                      onChange={(e) => setChosen(e.target.checked ? [...shown, a.login] : shown.filter((l) => l !== a.login))}
                    />
                  }
                />
              ))}
            </FormGroup>
          </CardContent>
        </Card>
        {mayBookCollective && (
          <Button variant="outlined" onClick={() => setCollectiveOpen(true)}>
            {t('rsa.appointments.collective_new')}
          </Button>
        )}
        <CalendarFeedCard />
      </Box>
      <Card ref={calendarBox}>
        <CardContent>
          <Typography component="h1" variant="h5" sx={{ mb: 1 }}>
            {t('rsa.appointments.agenda_title')}
          </Typography>
          <FullCalendar
            plugins={[dayGridPlugin, timeGridPlugin, interactionPlugin]}
            locale={frLocale}
            timeZone="UTC"
            initialView="timeGridWeek"
            headerToolbar={{ left: 'prev,next today', center: 'title', right: 'timeGridDay,timeGridWeek,dayGridMonth' }}
            slotMinTime="07:00:00"
            slotMaxTime="20:00:00"
            allDaySlot={false}
            nowIndicator
            selectable
            editable
            eventDurationEditable={false}
            events={events}
            select={onSelect}
            eventDrop={onDrop}
            eventClick={onClick}
            datesSet={onDates}
            height="auto"
          />
        </CardContent>
      </Card>
      <AppointmentFormDialog open={draft !== null} draft={draft} onClose={() => setDraft(null)} onSaved={() => void refresh()} />
      <CollectiveFormDialog open={collectiveOpen} onClose={() => setCollectiveOpen(false)} defaults={{ date: range?.from }} />
      {dialog}
    </Box>
  );
};
