// What several commands share: configuration, a Neo4j (found or started), a driver, migrations.
import { loadConfig, type Config } from '../config.ts';
import { connect, type GraphConnection } from '../graph/driver.ts';
import { resolveNeo4j, type ResolvedNeo4j } from '../graph/resolve-neo4j.ts';

export interface Runtime {
  config: Config;
  neo4j: ResolvedNeo4j;
  graph: GraphConnection;
  /** Closes the driver and stops a Neo4j this process started. Safe to call twice. */
  close(): Promise<void>;
}

/**
 * Opens the graph. `attached: true` ties a locally launched Neo4j to this process (npm start);
 * `false` leaves a launched Neo4j running for the next command.
 */
export async function openRuntime(opts: { attached: boolean }): Promise<Runtime> {
  const config = loadConfig();
  const neo4j = await resolveNeo4j(config, opts);
  let graph: GraphConnection;
  try {
    graph = await connect(neo4j.uri, { NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password, NEO4J_DATABASE: config.NEO4J_DATABASE });
  } catch (err) {
    await neo4j.stop();
    throw err;
  }
  let closed: Promise<void> | null = null;
  return {
    config,
    neo4j,
    graph,
    close: () =>
      (closed ??= (async () => {
        await graph.driver.close().catch(() => undefined);
        await neo4j.stop();
      })()),
  };
}

/** Runs `fn` on SIGINT/SIGTERM once; a second signal exits at once. */
export function onShutdown(fn: (signal: string) => Promise<void>): void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) {
      process.stderr.write(`khabar: ${signal} again, exiting now\n`);
      process.exit(130);
    }
    stopping = true;
    void fn(signal).finally(() => process.exit(0));
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
}
