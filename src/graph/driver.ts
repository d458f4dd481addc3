// The one place where neo4j-driver is configured and where Neo4j's error codes become ours.
import neo4j, { type Driver, Neo4jError } from 'neo4j-driver';
import type { Config } from '../config.ts';
import { AppError } from '../errors.ts';
import { scoped } from '../logger.ts';

const log = scoped({ component: 'neo4j' });

export interface GraphConnection {
  driver: Driver;
  uri: string;
  database: string;
}

/** Opens a driver for `uri` and checks that the server answers; the error names the URI and what to do. */
export async function connect(uri: string, config: Pick<Config, 'NEO4J_USER' | 'NEO4J_PASSWORD' | 'NEO4J_DATABASE'>): Promise<GraphConnection> {
  // A server with auth disabled (the local launcher) ignores the credentials.
  const auth = neo4j.auth.basic(config.NEO4J_USER, config.NEO4J_PASSWORD);
  const driver = neo4j.driver(uri, auth, {
    // Seconds-scale limits: a worker should wait for a restarting server, not hang forever.
    connectionAcquisitionTimeout: 30_000,
    maxTransactionRetryTime: 30_000,
    disableLosslessIntegers: true,
    // The driver's own warnings repeat every retry of a refused connection: debug, not noise.
    logging: {
      level: 'warn',
      logger: (level, message) => log[level === 'error' ? 'warn' : 'debug'](message),
    },
  });
  try {
    // One attempt, no retries: a wrong URI or password should say so at once.
    await driver.verifyConnectivity({ database: config.NEO4J_DATABASE });
    await driver.executeQuery('RETURN 1', {}, { database: config.NEO4J_DATABASE });
  } catch (err) {
    await driver.close().catch(() => undefined);
    throw toAppError(err, uri);
  }
  log.debug({ uri }, `Connected to Neo4j at ${uri}`);
  return { driver, uri, database: config.NEO4J_DATABASE };
}

/** Maps a driver error to an `AppError` with a hint; anything else passes through. */
export function toAppError(err: unknown, uri: string): unknown {
  if (!(err instanceof Neo4jError)) return err;
  if (err.code === 'Neo.ClientError.Security.Unauthorized' || err.code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new AppError('NEO4J_AUTH', `Neo4j at ${uri} refused the credentials (authentication failed)`, {
      cause: err,
      hint: 'Check NEO4J_USER and NEO4J_PASSWORD.',
    });
  }
  if (err.code === 'ServiceUnavailable' || err.code === 'SessionExpired') {
    return new AppError('NEO4J_UNAVAILABLE', `cannot reach Neo4j at ${uri}: ${firstLine(err.message)}`, {
      cause: err,
      hint: 'Is the server running and the URI right? Unset NEO4J_URI to let khabar start a local Neo4j.',
    });
  }
  if (err.code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new AppError('NEO4J_UNAVAILABLE', `Neo4j at ${uri} has no such database: ${firstLine(err.message)}`, {
      cause: err,
      hint: 'Set NEO4J_DATABASE to an existing database (community edition has only "neo4j").',
    });
  }
  return err;
}

/** True for errors worth retrying with backoff (connection lost, leader switch, deadlock, transient). */
export function isTransient(err: unknown): boolean {
  return err instanceof Neo4jError && (Neo4jError.isRetryable(err) || err.code.startsWith('Neo.TransientError'));
}

function firstLine(s: string): string {
  return s.split('\n')[0] ?? s;
}
