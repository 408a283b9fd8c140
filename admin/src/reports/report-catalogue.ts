// The reports the server runs (GET /api/console/reports/<name>): their titles, parameters and
// columns, as report-runner.ts (file active) and cer-report-columns.ts (CER) define them. The
// JSON rows carry no headers, so the French ones are restated here, in the Excel's order.
export type ReportParam = 'from' | 'to' | 'days' | 'structure' | 'state';
export type ReportColumn = { key: string; header: string; type?: 'date' | 'number' };
export type ReportDefinition = { name: string; title: string; group: 'File active' | 'CER'; params: ReportParam[]; columns: ReportColumn[] };

const FILE: ReportColumn[] = [
  { key: 'fileNumber', header: 'N° dossier' },
  { key: 'lastName', header: 'Nom' },
  { key: 'firstName', header: 'Prénom' },
];
const REFERENT: ReportColumn[] = [
  { key: 'referentStructure', header: 'Structure référent' },
  { key: 'referent', header: 'Référent' },
];
const CER_PERSON: ReportColumn[] = [
  { key: 'referentStructure', header: 'Structure référent actuel' },
  { key: 'referentName', header: 'Référent actuel' },
  { key: 'fileNumber', header: 'Dossier' },
  { key: 'lastName', header: 'Nom' },
  { key: 'firstName', header: 'Prénom' },
];
const CER_CONTRACT: ReportColumn[] = [
  { key: 'number', header: 'N° CER', type: 'number' },
  { key: 'signedOn', header: 'Date signature', type: 'date' },
  { key: 'start', header: 'Début contrat', type: 'date' },
  { key: 'end', header: 'Fin contrat', type: 'date' },
  { key: 'stateLabel', header: 'État' },
  { key: 'priority', header: 'Priorité' },
];

export const REPORTS: readonly ReportDefinition[] = [
  {
    name: 'standbys-ending',
    title: 'Veilles se terminant bientôt',
    group: 'File active',
    params: ['days'],
    columns: [
      ...FILE,
      { key: 'start', header: 'Début de la veille', type: 'date' },
      { key: 'end', header: 'Fin prévue', type: 'date' },
      { key: 'daysLeft', header: 'Jours restants', type: 'number' },
      { key: 'motif', header: 'Motif' },
      ...REFERENT,
    ],
  },
  {
    name: 'missing-characteristics',
    title: 'Caractéristiques requises manquantes',
    group: 'File active',
    params: [],
    columns: [...FILE, { key: 'missing', header: 'Caractéristiques manquantes' }, ...REFERENT],
  },
  {
    name: 'caseload-exits',
    title: 'Sorties de file active – structure',
    group: 'File active',
    params: ['structure'],
    columns: [
      ...REFERENT,
      ...FILE,
      { key: 'updatedFromGenesisOn', header: 'Date actualisation dossier', type: 'date' },
      { key: 'referentStart', header: 'Début de l’affectation', type: 'date' },
      { key: 'referentEnd', header: 'Fin d’affectation', type: 'date' },
    ],
  },
  {
    name: 'file-active',
    title: 'File active – entrées',
    group: 'File active',
    params: ['from', 'to'],
    columns: [
      { key: 'structure', header: 'Structure référent' },
      { key: 'referent', header: 'Référent' },
      { key: 'start', header: 'Début de l’affectation', type: 'date' },
      { key: 'cafNumber', header: 'Numéro CAF' },
      ...FILE,
      { key: 'territory', header: 'DTAS' },
    ],
  },
  {
    name: 'nsdd',
    title: 'Dossiers NSDD',
    group: 'File active',
    params: [],
    columns: [...REFERENT, ...FILE, { key: 'sddNsdd', header: 'SDD / NSDD' }],
  },
  {
    name: 'midem-requests',
    title: 'Demandes de MIDEM',
    group: 'File active',
    params: [],
    columns: [
      ...REFERENT,
      ...FILE,
      { key: 'motif', header: 'Motif demande de MIDEM' },
      { key: 'requestedOn', header: 'Date demande de MIDEM', type: 'date' },
      { key: 'midemOn', header: 'Date MIDEM', type: 'date' },
      { key: 'statusLabel', header: 'État de la demande' },
    ],
  },
  {
    name: 'closed-rights',
    title: 'Fins d’accompagnement à solliciter car droit clos',
    group: 'File active',
    params: [],
    columns: [
      ...REFERENT,
      ...FILE,
      { key: 'rightsState', header: 'État du droit' },
      { key: 'rightsStateOn', header: 'Date état du droit', type: 'date' },
      { key: 'closureMotif', header: 'Motif de clôture' },
    ],
  },
  {
    name: 'mutations',
    title: 'Mutations',
    group: 'File active',
    params: [],
    columns: [
      ...REFERENT,
      ...FILE,
      { key: 'city', header: 'Commune' },
      { key: 'inseeCode', header: 'Code INSEE' },
      { key: 'territory', header: 'DTAS du dossier' },
      { key: 'communeTerritory', header: 'DTAS de la commune' },
      { key: 'mutationLabel', header: 'Mutation' },
    ],
  },
  { name: 'cer-by-state', title: 'CER par état', group: 'CER', params: ['from', 'to', 'state'], columns: [...CER_PERSON, ...CER_CONTRACT] },
  {
    name: 'cer-validated',
    title: 'CER validés',
    group: 'CER',
    params: ['from', 'to'],
    columns: [...CER_PERSON, ...CER_CONTRACT, { key: 'validatedOn', header: 'Date validation', type: 'date' }],
  },
  {
    name: 'cer-not-validated',
    title: 'CER non validés',
    group: 'CER',
    params: ['from', 'to'],
    columns: [
      ...CER_PERSON,
      ...CER_CONTRACT,
      { key: 'notValidatedOn', header: 'Date non-validation', type: 'date' },
      { key: 'decision', header: 'Décision commentée' },
    ],
  },
  {
    name: 'files-without-cer',
    title: 'Dossiers sans CER',
    group: 'CER',
    params: [],
    columns: [...CER_PERSON, { key: 'updatedFromGenesisOn', header: 'Date actualisation dossier', type: 'date' }],
  },
  {
    name: 'cer-renewal',
    title: 'CER à renouveler',
    group: 'CER',
    params: ['days'],
    columns: [...CER_PERSON, ...CER_CONTRACT, { key: 'daysUntilRenewal', header: 'Jours avant échéance', type: 'number' }],
  },
];

export const PARAM_LABELS: Record<ReportParam, string> = {
  from: 'Du',
  to: 'Au',
  days: 'Nombre de jours',
  structure: 'Structure (code, facultatif)',
  state: 'État du CER',
};

/** The query string of a run or an export: only the parameters the report takes, when filled. */
export const reportQuery = (report: ReportDefinition, values: Partial<Record<ReportParam, string>>): string => {
  const query = new URLSearchParams();
  for (const param of report.params) {
    const value = values[param]?.trim();
    if (value) query.set(param, value);
  }
  return query.toString();
};
