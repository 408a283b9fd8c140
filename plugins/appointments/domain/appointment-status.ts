// Réalisation of an appointment (FEATURES A1, CONTRACT.md `appointments`): six statuses.
export const APPOINTMENT_STATUSES = ['prevu', 'honore', 'absence_justifiee', 'absence_non_justifiee', 'annule_referent', 'annule_beneficiaire'] as const;

export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

export const APPOINTMENT_STATUS_LABELS: Readonly<Record<AppointmentStatus, string>> = {
  prevu: 'Prévu',
  honore: 'Honoré',
  absence_justifiee: 'Absence justifiée',
  absence_non_justifiee: 'Absence non justifiée',
  annule_referent: 'Annulé par le référent',
  annule_beneficiaire: 'Annulé par le bénéficiaire',
};

export const isAppointmentStatus = (value: unknown): value is AppointmentStatus =>
  typeof value === 'string' && (APPOINTMENT_STATUSES as readonly string[]).includes(value);

/** Cancelled appointments free the slot: they never conflict and leave the iCalendar feed. */
export const isCancelled = (status: AppointmentStatus): boolean => status === 'annule_referent' || status === 'annule_beneficiaire';

/** Absences leave the iCalendar feed too (A7); the no-show (non justifiée) counts toward a MIDEM (A8). */
export const isAbsence = (status: AppointmentStatus): boolean => status === 'absence_justifiee' || status === 'absence_non_justifiee';

export const isNoShow = (status: AppointmentStatus): boolean => status === 'absence_non_justifiee';

/** A réalisation other than « prévu » says what happened: only once the appointment has begun. */
export const statusNeedsStart = (status: AppointmentStatus): boolean => status === 'honore' || isAbsence(status);
