import { TRPCError } from '@trpc/server';

/**
 * Whether a page's read failed because what its URL names is not there for this user. Pages
 * read only by the URL's parts, so a part the router refuses as malformed (an id or slug longer
 * than any real one) names nothing either: a 404, not a server error.
 */
export function isNotFound(err: unknown): boolean {
  return err instanceof TRPCError && (err.code === 'NOT_FOUND' || err.code === 'BAD_REQUEST');
}
