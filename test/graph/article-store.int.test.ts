import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleId, articlesByIds, articlesPage, countArticles, enqueueArticles } from '../../src/graph/article-store.ts';
import type { GraphConnection } from '../../src/graph/driver.ts';
import { openTestGraph, resetGraph } from '../helpers/neo4j.ts';

let graph: GraphConnection;
beforeAll(async () => {
  graph = await openTestGraph();
  await resetGraph(graph);
});
afterAll(async () => {
  await graph.driver.close();
});

const A = { text: 'متن یک', publishedAt: '2024-03-01', language: 'fa', outlet: 'X' };
const B = { text: 'text two', publishedAt: '2024-03-02', language: 'en', url: 'https://example.org/two' };
const C = { text: 'نص ثلاثة', publishedAt: null, language: 'ar' };

describe('article store', () => {
  it('enqueues once: the same text again is no change, a corrected text under the same URL is', async () => {
    const first = await enqueueArticles(graph, [A, B, C]);
    expect(first.map((r) => r.changed)).toEqual([true, true, true]);
    const again = await enqueueArticles(graph, [A, B]);
    expect(again.map((r) => r.changed)).toEqual([false, false]);
    expect(await countArticles(graph, null)).toBe(3);
    const corrected = await enqueueArticles(graph, [{ ...B, text: 'text two, corrected' }]);
    expect(corrected).toEqual([{ id: articleId(B), changed: true }]);
    expect(await countArticles(graph, null)).toBe(3);
    const [stored] = await articlesByIds(graph, [articleId(B)]);
    expect(stored).toMatchObject({ text: 'text two, corrected', status: 'PENDING', publishedAt: '2024-03-02' });
  });

  it('pages newest first with a cursor and returns null for unknown ids', async () => {
    const p1 = await articlesPage(graph, { first: 2, after: null, status: null });
    expect(p1.articles.map((a) => a.publishedAt)).toEqual(['2024-03-02', '2024-03-01']);
    expect(p1.hasNextPage).toBe(true);
    const last = p1.articles.at(-1)!;
    const p2 = await articlesPage(graph, { first: 2, after: { publishedAt: last.publishedAt, id: last.id }, status: null });
    expect(p2.articles.map((a) => a.language)).toEqual(['ar']);
    expect(p2.hasNextPage).toBe(false);
    expect(await articlesByIds(graph, ['nope', articleId(A)])).toEqual([null, expect.objectContaining({ outlet: 'X' })]);
  });
});
