export type SmsSendErrorCode =
  | 'invalid_recipient'
  | 'rejected'
  | 'unavailable'
  | 'invalid_response'
  | 'misconfigured';

// Messages and fields never carry the recipient's number, the text (it holds a one-time code)
// nor the gateway's answer (it may echo both): this error ends up in logs (ACCESS.md).
export class SmsSendError extends Error {
  override readonly name = 'SmsSendError';

  constructor(
    readonly code: SmsSendErrorCode,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }

  // Worth trying again later (gateway down, rate limit), as opposed to a refused message.
  get retryable(): boolean {
    return this.code === 'unavailable';
  }
}
