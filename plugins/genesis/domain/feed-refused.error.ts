/**
 * Why a Genesis feed is refused whole (GENESIS_FEED.md, "Errors, safety, repeatability"):
 * nothing is imported and the CLI exits with status 2. Row-level problems are not errors of
 * this kind: they are `FeedError`s attached to the rejected row (see validate-row.ts).
 */
export type FeedRefusedCode =
  | 'unreadable' // the file cannot be opened or read
  | 'empty-file' // no byte, or only blank lines / a BOM
  | 'undecodable' // not valid UTF-8 when UTF-8 was asked
  | 'not-csv' // binary content, or a header without any `;`
  | 'no-header' // first line does not look like the Genesis header
  | 'duplicate-column' // the same column twice in the header
  | 'missing-column' // a required column is absent
  | 'malformed-csv' // quoting broken: row boundaries can no longer be trusted
  | 'no-extraction-date' // no date in the file name and none given
  | 'impossible-extraction-date' // a date that does not exist (20260231)
  | 'future-extraction-date' // a date after today: it would make every real feed "older"
  | 'no-rows'; // the header and nothing else: an empty extraction is an incident

export class FeedRefusedError extends Error {
  override readonly name = 'FeedRefusedError';

  constructor(
    readonly code: FeedRefusedCode,
    message: string,
    /** One entry per problem when the message sums up several (missing columns). */
    readonly details: readonly string[] = [message],
  ) {
    super(message);
  }
}

export const isFeedRefusedError = (error: unknown): error is FeedRefusedError =>
  error instanceof FeedRefusedError;
