// What a visitor typed may reach a log line only escaped and bounded: a raw newline would let
// them forge a whole log entry, and a 200 KB value would flood the log.
export const LOG_VALUE_MAX = 100;

const escapeChar = (c: string): string => {
  if (c === '\n') return '\\n';
  if (c === '\r') return '\\r';
  if (c === '\t') return '\\t';
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
};

// C0 and C1 controls, DEL, and the Unicode line/paragraph separators some viewers break on.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

export function logSafe(value: string, max = LOG_VALUE_MAX): string {
  const cut = value.length > max ? `${value.slice(0, max)}… (${value.length} caractères)` : value;
  // Backslashes first, so that an escaped sequence cannot be told from a typed one.
  return cut.replace(/\\/g, '\\\\').replace(CONTROL, escapeChar);
}
