// Read-side access for the API: every read runs with routing READ and a Neo4j transaction timeout,
// so a runaway query is stopped by the server, not only abandoned by the client.
import neo4j, { type Integer, type RecordShape } from 'neo4j-driver';
import type { GraphConnection } from './driver.ts';

/** A connection plus the read timeout the API wants (the request timeout). */
export interface ReadGraph extends GraphConnection {
  /** Neo4j transaction timeout for reads, in ms. @default none (the server's own) */
  readTimeoutMs?: number;
}

/** Runs one read query and returns its records as plain objects (keys as in RETURN). */
export async function readRecords<T extends RecordShape = RecordShape>(
  graph: ReadGraph,
  query: string,
  params: Record<string, unknown>,
): Promise<T[]> {
  const { records } = await graph.driver.executeQuery(query, params, {
    database: graph.database,
    routing: 'READ',
    ...(graph.readTimeoutMs ? { transactionConfig: { timeout: graph.readTimeoutMs } } : {}),
  });
  return records.map((r) => r.toObject() as T);
}

/**
 * A whole number as a Cypher INTEGER. JavaScript numbers travel as floats, and LIMIT or a list
 * slice refuses 6.0. EXAMPLE: int(21) for `LIMIT $limit`
 */
export function int(n: number): Integer {
  return neo4j.int(Math.trunc(n));
}
