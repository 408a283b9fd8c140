import { formatFrenchDate, type CalendarDate } from '@rsa/vocabulary';
import { MERGE_FIELDS, type MergeField, type MergeValues } from './merge-fields';
import type { MergeTemplateKind } from './merge-template-kind';

// What a merge prints, field by field, from the records the server read: whatever else those
// records carry (notes, synthèse…) cannot reach a template, even one asking for it.
export type MergePerson = {
  civility: string | null;
  lastName: string | null;
  firstName: string | null;
  birthDate: string | null;
  fileNumber: string | null;
  address: { line1: string | null; line2: string | null; postalCode: string | null; city: string | null } | null;
  phone: string | null;
  email: string | null;
};

export type MergeAppointment = {
  /** Start in Europe/Paris, `aaaa-mm-jjThh:mm` (the appointments plugin's `startLocal`). */
  startLocal: string;
  duration: number;
  typeLabel: string | null;
  themeLabel: string | null;
  placeLabel: string | null;
  collaboratorName: string | null;
  collaboratorStructure: string | null;
  capacity: number | null;
};

export type MergeContext = {
  person: MergePerson;
  referent: { name: string | null; structure: string | null } | null;
  senderName: string | null;
  today: CalendarDate;
  appointment: MergeAppointment | null;
};

const DAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

const text = (value: string | number | null | undefined): string => (value === null || value === undefined ? '' : String(value).trim());

/** « mardi 14 mai 2024 » (1er for the first of the month, the French habit). */
export const frenchLongDate = (date: string): string => {
  const [y, m, d] = date.split('-').map(Number);
  if (!y || !m || !d) return '';
  const weekday = DAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
  return `${weekday} ${d === 1 ? '1er' : d} ${MONTHS[m - 1]} ${y}`;
};

/** « 14 h 30 », « 9 h » from minutes after midnight. */
export const frenchTime = (minutes: number): string => {
  const h = Math.floor(minutes / 60) % 24;
  const m = minutes % 60;
  return m === 0 ? `${h} h` : `${h} h ${String(m).padStart(2, '0')}`;
};

export const frenchDuration = (minutes: number): string => {
  if (minutes < 60) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h} h` : `${h} h ${String(m).padStart(2, '0')}`;
};

const appointmentValues = (a: MergeAppointment | null): MergeValues => {
  if (!a) return {};
  const [date = '', time = ''] = a.startLocal.split('T');
  const [hh, mm] = time.split(':').map(Number);
  const start = (hh ?? 0) * 60 + (mm ?? 0);
  return {
    appointmentDate: formatFrenchDate(date as CalendarDate),
    appointmentDay: frenchLongDate(date),
    appointmentTime: frenchTime(start),
    appointmentEnd: frenchTime(start + a.duration),
    duration: frenchDuration(a.duration),
    appointmentType: text(a.typeLabel),
    appointmentTheme: text(a.themeLabel),
    place: text(a.placeLabel),
    collaboratorName: text(a.collaboratorName),
    collaboratorStructure: text(a.collaboratorStructure),
    capacity: text(a.capacity),
  };
};

/** The values of a kind's merge fields, every one of them a string (an unknown value prints nothing). */
export const mergeValues = (kind: MergeTemplateKind, context: MergeContext): Record<string, string> => {
  const { person, referent } = context;
  const address = person.address;
  const all: MergeValues = {
    civility: text(person.civility),
    lastName: text(person.lastName),
    firstName: text(person.firstName),
    fullName: [text(person.firstName), text(person.lastName).toLocaleUpperCase('fr-FR')].filter((p) => p !== '').join(' '),
    birthDate: formatFrenchDate(person.birthDate as CalendarDate | null),
    fileNumber: text(person.fileNumber),
    address: address
      ? [text(address.line1), text(address.line2), [text(address.postalCode), text(address.city)].filter((p) => p !== '').join(' ')].filter((l) => l !== '').join('\n')
      : '',
    referentName: text(referent?.name),
    referentStructure: text(referent?.structure),
    senderName: text(context.senderName),
    today: formatFrenchDate(context.today),
    phone: text(person.phone),
    email: text(person.email),
    ...appointmentValues(context.appointment),
  };
  const values: Record<string, string> = {};
  for (const field of MERGE_FIELDS[kind] as readonly MergeField[]) values[field] = all[field] ?? '';
  return values;
};
