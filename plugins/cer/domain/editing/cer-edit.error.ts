export type CerEditErrorCode = 'forbidden' | 'unknown_field';

export class CerEditError extends Error {
  override readonly name = 'CerEditError';

  constructor(
    readonly code: CerEditErrorCode,
    message: string,
    readonly fields: readonly string[] = [],
  ) {
    super(message);
  }

  get httpStatus(): 400 | 403 {
    return this.code === 'forbidden' ? 403 : 400;
  }
}
