// The rows and Excel columns of the CER reports (FEATURES C6), as the old "Générateur de
// rapports" showed them (guide, « Suivi des CER »), in the users' words.
import type { ReportColumn } from '@rsa/console-kit';

export type CerReportRow = {
  id: number;
  beneficiary: number;
  fileNumber: string;
  lastName: string;
  firstName: string;
  referentLogin: string | null;
  referentName: string | null;
  referentStructure: string | null;
  number: number;
  signedOn: string | null;
  start: string;
  end: string | null;
  state: string;
  stateLabel: string;
  priority: string | null;
  validatedOn: string | null;
  notValidatedOn: string | null;
  decision: string | null;
  lastContract: boolean;
  daysUntilRenewal: number | null;
};

export type FileWithoutCerRow = {
  id: number;
  beneficiary: number;
  fileNumber: string;
  lastName: string;
  firstName: string;
  referentLogin: string | null;
  referentName: string | null;
  referentStructure: string | null;
  updatedFromGenesisOn: string | null;
};

export type CerReportName = 'cer-by-state' | 'cer-validated' | 'cer-not-validated' | 'cer-renewal';

const PERSON: ReportColumn<CerReportRow | FileWithoutCerRow>[] = [
  { header: 'Structure référent actuel', value: (r) => r.referentStructure, width: 28 },
  { header: 'Référent actuel', value: (r) => r.referentName, width: 24 },
  { header: 'Dossier', value: (r) => r.fileNumber, width: 10 },
  { header: 'Nom', value: (r) => r.lastName, width: 20 },
  { header: 'Prénom', value: (r) => r.firstName, width: 18 },
];

const CONTRACT: ReportColumn<CerReportRow>[] = [
  { header: 'N° CER', value: (r) => r.number, type: 'number', width: 8 },
  { header: 'Date signature', value: (r) => r.signedOn, type: 'date' },
  { header: 'Début contrat', value: (r) => r.start, type: 'date' },
  { header: 'Fin contrat', value: (r) => r.end, type: 'date' },
  { header: 'État', value: (r) => r.stateLabel, width: 30 },
  { header: 'Priorité', value: (r) => r.priority },
];

const EXTRA: Record<CerReportName, ReportColumn<CerReportRow>[]> = {
  'cer-by-state': [],
  'cer-validated': [{ header: 'Date validation', value: (r) => r.validatedOn, type: 'date' }],
  'cer-not-validated': [
    { header: 'Date non-validation', value: (r) => r.notValidatedOn, type: 'date' },
    { header: 'Décision commentée', value: (r) => r.decision, width: 40 },
  ],
  'cer-renewal': [{ header: 'Jours avant échéance', value: (r) => r.daysUntilRenewal, type: 'number' }],
};

export const CER_REPORT_TITLES: Record<CerReportName | 'files-without-cer', string> = {
  'cer-by-state': 'CER par état',
  'cer-validated': 'CER validés',
  'cer-not-validated': 'CER non validés',
  'cer-renewal': 'CER à renouveler',
  'files-without-cer': 'Dossiers sans CER',
};

export const cerReportColumns = (name: CerReportName): ReportColumn<CerReportRow>[] => [
  ...(PERSON as ReportColumn<CerReportRow>[]),
  ...CONTRACT,
  ...EXTRA[name],
];

export const filesWithoutCerColumns: ReportColumn<FileWithoutCerRow>[] = [
  ...(PERSON as ReportColumn<FileWithoutCerRow>[]),
  { header: 'Date actualisation dossier', value: (r) => r.updatedFromGenesisOn, type: 'date' },
];
