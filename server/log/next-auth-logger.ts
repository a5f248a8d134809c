import 'server-only';
import type { LoggerInstance } from 'next-auth';
import { getLogger } from './logger';

/** The error next-auth passes along: the metadata itself, or its `error` property. */
function errorIn(metadata: unknown): unknown {
  if (metadata instanceof Error) return metadata;
  if (metadata && typeof metadata === 'object' && 'error' in metadata) return metadata.error;
  return undefined;
}

/**
 * next-auth's logger, through pino. Its metadata can hold the user's email, the provider's
 * profile or the token, so only the code and the error (scrubbed, see scrub.ts) are logged;
 * debug metadata never.
 */
export const nextAuthLogger: LoggerInstance = {
  error(code, metadata) {
    const err = errorIn(metadata);
    getLogger().error({ source: 'next-auth', code, ...(err ? { err } : {}) }, `next-auth ${code}`);
  },
  warn(code) {
    getLogger().warn({ source: 'next-auth', code }, `next-auth ${code}`);
  },
  debug(code) {
    getLogger().debug({ source: 'next-auth', code }, `next-auth ${code}`);
  },
};
