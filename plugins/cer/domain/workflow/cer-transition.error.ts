// One error type for every refused move; the HTTP status is decided here once, and only the
// controller (the edge) reads it.
export type CerTransitionErrorCode = 'forbidden' | 'invalid_move' | 'missing_field' | 'invalid_field';

export type CerTransitionField = 'to' | 'objectives' | 'decisionDate' | 'decision' | 'end' | 'comment' | 'departmentDecision' | 'referentNote';

const HTTP_STATUS: Record<CerTransitionErrorCode, 403 | 409> = {
  forbidden: 403,
  invalid_move: 409,
  missing_field: 409,
  // The contract only knows 403 and 409 for this endpoint: a wrong value is a conflict with
  // the move's requirements, like a missing one.
  invalid_field: 409,
};

export class CerTransitionError extends Error {
  override readonly name = 'CerTransitionError';

  constructor(
    readonly code: CerTransitionErrorCode,
    message: string,
    readonly field?: CerTransitionField,
  ) {
    super(message);
  }

  get httpStatus(): 403 | 409 {
    return HTTP_STATUS[this.code];
  }
}
