// No zod here: pages that only show the server's messages should not load a validator.
export type FieldMessages = Record<string, string | undefined>;

/** First message per field from a tRPC error, as shaped by the server's error formatter. */
export function fieldMessagesFromServer(error: unknown): FieldMessages {
  const data = (error as { data?: { fieldErrors?: Record<string, string[]> | null } })?.data;
  const fieldErrors = data?.fieldErrors ?? {};
  return Object.fromEntries(Object.entries(fieldErrors).map(([k, v]) => [k, v?.[0]]));
}

/** The message to show above the form when the error is not about one field. */
export function formMessageFromServer(error: unknown): string {
  const fields = fieldMessagesFromServer(error);
  if (Object.values(fields).some(Boolean)) return '';
  return error instanceof Error ? error.message : 'Something went wrong. Please try again.';
}
