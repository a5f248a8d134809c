// No zod here: pages that only show the server's messages should not load a validator.
export type FieldMessages = Record<string, string | undefined>;

/**
 * First message per field from a tRPC error, as shaped by the server's error formatter: the
 * one reader of that shape (forms on react-hook-form go through applyServerErrors, which uses it).
 */
export function fieldMessagesFromServer(error: unknown): FieldMessages {
  const data = (error as { data?: { fieldErrors?: Record<string, string[]> | null } })?.data;
  const fieldErrors = data?.fieldErrors ?? {};
  return Object.fromEntries(Object.entries(fieldErrors).map(([k, v]) => [k, v?.[0]]));
}
