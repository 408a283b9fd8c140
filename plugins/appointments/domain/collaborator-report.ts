// The report « Rendez-vous par collaborateur » (FEATURES A8): per collaborator, the appointments of
// a period counted by réalisation, and the réalisation rate. The SQL only counts per status; the
// rates are computed here, once.
import { APPOINTMENT_STATUSES, APPOINTMENT_STATUS_LABELS, PERIMETER_PARAMS, type AppointmentStatus, type ReportDescription, type ReportParamDescription } from '@rsa/vocabulary';
import { isCancelled, isNoShow } from './appointment-status';

export type StatusCounts = Readonly<Record<AppointmentStatus, number>>;

export const COLLABORATOR_REPORT_ID = 'appointments-by-collaborator';

/** The profiles that read reports (the same as the file-active reports); rows are limited to the files they see. */
export const COLLABORATOR_REPORT_PROFILES: readonly string[] = ['referent', 'referent_fse', 'secretariat', 'secretariat_structure', 'cadre', 'siege'];

/** Counts with every status present (0 when the SQL had none). */
export const statusCounts = (partial: Partial<Record<string, unknown>>): StatusCounts =>
  Object.fromEntries(APPOINTMENT_STATUSES.map((s) => [s, Number(partial[s] ?? 0) || 0])) as StatusCounts;

/**
 * The appointments that were due to take place: every one but those cancelled (by the référent or
 * the beneficiary), which were never going to be held. « Prévu » ones still count: a past
 * appointment whose réalisation was never entered is not a held one.
 */
export const dueCount = (counts: StatusCounts): number => APPOINTMENT_STATUSES.filter((s) => !isCancelled(s)).reduce((sum, s) => sum + counts[s], 0);

/** A percentage with one decimal, or null when nothing was due (no rate rather than 0 %). */
const percent = (part: number, whole: number): number | null => (whole === 0 ? null : Math.round((part * 1000) / whole) / 10);

/** Réalisation rate: honoured ÷ due (total − cancelled), in %. */
export const realisationRate = (counts: StatusCounts): number | null => percent(counts.honore, dueCount(counts));

/** No-show rate: unjustified absences ÷ due, in % (what justifies a MIDEM). */
export const noShowRate = (counts: StatusCounts): number | null =>
  percent(APPOINTMENT_STATUSES.filter(isNoShow).reduce((sum, s) => sum + counts[s], 0), dueCount(counts));

export type CollaboratorReportRow = {
  id: string;
  collaborator: string;
  collaboratorName: string;
  structure: string | null;
  total: number;
  due: number;
  realisationRate: number | null;
  noShowRate: number | null;
} & Record<AppointmentStatus, number>;

export const collaboratorReportRow = (collaborator: { login: string; name: string | null; structure: string | null }, counts: StatusCounts): CollaboratorReportRow => ({
  id: collaborator.login,
  collaborator: collaborator.login,
  collaboratorName: collaborator.name ?? collaborator.login,
  structure: collaborator.structure,
  ...counts,
  total: APPOINTMENT_STATUSES.reduce((sum, s) => sum + counts[s], 0),
  due: dueCount(counts),
  realisationRate: realisationRate(counts),
  noShowRate: noShowRate(counts),
});

type Column = { key: keyof CollaboratorReportRow & string; header: string; type?: 'text' | 'number'; width?: number };

export const COLLABORATOR_REPORT_COLUMNS: readonly Column[] = [
  { key: 'structure', header: 'Structure', width: 28 },
  { key: 'collaboratorName', header: 'Collaborateur', width: 24 },
  { key: 'total', header: 'Rendez-vous', type: 'number' },
  ...APPOINTMENT_STATUSES.map((s): Column => ({ key: s, header: APPOINTMENT_STATUS_LABELS[s], type: 'number' })),
  { key: 'due', header: 'Dus (hors annulés)', type: 'number' },
  { key: 'realisationRate', header: 'Taux de réalisation (%)', type: 'number' },
  { key: 'noShowRate', header: 'Taux d’absence non justifiée (%)', type: 'number' },
];

/** How the console's « Rapports » screen shows it (GET /api/console/reports). */
export const collaboratorReportDescription = (): ReportDescription => ({
  id: COLLABORATOR_REPORT_ID,
  title: 'Rendez-vous par collaborateur',
  group: 'Rendez-vous',
  fileName: 'rendez-vous-par-collaborateur',
  params: [
    { name: 'from', label: 'Du', kind: 'date' },
    { name: 'to', label: 'Au', kind: 'date' },
    // Structure and collaborator narrow the collaborators; the territory, the files. Whoever holds
    // appointments may be picked (secretariats book and hold some), not only référents; the
    // parameter keeps its name `referent`, as for every report.
    ...PERIMETER_PARAMS.map((p): ReportParamDescription => (p.name === 'referent' ? { ...p, label: 'Collaborateur', kind: 'collaborator' } : p)),
  ],
  columns: COLLABORATOR_REPORT_COLUMNS.map(({ key, header, type }) => ({ key, header, type })),
});
