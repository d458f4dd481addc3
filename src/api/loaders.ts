// DataLoaders, created per request (never shared between requests: no cache leaks across users).
// Each batch runs one UNWIND $ids query and returns one value per key, in key order.
import DataLoader from 'dataloader';
import { articlesByIds, type ArticleRecord } from '../graph/article-store.ts';
import type { GraphConnection } from '../graph/driver.ts';

export interface Loaders {
  article: DataLoader<string, ArticleRecord | null>;
}

export function createLoaders(graph: GraphConnection): Loaders {
  return {
    article: new DataLoader((ids) => articlesByIds(graph, ids)),
  };
}
