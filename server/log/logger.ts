import 'server-only';
import path from 'node:path';
import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import { serializeError } from './scrub';

export type { Logger };

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LEVELS)[number];

/** LOG_LEVEL when it names a level; else `info` (`silent` under Vitest: tests capture instead). */
export function configuredLevel(env: Record<string, string | undefined> = process.env): LogLevel {
  const wanted = env.LOG_LEVEL?.trim().toLowerCase();
  const known = LEVELS.find((level) => level === wanted);
  if (known) return known;
  return env.VITEST ? 'silent' : 'info';
}

/**
 * Keys that could hold a secret or a person's address, at the top of a line or one level down.
 * A second line of defence: nothing logs procedure inputs, sessions or users in the first place.
 */
const SECRET_KEYS = [
  'password',
  'passwordHash',
  'currentPassword',
  'newPassword',
  'token',
  'tokenHash',
  'sessionToken',
  'csrfToken',
  'secret',
  'email',
  'emailNormalized',
  'cookie',
  'authorization',
  'input',
  'rawInput',
];
export const REDACT_PATHS = [
  ...SECRET_KEYS,
  ...SECRET_KEYS.map((key) => `*.${key}`),
  'req.headers.cookie',
  'req.headers.authorization',
  'headers.cookie',
  'headers.authorization',
];

function loggerOptions(level: LogLevel): LoggerOptions {
  return {
    level,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    // Errors are logged under `err`: type, scrubbed message, code, stack and causes, nothing else.
    serializers: { err: serializeError },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
}

const globalForLog = globalThis as unknown as { opslensPrettyStream?: DestinationStream };

/**
 * Where lines go by default: JSON on stdout (synchronous, so a line written just before the
 * process exits is not lost), or, under `npm run dev` only, through pino-pretty. pino-pretty is
 * a devDependency: where it is not installed, development logs JSON too. The transport's worker
 * thread is kept across hot reloads.
 */
function defaultDestination(
  env: Record<string, string | undefined> = process.env,
): DestinationStream {
  if (env.NODE_ENV === 'development') {
    try {
      const pretty = {
        target: 'pino-pretty',
        // Resolved from the project, not from the bundled chunk that calls this (a pino option
        // its types leave out).
        caller: path.join(process.cwd(), 'package.json'),
        options: {
          colorize: true,
          singleLine: true,
          translateTime: 'SYS:HH:MM:ss.l',
          ignore: 'pid,hostname',
        },
      };
      globalForLog.opslensPrettyStream ??= pino.transport(pretty) as DestinationStream;
      return globalForLog.opslensPrettyStream;
    } catch {
      // Not installed: fall through to JSON.
    }
  }
  return pino.destination({ dest: 1, sync: true });
}

/** A logger with the app's level, redaction and error serializer, writing to `destination`. */
export function createLogger(
  destination: DestinationStream = defaultDestination(),
  level: LogLevel = configuredLevel(),
): Logger {
  return pino(loggerOptions(level), destination);
}

let current: Logger | undefined;

/** The server's logger, created on first use (never at import: `next build` imports modules). */
export function getLogger(): Logger {
  return (current ??= createLogger());
}

/**
 * Replaces the server's logger (undefined: the default again, on next use) and returns the one
 * it replaced. For tests that capture what is logged (test/log-capture.ts).
 */
export function setLogger(next: Logger | undefined): Logger | undefined {
  const previous = current;
  current = next;
  return previous;
}
