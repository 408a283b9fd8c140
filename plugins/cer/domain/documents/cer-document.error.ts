export type CerDocumentErrorCode = 'invalid_template';

export class CerDocumentError extends Error {
  override readonly name = 'CerDocumentError';

  constructor(
    readonly code: CerDocumentErrorCode,
    message: string,
    // Technical detail for the admin fixing the template (tag names, never the merged data).
    readonly details: readonly string[] = [],
  ) {
    super(message);
  }
}
