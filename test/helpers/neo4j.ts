// The integration tests' access to the run's Neo4j (started by global-setup.ts).
import { inject } from 'vitest';
import { connect, type GraphConnection } from '../../src/graph/driver.ts';

export async function openTestGraph(): Promise<GraphConnection> {
  const n = inject('neo4j');
  return connect(n.uri, { NEO4J_USER: n.user, NEO4J_PASSWORD: n.password, NEO4J_DATABASE: n.database });
}

/**
 * Empties the graph but for the migration records. Integration files run one at a time
 * (fileParallelism: false), so each file starts from an empty, migrated graph.
 */
export async function resetGraph(graph: GraphConnection): Promise<void> {
  // CALL … IN TRANSACTIONS needs an auto-commit transaction: session.run, not executeQuery.
  const session = graph.driver.session({ database: graph.database });
  try {
    await session.run('MATCH (n) WHERE NOT n:Migration CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
}
