// What clients see when something fails. AppErrors keep their message and code; GraphQL errors we
// raise on purpose (bad arguments, auth) pass as they are; anything else becomes
// "Unexpected error." (yoga's maskError), logged with its stack by yoga.
import type { GraphQLError } from 'graphql';
import { createGraphQLError, maskError as yogaMaskError } from 'graphql-yoga';
import { Neo4jError } from 'neo4j-driver';
import { AppError, type ErrorCode } from '../errors.ts';

/** AppError codes as GraphQL `extensions.code`. */
const CODES: Partial<Record<ErrorCode, { code: string; status?: number }>> = {
  BAD_INPUT: { code: 'BAD_USER_INPUT', status: 400 },
  INPUT_TOO_LARGE: { code: 'BAD_USER_INPUT', status: 413 },
  NOT_FOUND: { code: 'NOT_FOUND' },
  UNAUTHENTICATED: { code: 'UNAUTHENTICATED', status: 401 },
  NEO4J_UNAVAILABLE: { code: 'SERVICE_UNAVAILABLE', status: 503 },
  NEO4J_NOT_MIGRATED: { code: 'SERVICE_UNAVAILABLE', status: 503 },
};

/** A GraphQL error for bad arguments. EXAMPLE: badInput('"from" (2025-12-01) is after "to" (2025-01-01)') */
export function badInput(message: string): GraphQLError {
  return createGraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

export function timeoutError(ms: number): GraphQLError {
  return createGraphQLError(`The request took longer than ${ms} ms and was stopped`, {
    extensions: { code: 'TIMEOUT', http: { status: 504 } },
  });
}

function isTimeout(err: unknown): boolean {
  return err instanceof Neo4jError && /TransactionTimedOut|Transaction\.Terminated/i.test(err.code);
}

/** yoga's `maskedErrors.maskError`. */
export function maskError(error: unknown, message: string, isDev?: boolean): Error {
  const graphqlError = error as GraphQLError;
  const original = graphqlError?.originalError ?? error;
  const at = { nodes: graphqlError?.nodes, path: graphqlError?.path, source: graphqlError?.source, positions: graphqlError?.positions };
  if (original instanceof AppError) {
    const mapped = CODES[original.code] ?? { code: original.code };
    return createGraphQLError(original.message, {
      ...at,
      extensions: {
        code: mapped.code,
        ...(original.hint ? { hint: original.hint } : {}),
        ...(mapped.status ? { http: { status: mapped.status } } : {}),
      },
    });
  }
  if (isTimeout(original)) {
    return createGraphQLError('The request took too long and was stopped (Neo4j transaction timeout)', { ...at, extensions: { code: 'TIMEOUT' } });
  }
  return yogaMaskError(error, message, isDev);
}
