/**
 * A rule of the product was broken (last owner, already a member, expired link…). Thrown by
 * query and transaction functions, which know nothing of tRPC; the tRPC layer turns it into an
 * error response with the same message, on the named field when there is one.
 */
export type DomainErrorCode =
  'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT' | 'BAD_REQUEST' | 'TOO_MANY_REQUESTS';

// A brand rather than instanceof: each Next route bundles its own copy of this module, and an
// error can cross between them (the report engine is one object shared by every route).
const BRAND = Symbol.for('opslens.DomainError');

export class DomainError extends Error {
  readonly [BRAND] = true;

  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static is(err: unknown): err is DomainError {
    return (
      typeof err === 'object' && err !== null && (err as Record<symbol, unknown>)[BRAND] === true
    );
  }
}
