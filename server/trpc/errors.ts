import { TRPCError } from '@trpc/server';

export type FieldErrors = Record<string, string[]>;

/** Carries field-level messages for rules zod cannot check (e.g. "this email is taken"). */
export class FieldValidationError extends Error {
  constructor(readonly fieldErrors: FieldErrors) {
    super(Object.values(fieldErrors).flat().join(' '));
  }
}

export function fieldError(field: string, message: string): TRPCError {
  return new TRPCError({
    code: 'BAD_REQUEST',
    message,
    cause: new FieldValidationError({ [field]: [message] }),
  });
}
