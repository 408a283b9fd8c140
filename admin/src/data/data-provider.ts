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
import { isCappedTotal } from '@rsa/vocabulary';
import { downloadFile } from './download';

/** One result of the global search bar (F13), as POST /search answers it. */
export type SearchHit = { id: string; kind: string; beneficiary: number | null; title: string; detail: string | null; date: string | null };

const base = simpleRestProvider(API_URL, httpClient);

/**
 * A name search keeps the surname out of the URL (and so out of every access log on the way):
 * the beneficiary list is asked by POST with its criteria in the body (names, characteristic
 * values typed as text), the rest stays simple REST.
 */
const getList: DataProvider['getList'] = async (resource, params) => {
  if (resource !== 'beneficiaries') return base.getList(resource, params);
  const { page = 1, perPage = 25 } = params.pagination ?? {};
  const body = {
    sort: params.sort ? [params.sort.field, params.sort.order] : undefined,
    range: [(page - 1) * perPage, page * perPage - 1],
    filter: params.filter,
  };
  const { json, headers } = await httpClient(`${API_URL}/beneficiary-searches`, { method: 'POST', body: JSON.stringify(body), signal: params.signal });
  const total = totalFromContentRange(headers.get('Content-Range'));
  // Beyond LIST_COUNT_CAP the server stops counting: no total, the paginator says « plus de 10 000 ».
  if (isCappedTotal(total)) return { data: json, pageInfo: { hasNextPage: (json as unknown[]).length === perPage, hasPreviousPage: page > 1 } };
  return { data: json, total };
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

  /** The global search bar: the words travel in the body, never in a URL. */
  async globalSearch(q: string, signal?: AbortSignal): Promise<SearchHit[]> {
    const { json } = await httpClient(`${API_URL}/search`, { method: 'POST', body: JSON.stringify({ q }), signal });
    return json as SearchHit[];
  },

  /** Excel export of files (the ticked ones `{id: [...]}`, a selection, the current search); returns the file name. */
  exportBeneficiaries: (filter: Record<string, unknown>, sort?: { field: string; order: string }): Promise<string> =>
    downloadFile(`${API_URL}/beneficiary-exports`, 'beneficiaires.xlsx', { filter, sort: sort ? [sort.field, sort.order] : undefined }),

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
