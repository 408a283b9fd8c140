export type SignatureErrorCode =
  | 'invalid_phone'
  | 'expired'
  | 'wrong_code'
  | 'too_many_attempts'
  | 'phone_changed'
  | 'cer_changed';

export class SignatureError extends Error {
  override readonly name = 'SignatureError';

  constructor(
    readonly code: SignatureErrorCode,
    message: string,
    // Only for wrong_code: how many more codes may be typed before the signature is cancelled.
    readonly remainingAttempts?: number,
  ) {
    super(message);
  }
}
