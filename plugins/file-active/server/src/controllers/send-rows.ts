// Lists computed whole (a file's notes, a report) answered in the react-admin simple REST shape:
// sorted on a field of the rows when asked, then cut to the requested range.
import { parseListQuery, sendList, type HttpContext, type ListQuery } from '@rsa/console-kit';

type Row = Record<string, unknown>;

const compare = (a: unknown, b: unknown): number => {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  return typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), 'fr');
};

export const listQueryOf = (ctx: HttpContext, sortable: readonly string[] = []): ListQuery => {
  const raw = { ...ctx.query };
  // Sorting on any column of the rows is harmless: it happens in memory.
  if (typeof raw.sort === 'string') {
    try {
      const [field] = JSON.parse(raw.sort) as [string];
      return parseListQuery(raw, [...sortable, field]);
    } catch {
      return parseListQuery(raw, sortable);
    }
  }
  return parseListQuery(raw, sortable);
};

/** Answers the requested page of `rows`, and returns that page (what the user was shown). */
export const sendRows = <T extends Row>(ctx: HttpContext, resource: string, query: ListQuery, rows: T[]): T[] => {
  const sorted = query.sort ? [...rows].sort((a, b) => compare(a[query.sort!.field], b[query.sort!.field]) * (query.sort!.order === 'DESC' ? -1 : 1)) : rows;
  const page = sorted.slice(query.range.start, query.range.end + 1);
  sendList(ctx, resource, query, page, rows.length);
  return page;
};
