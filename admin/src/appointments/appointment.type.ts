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
  status: string;
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

export const STATUS_CHOICES = [
  { id: 'prevu', name: 'Prévu' },
  { id: 'honore', name: 'Honoré' },
  { id: 'absence_justifiee', name: 'Absence justifiée' },
  { id: 'absence_non_justifiee', name: 'Absence non justifiée' },
  { id: 'annule_referent', name: 'Annulé par le référent' },
  { id: 'annule_beneficiaire', name: 'Annulé par le bénéficiaire' },
];
