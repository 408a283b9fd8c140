// Lists computed whole (a file's notes, a report) answered in the react-admin simple REST shape:
// sorted on a field of the rows when asked, then cut to the requested range.
import { parseListQuery, sendRows, type HttpContext, type ListQuery } from '@rsa/console-kit';

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

export { sendRows };
