// The rows and Excel columns of the CER reports (FEATURES C6), as the old "Générateur de
// rapports" showed them (guide, « Suivi des CER »), in the users' words.
import type { ReportColumn } from '@rsa/console-kit';
import { CER_STATES, CER_STATE_SHORT_LABELS, PERIMETER_PARAMS, type ReportDescription, type ReportParamDescription } from '@rsa/vocabulary';

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
  { key: 'referentStructure', header: 'Structure référent actuel', value: (r) => r.referentStructure, width: 28 },
  { key: 'referentName', header: 'Référent actuel', value: (r) => r.referentName, width: 24 },
  { key: 'fileNumber', header: 'Dossier', value: (r) => r.fileNumber, width: 10 },
  { key: 'lastName', header: 'Nom', value: (r) => r.lastName, width: 20 },
  { key: 'firstName', header: 'Prénom', value: (r) => r.firstName, width: 18 },
];

const CONTRACT: ReportColumn<CerReportRow>[] = [
  { key: 'number', header: 'N° CER', value: (r) => r.number, type: 'number', width: 8 },
  { key: 'signedOn', header: 'Date signature', value: (r) => r.signedOn, type: 'date' },
  { key: 'start', header: 'Début contrat', value: (r) => r.start, type: 'date' },
  { key: 'end', header: 'Fin contrat', value: (r) => r.end, type: 'date' },
  { key: 'stateLabel', header: 'État', value: (r) => r.stateLabel, width: 30 },
  { key: 'priority', header: 'Priorité', value: (r) => r.priority },
];

const EXTRA: Record<CerReportName, ReportColumn<CerReportRow>[]> = {
  'cer-by-state': [],
  'cer-validated': [{ key: 'validatedOn', header: 'Date validation', value: (r) => r.validatedOn, type: 'date' }],
  'cer-not-validated': [
    { key: 'notValidatedOn', header: 'Date non-validation', value: (r) => r.notValidatedOn, type: 'date' },
    { key: 'decision', header: 'Décision commentée', value: (r) => r.decision, width: 40 },
  ],
  'cer-renewal': [{ key: 'daysUntilRenewal', header: 'Jours avant échéance', value: (r) => r.daysUntilRenewal, type: 'number' }],
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
  { key: 'updatedFromGenesisOn', header: 'Date actualisation dossier', value: (r) => r.updatedFromGenesisOn, type: 'date' },
];

const PERIOD: ReportParamDescription[] = [
  { name: 'from', label: 'Du', kind: 'date' },
  { name: 'to', label: 'Au', kind: 'date' },
  { name: 'lastDays', label: 'Ou les derniers jours', kind: 'number' },
];

const PARAMS: Record<CerReportName | 'files-without-cer', ReportParamDescription[]> = {
  'cer-by-state': [...PERIOD, { name: 'state', label: 'État du CER', kind: 'choice', multiple: true, choices: CER_STATES.map((id) => ({ id, name: CER_STATE_SHORT_LABELS[id] })) }, ...PERIMETER_PARAMS],
  'cer-validated': [...PERIOD, ...PERIMETER_PARAMS],
  'cer-not-validated': [...PERIOD, ...PERIMETER_PARAMS],
  'cer-renewal': [{ name: 'days', label: 'Nombre de jours', kind: 'number', defaultValue: '30' }, ...PERIMETER_PARAMS],
  'files-without-cer': [...PERIMETER_PARAMS],
};

export const CER_REPORT_FILE_NAMES: Record<CerReportName | 'files-without-cer', string> = {
  'cer-by-state': 'cer-par-etat',
  'cer-validated': 'cer-valides',
  'cer-not-validated': 'cer-non-valides',
  'cer-renewal': 'cer-a-renouveler',
  'files-without-cer': 'dossiers-sans-cer',
};

const CER_REPORT_ORDER = ['cer-by-state', 'cer-validated', 'cer-not-validated', 'files-without-cer', 'cer-renewal'] as const;

/** The CER reports as the console builds its screen from them (GET /api/console/reports). */
export const cerReportCatalogue = (): ReportDescription[] =>
  CER_REPORT_ORDER.map((id) => ({
    id,
    title: CER_REPORT_TITLES[id],
    group: 'CER',
    fileName: CER_REPORT_FILE_NAMES[id],
    params: PARAMS[id],
    columns: (id === 'files-without-cer' ? filesWithoutCerColumns : cerReportColumns(id)).map((c) => ({ key: c.key ?? c.header, header: c.header, type: c.type })),
  }));
