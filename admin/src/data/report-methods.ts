// The reports (R1–R4, C6): their rows are the `reports/<name>` list resources of the simple REST
// provider; the same run as an Excel workbook is saved from a blob (download.ts: the bearer
// header, never a token in the URL).
import { API_URL } from './api-url';
import { downloadFile } from './download';

const path = (name: string, query: string, suffix = '') => `${API_URL}/reports/${encodeURIComponent(name)}${suffix}${query ? `?${query}` : ''}`;

export const reportMethods = {
  /** The workbook saved under the server's French name (Content-Disposition); returns that name. */
  exportReport: (name: string, query: string, fallbackName: string) => downloadFile(path(name, query, '/export'), fallbackName),
};
