// Spreadsheet formula injection (OWASP "CSV injection"): a text starting with = + - @ (or a tab,
// a carriage return, or their full-width forms) could run as a formula when a secretary opens an
// export. Such text gets a leading apostrophe, which Excel and LibreOffice read as "text".
// Same rule as the file-active plugin's exports, kept here so the plugins stay independent.
const DANGEROUS_FIRST_CHARACTER = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export type CellValue = string | number | boolean | Date | null | undefined;

export const escapeCell = <T extends CellValue>(value: T): T | string =>
  typeof value === 'string' && DANGEROUS_FIRST_CHARACTER.test(value) ? `'${value}` : value;
