import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/api/server.ts';
import { enqueueArticles } from '../../src/graph/article-store.ts';
import type { GraphConnection } from '../../src/graph/driver.ts';
import { readFolder } from '../../src/ingest/sources.ts';
import { createTestApp, gql } from '../helpers/api.ts';
import { openTestGraph, resetGraph } from '../helpers/neo4j.ts';

let graph: GraphConnection;
let app: App;
beforeAll(async () => {
  graph = await openTestGraph();
  await resetGraph(graph);
  const { articles } = await readFolder('seeds');
  await enqueueArticles(graph, articles);
  app = createTestApp(graph);
});
afterAll(async () => {
  await graph.driver.close();
});

describe('GraphQL server skeleton', () => {
  it('answers health with Neo4j reachable and migrated', async () => {
    const r = await gql(app, '{ health { ok neo4j migrated version } }');
    expect(r.errors).toBeUndefined();
    expect(r.data.health).toEqual({ ok: true, neo4j: true, migrated: true, version: 'test' });
  });

  it('lists the five seed articles with their dates and languages', async () => {
    const r = await gql(app, '{ articles(first: 5) { totalCount edges { node { id publishedAt language } } pageInfo { hasNextPage } } }');
    expect(r.errors).toBeUndefined();
    expect(r.data.articles.totalCount).toBe(5);
    const nodes = r.data.articles.edges.map((e: any) => e.node);
    expect(nodes.map((n: any) => n.language).sort()).toEqual(['ar', 'fa', 'fa', 'fa', 'fa']);
    expect(nodes.map((n: any) => n.publishedAt)).toEqual([...nodes.map((n: any) => n.publishedAt)].sort().reverse());
    expect(r.data.articles.pageInfo.hasNextPage).toBe(false);
  });

  it('pages with cursors without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i++) {
      const r: any = await gql(app, 'query($after: String) { articles(first: 2, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }', { after });
      seen.push(...r.data.articles.edges.map((e: any) => e.node.id));
      if (!r.data.articles.pageInfo.hasNextPage) break;
      after = r.data.articles.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
  });

  it('gives clear errors for bad arguments', async () => {
    const tooMany = await gql(app, '{ articles(first: 1000) { totalCount } }');
    expect(tooMany.errors?.[0]?.message).toMatch(/at most 100/);
    const badCursor = await gql(app, '{ articles(after: "garbage") { totalCount } }');
    expect(badCursor.errors?.[0]?.message).toMatch(/not a cursor/);
  });

  it('serves /healthz, /readyz and GraphiQL', async () => {
    expect((await app.fetch('http://localhost/healthz')).status).toBe(200);
    expect((await app.fetch('http://localhost/readyz')).status).toBe(200);
    const page = await app.fetch('http://localhost/graphql', { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('khabar');
    expect(html).not.toContain('unpkg.com'); // GraphiQL is bundled: works offline
  });
});
