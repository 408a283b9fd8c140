import { APPOINTMENT_STATUSES, APPOINTMENT_STATUS_LABELS, type AppointmentStatus } from '@rsa/vocabulary';

export type Appointment = {
  id: number;
  beneficiary: number | null;
  beneficiaryName: string | null;
  fileNumber: string | null;
  collaborator: string;
  collaboratorName: string;
  type: string | null;
  typeLabel: string | null;
  theme: string | null;
  themeLabel: string | null;
  place: string | null;
  placeLabel: string | null;
  start: string;
  end: string;
  duration: number;
  status: AppointmentStatus;
  statusLabel: string;
  smsReminder: boolean;
  synthesis: string | null;
  outcome: string | null;
  busy: boolean;
  canEdit?: boolean;
  canWriteSynthesis?: boolean;
  warnings?: string[];
  reminders?: Array<{ start: string; status: string; sentAt: string | null }>;
};

/** The réalisation choices, from the vocabulary the server checks against. */
export const STATUS_CHOICES = APPOINTMENT_STATUSES.map((id) => ({ id, name: APPOINTMENT_STATUS_LABELS[id] }));
