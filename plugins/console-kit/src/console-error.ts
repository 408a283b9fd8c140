// The one error type controllers throw: a status and a French message meant for the user.
// Domain errors are mapped to it at the edge (controllers), never deeper.
export type ConsoleErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 422 | 423 | 429 | 503;

export class ConsoleError extends Error {
  readonly status: ConsoleErrorStatus;
  readonly details: unknown;

  constructor(status: ConsoleErrorStatus, message: string, details?: unknown) {
    super(message);
    this.name = 'ConsoleError';
    this.status = status;
    this.details = details;
  }
}

export const notFound = (): ConsoleError => new ConsoleError(404, 'Introuvable.');
export const forbidden = (message = "Vous n'avez pas le droit de faire cette action."): ConsoleError =>
  new ConsoleError(403, message);
export const invalid = (message: string, details?: unknown): ConsoleError => new ConsoleError(422, message, details);
