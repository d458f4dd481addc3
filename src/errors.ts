// Domain errors. `AppError` carries a stable `code` that the API turns into `extensions.code`
// and the CLI into one clear line; subclass only where someone catches the subclass.

export const ERROR_CODES = [
  'BAD_INPUT',
  'CONFIG_INVALID',
  'NEO4J_UNAVAILABLE',
  'NEO4J_AUTH',
  'NEO4J_NOT_MIGRATED',
  'LAUNCHER_FAILED',
  'NEO4J_ADMIN_FAILED',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'NOT_IMPLEMENTED',
  'INPUT_TOO_LARGE',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class AppError extends Error {
  readonly code: ErrorCode;
  /** A hint for the person who reads the message: what to do about it. */
  readonly hint: string | undefined;

  constructor(code: ErrorCode, message: string, options: { cause?: unknown; hint?: string } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.hint = options.hint;
  }
}

/** Turns anything thrown into an `Error`, once, at a boundary. */
export function coerceError(err: unknown): Error {
  if (err instanceof Error) return err;
  if (typeof err === 'string') return new Error(err);
  try {
    return new Error(`Non-error thrown: ${JSON.stringify(err)}`);
  } catch {
    return new Error(`Non-error thrown: ${String(err)}`);
  }
}
