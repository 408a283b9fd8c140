// Réalisation of an appointment (FEATURES A1, CONTRACT.md `appointments`): six statuses, shared by
// the appointments plugin (its rules live in its domain) and the console's choices.
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
