// Resolved against a placeholder origin: whatever the value holds (tabs, newlines, backslashes,
// "//host", "https:", "javascript:"), the URL parser — the browser's own rules — says where it
// leads. Only a path on our own origin is followed, re-serialized so nothing odd reaches a
// redirect header.
const HERE = 'http://opslens.invalid';

/** Only same-origin paths are followed after sign-in, so a crafted link cannot send users elsewhere. */
export function safeCallbackUrl(raw: string | string[] | undefined | null, fallback = '/'): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  // Relative paths only: an absolute URL to our own host is not needed and is easy to get wrong.
  if (!value || !value.trimStart().startsWith('/')) return fallback;
  let url: URL;
  try {
    url = new URL(value, HERE);
  } catch {
    return fallback;
  }
  if (url.origin !== HERE) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
