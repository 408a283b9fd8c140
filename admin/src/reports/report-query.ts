// The query string of an Excel export: the same filter values the screen's list sends, as the
// server reads plain parameters (several values of one parameter joined by commas).
export const reportExportQuery = (filterValues: Record<string, unknown>): string => {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(filterValues)) {
    const text = Array.isArray(value) ? value.map(String).join(',') : value === null || value === undefined ? '' : String(value).trim();
    if (text !== '') query.set(name, text);
  }
  return query.toString();
};
