// The react-admin "simple REST" protocol (shared/spec/CONTRACT.md): sort, range and filter
// arrive JSON-encoded in the query string; lists answer an array plus Content-Range.
import { ConsoleError } from './console-error';
import type { HttpContext } from './http-context';

export type SortOrder = 'ASC' | 'DESC';
export type ListQuery = {
  sort: { field: string; order: SortOrder } | null;
  range: { start: number; end: number };
  filter: Record<string, unknown>;
};

const MAX_PAGE = 500;

const parseJson = (raw: unknown, name: string): unknown => {
  if (raw === undefined || raw === null || raw === '') return undefined;
  if (typeof raw !== 'string') throw new ConsoleError(400, `Paramètre ${name} invalide.`);
  try {
    return JSON.parse(raw);
  } catch {
    throw new ConsoleError(400, `Paramètre ${name} invalide : JSON attendu.`);
  }
};

export const parseListQuery = (query: Record<string, unknown>, sortable: readonly string[]): ListQuery => {
  const sortRaw = parseJson(query.sort, 'sort');
  let sort: ListQuery['sort'] = null;
  if (sortRaw !== undefined) {
    if (!Array.isArray(sortRaw) || typeof sortRaw[0] !== 'string') throw new ConsoleError(400, 'Paramètre sort invalide.');
    const order = String(sortRaw[1] ?? 'ASC').toUpperCase();
    if (!sortable.includes(sortRaw[0])) throw new ConsoleError(400, `Tri impossible sur le champ ${sortRaw[0]}.`);
    sort = { field: sortRaw[0], order: order === 'DESC' ? 'DESC' : 'ASC' };
  }
  const rangeRaw = parseJson(query.range, 'range');
  let range = { start: 0, end: 24 };
  if (rangeRaw !== undefined) {
    if (!Array.isArray(rangeRaw) || !Number.isInteger(rangeRaw[0]) || !Number.isInteger(rangeRaw[1]) || rangeRaw[0] < 0 || rangeRaw[1] < rangeRaw[0]) {
      throw new ConsoleError(400, 'Paramètre range invalide.');
    }
    range = { start: rangeRaw[0], end: Math.min(rangeRaw[1], rangeRaw[0] + MAX_PAGE - 1) };
  }
  const filterRaw = parseJson(query.filter, 'filter');
  if (filterRaw !== undefined && (typeof filterRaw !== 'object' || Array.isArray(filterRaw) || filterRaw === null)) {
    throw new ConsoleError(400, 'Paramètre filter invalide.');
  }
  return { sort, range, filter: (filterRaw as Record<string, unknown> | undefined) ?? {} };
};

export const sendList = (ctx: HttpContext, resource: string, query: ListQuery, rows: unknown[], total: number): void => {
  const last = rows.length === 0 ? query.range.start : query.range.start + rows.length - 1;
  ctx.set('Content-Range', `${resource} ${query.range.start}-${last}/${total}`);
  ctx.set('Access-Control-Expose-Headers', 'Content-Range');
  ctx.body = rows;
};

export const filterString = (filter: Record<string, unknown>, key: string): string | null => {
  const value = filter[key];
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string') throw new ConsoleError(400, `Filtre ${key} invalide.`);
  return value;
};

const compareValues = (a: unknown, b: unknown): number => {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  return typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), 'fr');
};

/** Rows computed whole (a report, a file's notes), sorted in memory in French order, nulls last. */
export const sortRows = <T extends Record<string, unknown>>(rows: T[], sort: ListQuery['sort']): T[] =>
  sort ? [...rows].sort((a, b) => compareValues(a[sort.field], b[sort.field]) * (sort.order === 'DESC' ? -1 : 1)) : rows;

/** The requested page of a list computed whole, sorted when asked. */
export const pageOfRows = <T extends Record<string, unknown>>(rows: T[], query: ListQuery): T[] => sortRows(rows, query.sort).slice(query.range.start, query.range.end + 1);

/** A list computed whole, sorted when asked, answered as the requested page with the total; returns that page (what the user was shown). */
export const sendRows = <T extends Record<string, unknown>>(ctx: HttpContext, resource: string, query: ListQuery, rows: T[]): T[] => {
  const page = pageOfRows(rows, query);
  sendList(ctx, resource, query, page, rows.length);
  return page;
};

/**
 * A report's list query: sorted on one of its columns when asked; a sort on anything else (react-
 * admin's default `id`) keeps the report's own order.
 */
export const reportListQuery = (query: Record<string, unknown>, columnKeys: readonly string[]): ListQuery => {
  let sort = query.sort;
  if (typeof sort === 'string' && sort !== '') {
    try {
      const [field] = JSON.parse(sort) as [unknown];
      if (typeof field !== 'string' || !columnKeys.includes(field)) sort = undefined;
    } catch {
      /* parseListQuery answers the 400 */
    }
  }
  return parseListQuery({ ...query, sort }, columnKeys);
};

/** Report parameters: plain query-string values, or the react-admin filter object. */
export const reportParams = (ctx: HttpContext): Record<string, string> => {
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(ctx.query)) if (typeof value === 'string' && !['sort', 'range', 'filter'].includes(key)) params[key] = value;
  if (typeof ctx.query.filter === 'string' && ctx.query.filter !== '') {
    let filter: unknown;
    try {
      filter = JSON.parse(ctx.query.filter);
    } catch {
      throw new ConsoleError(400, 'Paramètre filter invalide : JSON attendu.');
    }
    if (filter && typeof filter === 'object') for (const [k, v] of Object.entries(filter)) if (v !== null && v !== undefined) params[k] = String(v);
  }
  return params;
};
