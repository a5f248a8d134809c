/** Only same-site paths are followed after sign-in, so a crafted link cannot send users elsewhere. */
export function safeCallbackUrl(raw: string | string[] | undefined | null, fallback = '/'): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return fallback;
  }
  return value;
}
