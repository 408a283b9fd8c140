// The infocentre (R1, R2, R4) as the console API names it: the remembered alert filter, the home
// page's widgets, « Mon tableau de bord » and the cadres' charts. Lists of rows (alerts, CER
// queue, movements) are ordinary simple-REST list resources.
import type { CerState } from '@rsa/vocabulary';
import { API_URL } from './api-url';
import { httpClient } from './http-client';

const call = async <T>(path: string, method: 'GET' | 'PUT' = 'GET', body?: unknown): Promise<T> => {
  const { json } = await httpClient(`${API_URL}${path}`, { method, body: body === undefined ? undefined : JSON.stringify(body) });
  return json as T;
};

export type Situation = 'file_active' | 'sortis' | 'tous';
export type AlertFilter = { programme: 'accompagnement_rsa'; situation: Situation };
export type HomeWidgets = { widgets: string[]; arranged: boolean };
export type Indicators = {
  mine: boolean;
  caseload: number;
  month: { from: string; to: string };
  entries: number;
  exits: number;
  cers: Array<{ state: CerState; label: string; count: number }>;
  cersAwaiting: number | null;
  alerts: Array<{ id: string; title: string; count: number }>;
};
export type FileActiveChart = { by: 'referent' | 'structure'; months: string[]; series: Array<{ key: string; label: string; values: number[] }> };
export type CerCharts = {
  byState: Array<{ state: CerState; label: string; count: number }>;
  delays: Array<{ state: CerState; label: string; stays: number; averageDays: number | null; medianDays: number | null; maxDays: number | null }>;
};

export const infocentreMethods = {
  alertFilter: () => call<AlertFilter>('/preferences/alert-filter'),
  setAlertFilter: (filter: AlertFilter) => call<AlertFilter>('/preferences/alert-filter', 'PUT', filter),
  homeWidgets: () => call<HomeWidgets>('/preferences/home-widgets'),
  setHomeWidgets: (widgets: string[]) => call<HomeWidgets>('/preferences/home-widgets', 'PUT', { widgets }),
  dashboardIndicators: () => call<Indicators>('/dashboard/indicators'),
  fileActiveChart: (by: 'referent' | 'structure', months = 12) => call<FileActiveChart>(`/charts/file-active?by=${by}&months=${months}`),
  cerCharts: () => call<CerCharts>('/charts/cers'),
};
