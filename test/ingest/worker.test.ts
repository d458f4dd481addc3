import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors.ts';
import { describeError, graphErrorKind, startWorker } from '../../src/ingest/worker.ts';

/** A driver error as the driver makes them (message, code). */
const newError = (message: string, code: string) => new Neo4jError(message, code, '50N42', 'general processing exception');

describe('worker error handling', () => {
  it('waits for an unreachable Neo4j, retries a busy one, fails on the rest', () => {
    expect(graphErrorKind(newError('gone', 'ServiceUnavailable'))).toBe('connection');
    expect(graphErrorKind(newError('expired', 'SessionExpired'))).toBe('connection');
    expect(graphErrorKind(newError('Connection acquisition timed out in 30000 ms.', 'N/A'))).toBe('connection');
    expect(graphErrorKind(new AppError('NEO4J_UNAVAILABLE', 'cannot reach'))).toBe('connection');
    expect(graphErrorKind(newError('deadlock', 'Neo.TransientError.Transaction.DeadlockDetected'))).toBe('transient');
    expect(graphErrorKind(newError('syntax', 'Neo.ClientError.Statement.SyntaxError'))).toBeNull();
    expect(graphErrorKind(new AppError('BAD_INPUT', 'bad'))).toBeNull();
    expect(graphErrorKind(new Error('extractor failed: boom'))).toBeNull();
  });

  it('stores one line with the code, at most 1,000 characters', () => {
    expect(describeError(newError('Invalid input\nat line 2', 'Neo.ClientError.Statement.SyntaxError'))).toBe(
      'Neo.ClientError.Statement.SyntaxError: Invalid input',
    );
    expect(describeError(new Error('x'.repeat(5000)))).toHaveLength(1000);
  });

  it('refuses a concurrency that is not a positive integer', () => {
    expect(() => startWorker({ graph: {} as never, concurrency: 0 })).toThrow(/Expected `concurrency` to be a positive integer, got 0/);
  });
});
