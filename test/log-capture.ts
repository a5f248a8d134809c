import { createLogger, setLogger, type LogLevel } from '@/server/log/logger';

export type LogLine = Record<string, unknown> & { level: number; msg?: string; time: string };

/** pino's numbers for the levels the tests look at. */
export const LEVEL = { debug: 20, info: 30, warn: 40, error: 50, fatal: 60 } as const;

/**
 * Swaps the server's logger for one writing JSON lines into memory, at `level`, until
 * `restore()`. `text()` is exactly what would have reached stdout in production.
 */
export function captureLog(level: LogLevel = 'debug') {
  let text = '';
  const previous = setLogger(
    createLogger(
      {
        write(chunk: string) {
          text += chunk;
        },
      },
      level,
    ),
  );
  return {
    text: () => text,
    lines: (): LogLine[] =>
      text
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as LogLine),
    clear: () => {
      text = '';
    },
    restore: () => {
      setLogger(previous);
    },
  };
}
