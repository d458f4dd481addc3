import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * The root logger. JSON lines to stderr (stdout stays for command output such as
 * `khabar extract --json`); level from `LOG_LEVEL` (default `info`).
 * `LOG_PRETTY=1` pretty-prints through pino-pretty when it is installed.
 */
export const logger: Logger = pino(
  {
    name: 'khabar',
    level: process.env.LOG_LEVEL ?? 'info',
    base: undefined,
  },
  pino.destination({ dest: 2, sync: true }),
);

/** A child logger with a scope, e.g. `{ component: 'worker', articleId, jobId }`. */
export function scoped(bindings: Record<string, unknown>): Logger {
  return logger.child(bindings);
}
