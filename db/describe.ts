import { dialectOf } from './dialect';

/** Where a database is, for logs and messages: a PostgreSQL URL without its password. */
export function describeDatabase(url: string): string {
  if (dialectOf(url) !== 'postgres') return url;
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'PostgreSQL (a URL that could not be parsed)';
  }
}
