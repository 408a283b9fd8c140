// How the server describes its reports to the console (GET /api/console/reports): the title,
// the parameters with the kind of picker each needs, the columns in the Excel's order, and the
// French export name. The console builds its screen from this and restates none of it.
// `referent`: a file's référent (référents de parcours only); `collaborator`: any collaborator
// (a secretariat books appointments too).
export type ReportParamKind = 'date' | 'number' | 'structure' | 'referent' | 'collaborator' | 'territory' | 'choice';
export type ReportChoice = { id: string; name: string };
export type ReportParamDescription = {
  name: string;
  label: string;
  kind: ReportParamKind;
  choices?: ReportChoice[];
  multiple?: boolean;
  /** Filled in the form when the report is chosen; relative dates are computed by the server. */
  defaultValue?: string;
};
export type ReportColumnDescription = { key: string; header: string; type?: 'text' | 'date' | 'number' };
export type ReportDescription = {
  /** The name in /api/console/reports/<name>. */
  id: string;
  title: string;
  group: string;
  /** French, lower-case, hyphenated: the export is `<fileName>-<AAAA-MM-JJ>.xlsx`. */
  fileName: string;
  params: ReportParamDescription[];
  columns: ReportColumnDescription[];
};

/** The export's file name: the report's French name and the day of the run (Europe/Paris). */
export const reportExportFileName = (fileName: string, today: string): string => `${fileName}-${today}.xlsx`;

/** The parameters that narrow a report to a structure, a référent or a territory (DTAS). */
export const PERIMETER_PARAMS: readonly ReportParamDescription[] = [
  { name: 'structure', label: 'Structure', kind: 'structure' },
  { name: 'referent', label: 'Référent', kind: 'referent' },
  { name: 'territory', label: 'Territoire (DTAS)', kind: 'territory' },
];
