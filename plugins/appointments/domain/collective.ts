// Collective appointments (FEATURES A4): one appointment written into every file of a selection,
// within a capacity; the attendance of each person is the réalisation of their own copy
// (présent = honoré, excusé = absence justifiée, absent = absence non justifiée).
import type { AppointmentStatus } from './appointment-status';

export const COLLECTIVE_MAX = 200;

export type CapacityCheck = { ok: true; capacity: number } | { ok: false; message: string; field: string };

/** The capacity given (whole number, 1 to COLLECTIVE_MAX) and the number of participants within it. */
export function checkCapacity(capacity: unknown, participants: number): CapacityCheck {
  const n = typeof capacity === 'string' && capacity.trim() !== '' ? Number(capacity) : capacity;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > COLLECTIVE_MAX) {
    return { ok: false, message: `Capacité invalide : un nombre entier de places entre 1 et ${COLLECTIVE_MAX}.`, field: 'capacity' };
  }
  if (participants === 0) return { ok: false, message: 'Aucun dossier à convoquer : choisissez une sélection ou des dossiers.', field: 'selection' };
  if (participants > n) {
    return { ok: false, message: `Capacité dépassée : ${participants} participants pour ${n} place${n > 1 ? 's' : ''}.`, field: 'capacity' };
  }
  return { ok: true, capacity: n };
}

export const ATTENDANCE = {
  present: 'honore',
  excuse: 'absence_justifiee',
  absent: 'absence_non_justifiee',
  annule: 'annule_beneficiaire',
  prevu: 'prevu',
} as const satisfies Record<string, AppointmentStatus>;

export type Attendance = keyof typeof ATTENDANCE;

export const ATTENDANCE_LABELS: Readonly<Record<Attendance, string>> = {
  present: 'Présent',
  excuse: 'Excusé',
  absent: 'Absent',
  annule: 'Désinscrit',
  prevu: 'Non renseigné',
};

export const isAttendance = (value: unknown): value is Attendance => typeof value === 'string' && Object.prototype.hasOwnProperty.call(ATTENDANCE, value);

/** The attendance a réalisation reads as (an individual status outside the list reads « non renseigné »). */
export function attendanceOf(status: AppointmentStatus): Attendance {
  const found = (Object.keys(ATTENDANCE) as Attendance[]).find((a) => ATTENDANCE[a] === status);
  return found ?? 'prevu';
}
