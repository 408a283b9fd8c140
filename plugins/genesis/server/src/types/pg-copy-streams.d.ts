// The one entry point of pg-copy-streams the import uses (the package ships no types).
declare module 'pg-copy-streams' {
  /** A COPY … FROM STDIN query: pass it to a pg client's query(), write to what it returns. */
  export function from(sql: string): unknown;
}
