/**
 * "1764601234567.uuid": where the previous page of a newest-first list ended, kept in the URL so
 * Back and a shared link work. Anything else reads as the first page.
 */
export function readPageCursor(value: string | string[] | undefined) {
  const m = typeof value === 'string' ? /^(\d{1,15})\.([\w-]{1,64})$/.exec(value) : null;
  return m ? { createdAt: new Date(Number(m[1])), id: m[2]! } : null;
}

export function writePageCursor(at: { createdAt: Date; id: string }): string {
  return `${at.createdAt.getTime()}.${at.id}`;
}
