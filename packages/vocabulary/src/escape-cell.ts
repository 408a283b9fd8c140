// Spreadsheet formula injection (OWASP "CSV injection"): a name or a note starting with "=" could
// run as a formula when a secretary opens an export, or once she edits the cell. Such text is
// prefixed with an apostrophe, which Excel and LibreOffice read as "this is text". Tab, carriage
// return and the full-width variants are included because some spreadsheet versions normalise
// them to the ASCII ones.
const DANGEROUS_FIRST_CHARACTER = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export type CellValue = string | number | boolean | Date | null | undefined;

export const escapeCell = <T extends CellValue>(value: T): T | string =>
  typeof value === 'string' && DANGEROUS_FIRST_CHARACTER.test(value) ? `'${value}` : value;

export const escapeRow = <T extends CellValue>(values: readonly T[]): Array<T | string> => values.map((v) => escapeCell(v));
