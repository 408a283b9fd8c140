// The reports (R1–R4, C6): rows as JSON for the screen, the same run as an Excel workbook saved
// from a blob (download.ts: the bearer header, never a token in the URL).
import { API_URL } from './api-url';
import { httpClient } from './http-client';
import { downloadFile } from './download';

const path = (name: string, query: string, suffix = '') => `${API_URL}/reports/${encodeURIComponent(name)}${suffix}${query ? `?${query}` : ''}`;

export const reportMethods = {
  async runReport(name: string, query: string): Promise<Array<Record<string, unknown>>> {
    const { json } = await httpClient(path(name, query));
    return Array.isArray(json) ? (json as Array<Record<string, unknown>>) : [];
  },

  exportReport: (name: string, query: string) => downloadFile(path(name, query, '/export'), `${name}.xlsx`),
};
