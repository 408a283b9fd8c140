import { APPOINTMENT_STATUSES, APPOINTMENT_STATUS_LABELS, type AppointmentView } from '@rsa/vocabulary';

// The server's shape (vocabulary console-shapes), with what the console adds for one appointment.
export type Appointment = AppointmentView & {
  canEdit?: boolean;
  canWriteSynthesis?: boolean;
  warnings?: string[];
  reminders?: Array<{ start: string; status: string; sentAt: string | null }>;
};

/** The réalisation choices, from the vocabulary the server checks against. */
export const STATUS_CHOICES = APPOINTMENT_STATUSES.map((id) => ({ id, name: APPOINTMENT_STATUS_LABELS[id] }));
