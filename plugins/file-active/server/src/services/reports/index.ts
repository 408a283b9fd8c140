// Registry of the file-active reports and alerts, by the name the console uses in
// /api/console/reports/<name>.
import { missingCharacteristics, standbysEnding } from './alert-reports';
import { caseloadExits, closedRights, fileActive, midemRequests, mutations, nsdd } from './caseload-reports';
import type { ReportDefinition } from './report-sql';

export const REPORTS: Readonly<Record<string, ReportDefinition>> = {
  'standbys-ending': standbysEnding,
  'missing-characteristics': missingCharacteristics,
  'caseload-exits': caseloadExits,
  'file-active': fileActive,
  nsdd,
  'midem-requests': midemRequests,
  'closed-rights': closedRights,
  mutations,
};

/** Alerts follow the user's remembered situation filter; reports state their own scope. */
export const ALERTS = new Set(['standbys-ending', 'missing-characteristics']);

export type { ReportColumn, ReportContext, ReportDefinition, ReportRow } from './report-sql';
