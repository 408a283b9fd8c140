// Réalisation of an appointment (FEATURES A1, CONTRACT.md `appointments`): six statuses.
import type { AppointmentStatus } from '@rsa/vocabulary';

// The statuses and their labels are vocabulary (the console offers them too).
export { APPOINTMENT_STATUSES, APPOINTMENT_STATUS_LABELS, isAppointmentStatus, type AppointmentStatus } from '@rsa/vocabulary';

/** Cancelled appointments free the slot: they never conflict and leave the iCalendar feed. */
export const isCancelled = (status: AppointmentStatus): boolean => status === 'annule_referent' || status === 'annule_beneficiaire';

/** Absences leave the iCalendar feed too (A7); the no-show (non justifiée) counts toward a MIDEM (A8). */
export const isAbsence = (status: AppointmentStatus): boolean => status === 'absence_justifiee' || status === 'absence_non_justifiee';

export const isNoShow = (status: AppointmentStatus): boolean => status === 'absence_non_justifiee';

/** A réalisation other than « prévu » says what happened: only once the appointment has begun. */
export const statusNeedsStart = (status: AppointmentStatus): boolean => status === 'honore' || isAbsence(status);
