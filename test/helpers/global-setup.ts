// One real Neo4j for the integration run, found in the order of DESIGN.md: NEO4J_URI, then a
// Docker engine (testcontainers), then the local launcher on a free port with a throw-away data
// directory. Migrates once, then hands the URI to the test files through `inject('neo4j')`.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/config.ts';
import { connect } from '../../src/graph/driver.ts';
import { freePort, startLocalNeo4j } from '../../src/graph/launcher.ts';
import { migrate } from '../../src/graph/migrate.ts';
import { dockerEngineAvailable } from '../../src/graph/resolve-neo4j.ts';

export interface ProvidedNeo4j {
  uri: string;
  user: string;
  password: string;
  database: string;
  source: 'env' | 'docker' | 'local';
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: ProvidedNeo4j;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const config = loadConfig();
  let provided: ProvidedNeo4j;
  let stop: () => Promise<void> = async () => undefined;
  if (config.NEO4J_URI) {
    provided = { uri: config.NEO4J_URI, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD, database: config.NEO4J_DATABASE, source: 'env' };
  } else if (config.KHABAR_NEO4J_MODE !== 'local' && (await dockerEngineAvailable())) {
    const { Neo4jContainer } = await import('@testcontainers/neo4j');
    const container = await new Neo4jContainer('neo4j:5.26-community').start();
    provided = { uri: container.getBoltUri(), user: container.getUsername(), password: container.getPassword(), database: 'neo4j', source: 'docker' };
    stop = async () => {
      await container.stop();
    };
  } else {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'khabar-test-neo4j-'));
    const local = await startLocalNeo4j({ port: await freePort(), dataDir, attached: true });
    provided = { uri: local.uri, user: 'neo4j', password: '', database: 'neo4j', source: 'local' };
    stop = async () => {
      await local.stop();
      await rm(dataDir, { recursive: true, force: true });
    };
  }
  const graph = await connect(provided.uri, { NEO4J_USER: provided.user, NEO4J_PASSWORD: provided.password, NEO4J_DATABASE: provided.database });
  try {
    await migrate(graph.driver, graph.database);
  } finally {
    await graph.driver.close();
  }
  process.stderr.write(`integration tests: Neo4j (${provided.source}) at ${provided.uri}\n`);
  project.provide('neo4j', provided);
  return stop;
}
