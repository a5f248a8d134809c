/**
 * What may reach a log line from text we do not control (an error's message, a library's
 * complaint): emails, tokens and query parameters are cut out. Structured fields are chosen by
 * us and never hold them; this is for the free text that comes with errors.
 */

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
/** A JWT or JWE (next-auth's session cookie): base64url JSON header, then dot-separated parts. */
const JWT = /eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_.-]*/g;
/**
 * A long run of base64url or hex: an invitation token (43 characters), a token hash (64), a
 * secret. Ids are UUIDs (36 characters) and stay readable.
 */
const LONG_TOKEN = /[A-Za-z0-9_-]{40,}/g;

/** Drizzle puts a failed query's parameters (emails, hashes, names) in its error's message. */
function withoutQueryParams(text: string): string {
  const at = text.search(/\n\s*params:/);
  return at === -1 ? text : `${text.slice(0, at)}\nparams: [redacted]`;
}

export function scrubText(text: string): string {
  return withoutQueryParams(text)
    .replace(JWT, '[jwt]')
    .replace(EMAIL, '[email]')
    .replace(LONG_TOKEN, '[secret]');
}

export type SerializedError = {
  type: string;
  message: string;
  code?: string;
  stack?: string;
  cause?: SerializedError;
};

/**
 * An error as logged: its type, scrubbed message, code and stack (the stack's frames are code
 * locations; its first lines repeat the message, so they are replaced by the scrubbed one), and
 * its causes. No other property: a driver's error may carry the query's parameters, a mailer's
 * the recipient.
 */
export function serializeError(value: unknown, depth = 0): SerializedError {
  if (!(value instanceof Error)) {
    return { type: typeof value, message: scrubText(String(value)) };
  }
  const message = scrubText(value.message);
  const out: SerializedError = { type: value.name, message };
  const code = (value as { code?: unknown }).code;
  if (typeof code === 'string' || typeof code === 'number') out.code = String(code);
  if (value.stack) {
    const frames = value.stack.indexOf('\n    at ');
    out.stack = `${value.name}: ${message}${frames === -1 ? '' : value.stack.slice(frames)}`;
  }
  if (value.cause !== undefined && value.cause !== value && depth < 3) {
    out.cause = serializeError(value.cause, depth + 1);
  }
  return out;
}
