// The inputs an individual and a collective appointment share (FEATURES A1, A4): collaborator
// (own or shared agenda), date and time in Europe/Paris, duration, then type / theme / place from
// the CMS lists (active values only, by code: the server checks them again).
import { AutocompleteInput, DateInput, NumberInput, ReferenceInput, SelectInput, TimeInput, required } from 'react-admin';
import type { ReactNode } from 'react';
import { useReferenceItems } from '../data/use-reference-items';

const keep = (value: unknown) => value;

// The slot the server books: « aaaa-mm-jjThh:mm », Paris local time.
const slotStart = (values: Record<string, unknown>): string => `${String(values.date).slice(0, 10)}T${String(values.time).slice(0, 5)}`;

/** What both appointment forms send of these inputs (the collaborator defaults to the caller). */
export const slotBody = (values: Record<string, unknown>, login: string | undefined) => ({
  collaborator: values.collaborator || login,
  type: values.type,
  theme: values.theme,
  place: values.place,
  start: slotStart(values),
  duration: Number(values.duration),
});

// `beforeLists`: what a form asks between the slot and the lists (the collective capacity).
export const AppointmentInputs = ({ beforeLists }: { beforeLists?: ReactNode }) => {
  const typeChoices = useReferenceItems('appointment_type');
  const themeChoices = useReferenceItems('appointment_theme');
  const placeChoices = useReferenceItems('place');
  return (
    <>
      <ReferenceInput source="collaborator" reference="appointment-agendas">
        <AutocompleteInput label="resources.appointments.fields.collaborator" optionText="name" optionValue="login" validate={required()} />
      </ReferenceInput>
      <DateInput source="date" label="resources.appointments.fields.date" validate={required()} />
      <TimeInput source="time" label="resources.appointments.fields.time" format={keep} parse={keep} validate={required()} />
      <NumberInput source="duration" label="resources.appointments.fields.duration" min={5} max={1440} step={5} validate={required()} />
      {beforeLists}
      <SelectInput source="type" label="resources.appointments.fields.type" choices={typeChoices} optionText="label" optionValue="code" validate={required()} />
      <SelectInput source="theme" label="resources.appointments.fields.theme" choices={themeChoices} optionText="label" optionValue="code" validate={required()} />
      <SelectInput source="place" label="resources.appointments.fields.place" choices={placeChoices} optionText="label" optionValue="code" validate={required()} />
    </>
  );
};
