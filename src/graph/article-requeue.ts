// Puts chosen articles back in the ingest queue (the API's `reprocess(articleIds:)`).
import type { GraphConnection } from './driver.ts';
import { ARTICLES_REQUEUE_BY_ID } from './cypher/requeue.ts';

/** Sets the given articles (not RUNNING ones) back to PENDING; returns the ids that were. */
export async function requeueArticlesById(graph: GraphConnection, ids: readonly string[]): Promise<string[]> {
  const { records } = await graph.driver.executeQuery(ARTICLES_REQUEUE_BY_ID, { ids: [...new Set(ids)] }, { database: graph.database });
  return records.map((r) => r.get('id') as string);
}
