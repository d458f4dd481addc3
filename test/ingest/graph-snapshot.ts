// What "the same graph" means in the ingest tests: node counts by label, relationship counts by
// type, and the ids of events, actors and places (queue bookkeeping and timestamps left out).
import type { GraphConnection } from '../../src/graph/driver.ts';

export interface GraphSnapshot {
  labels: Record<string, number>;
  relationships: Record<string, number>;
  ids: Record<string, string[]>;
}

export async function graphSnapshot(graph: GraphConnection): Promise<GraphSnapshot> {
  const q = (cypher: string) => graph.driver.executeQuery(cypher, {}, { database: graph.database, routing: 'READ' });
  const labels = await q('MATCH (n) WHERE NOT n:Migration AND NOT n:Lock UNWIND labels(n) AS l RETURN l, count(*) AS n ORDER BY l');
  const rels = await q('MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS n ORDER BY t');
  const ids = await q(`
    MATCH (n) WHERE n:Event OR n:Actor OR n:Place OR n:Article
    WITH CASE WHEN n:Event THEN 'Event' WHEN n:Actor THEN 'Actor' WHEN n:Place THEN 'Place' ELSE 'Article' END AS l, n.id AS id
    ORDER BY id RETURN l, collect(id) AS ids ORDER BY l`);
  return {
    labels: Object.fromEntries(labels.records.map((r) => [r.get('l'), r.get('n')])),
    relationships: Object.fromEntries(rels.records.map((r) => [r.get('t'), r.get('n')])),
    ids: Object.fromEntries(ids.records.map((r) => [r.get('l'), r.get('ids')])),
  };
}

/** Articles by status, and how many were processed more than once. */
export async function articleStates(graph: GraphConnection): Promise<{ byStatus: Record<string, number>; processedTwice: number; neverProcessed: number }> {
  const { records } = await graph.driver.executeQuery(
    `MATCH (a:Article) RETURN a.status AS s, count(*) AS n,
       sum(CASE WHEN coalesce(a.processedCount, 0) > 1 THEN 1 ELSE 0 END) AS twice,
       sum(CASE WHEN coalesce(a.processedCount, 0) = 0 THEN 1 ELSE 0 END) AS never`,
    {},
    { database: graph.database, routing: 'READ' },
  );
  const byStatus: Record<string, number> = {};
  let processedTwice = 0;
  let neverProcessed = 0;
  for (const r of records) {
    byStatus[r.get('s')] = r.get('n');
    processedTwice += r.get('twice');
    neverProcessed += r.get('never');
  }
  return { byStatus, processedTwice, neverProcessed };
}
