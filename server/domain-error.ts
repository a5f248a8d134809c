/**
 * A rule of the product was broken (last owner, already a member, expired link…). Thrown by
 * query and transaction functions, which know nothing of tRPC; the tRPC layer turns it into an
 * error response with the same message, on the named field when there is one.
 */
export type DomainErrorCode =
  'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT' | 'BAD_REQUEST' | 'TOO_MANY_REQUESTS';

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
