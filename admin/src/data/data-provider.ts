// The simple REST provider (CONTRACT.md) plus the operations that are not CRUD — a sortie de
// file active, a référent d'étape, a veille… — as named methods, so screens call
// `dataProvider.enterCaseloadExit(...)` instead of a generic update that hides the intent.
import simpleRestProvider from 'ra-data-simple-rest';
import { useDataProvider, type DataProvider } from 'react-admin';
import { API_URL } from './api-url';
import { httpClient } from './http-client';
import { fileActiveMethods } from './file-active-methods';
import { cerMethods } from './cer-methods';
import { reportMethods } from './report-methods';
import { offerMethods } from '../offers/offer-methods';
import { documentMethods } from './document-methods';
import { infocentreMethods } from './infocentre-methods';
import { totalFromContentRange } from './content-range';

const base = simpleRestProvider(API_URL, httpClient);

const hasTextSearch = (filter: Record<string, unknown> | undefined): boolean => typeof filter?.q === 'string' && filter.q.trim() !== '';

/**
 * A name search keeps the surname out of the URL (and so out of every access log on the way):
 * the beneficiary list with a text search is asked by POST, the rest stays simple REST.
 */
const getList: DataProvider['getList'] = async (resource, params) => {
  if (resource !== 'beneficiaries' || !hasTextSearch(params.filter)) return base.getList(resource, params);
  const { page = 1, perPage = 25 } = params.pagination ?? {};
  const body = {
    sort: params.sort ? [params.sort.field, params.sort.order] : undefined,
    range: [(page - 1) * perPage, page * perPage - 1],
    filter: params.filter,
  };
  const { json, headers } = await httpClient(`${API_URL}/beneficiary-searches`, { method: 'POST', body: JSON.stringify(body), signal: params.signal });
  return { data: json, total: totalFromContentRange(headers.get('Content-Range')) };
};

export const dataProvider = {
  ...base,
  getList,
  ...fileActiveMethods,
  ...cerMethods,
  ...reportMethods,
  ...offerMethods,
  ...documentMethods,
  ...infocentreMethods,

  /** How many records a list has (home page cards): an empty page, total from Content-Range. */
  async count(resource: string, filter: Record<string, unknown> = {}): Promise<number> {
    // No sort parameter: every list has its own sortable fields, and the count needs none.
    const query = new URLSearchParams({ range: JSON.stringify([0, 0]), filter: JSON.stringify(filter) });
    const { headers } = await httpClient(`${API_URL}/${resource}?${query}`);
    return totalFromContentRange(headers.get('Content-Range'));
  },
} satisfies DataProvider;

export type ConsoleDataProvider = typeof dataProvider;

export const useConsoleDataProvider = () => useDataProvider<ConsoleDataProvider>();
