// Finding a Neo4j, in the order of DESIGN.md:
//   1. NEO4J_URI set → that server;
//   2. a Docker engine answers → `docker compose up -d --wait neo4j` (tests use testcontainers instead);
//   3. neither → the local launcher in graph/ (Neo4j 5.26 embedded, Bolt on 127.0.0.1).
// The same code path serves all three; only the URI (and who stops the server) differs.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Config } from '../config.ts';
import { PROJECT_ROOT } from '../config.ts';
import { AppError } from '../errors.ts';
import { scoped } from '../logger.ts';
import { startLocalNeo4j } from './launcher.ts';

const run = promisify(execFile);
const log = scoped({ component: 'neo4j' });

export interface ResolvedNeo4j {
  uri: string;
  user: string;
  password: string;
  source: 'env' | 'docker' | 'local';
  /** Stops what this process started; a no-op for a server it did not start. */
  stop(): Promise<void>;
}

/** True when a Docker engine (not only the client) answers within a few seconds. */
export async function dockerEngineAvailable(): Promise<boolean> {
  try {
    await run('docker', ['info', '--format', '{{.ServerVersion}}'], { timeout: 5_000 });
    return true;
  } catch {
    return false;
  }
}

export async function resolveNeo4j(config: Config, opts: { attached: boolean }): Promise<ResolvedNeo4j> {
  if (config.NEO4J_URI) {
    return { uri: config.NEO4J_URI, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD, source: 'env', stop: async () => undefined };
  }
  const mode = config.KHABAR_NEO4J_MODE;
  if (mode === 'docker' || (mode === 'auto' && (await dockerEngineAvailable()))) {
    log.info('Starting Neo4j with docker compose (service neo4j)');
    try {
      await run('docker', ['compose', 'up', '-d', '--wait', 'neo4j'], { cwd: PROJECT_ROOT, timeout: 300_000 });
    } catch (err) {
      throw new AppError('LAUNCHER_FAILED', `docker compose could not start Neo4j: ${(err as Error).message.split('\n')[0]}`, {
        cause: err,
        hint: 'Run `docker compose up neo4j` to see why, or set KHABAR_NEO4J_MODE=local to use the local launcher.',
      });
    }
    return {
      uri: `bolt://127.0.0.1:${config.NEO4J_BOLT_PORT}`,
      user: 'neo4j',
      password: '',
      source: 'docker',
      stop: async () => undefined, // compose services outlive the command, like a database should
    };
  }
  const local = await startLocalNeo4j({ port: config.NEO4J_BOLT_PORT, dataDir: config.KHABAR_DATA_DIR, attached: opts.attached });
  return {
    uri: local.uri,
    user: config.NEO4J_USER,
    password: config.NEO4J_PASSWORD,
    source: 'local',
    // Detached: the server stays up for the next command (`khabar neo4j stop` ends it).
    stop: opts.attached ? () => local.stop() : async () => undefined,
  };
}
