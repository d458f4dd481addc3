// The HTTP endpoints through app.fetch: API key, status codes, headers, streamed bodies that an
// independent reader parses, and a client that leaves early.
import { MultiGraph as Graph } from 'graphology';
import gexf from 'graphology-gexf';
import graphml from 'graphology-graphml';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type App } from '../../src/api/server.ts';
import type { GraphConnection } from '../../src/graph/driver.ts';
import { createTestApp } from '../helpers/api.ts';
import { openTestGraph, resetGraph } from '../helpers/neo4j.ts';
import { buildExportGraph, FA_TITLE, graphCounts } from './fixture.ts';

let graph: GraphConnection;
let app: App;
let open: App;
let counts: Record<string, number>;
const KEY = 'export-test-key';
const auth = { authorization: `Bearer ${KEY}` };

beforeAll(async () => {
  graph = await openTestGraph();
  await resetGraph(graph);
  await buildExportGraph(graph);
  counts = await graphCounts(graph);
  app = createTestApp(graph, { KHABAR_API_KEYS: `other-key, ${KEY}` });
  open = createTestApp(graph, { KHABAR_API_KEYS: '' });
});
afterAll(async () => {
  await graph.driver.close();
});

const get = (a: App, path: string, headers: Record<string, string> = {}) => a.fetch(`http://localhost${path}`, { headers });

describe('GET /export/…', () => {
  it('refuses without the API key when keys are configured', async () => {
    for (const headers of [{}, { authorization: 'Bearer wrong' }, { authorization: KEY }] as Record<string, string>[]) {
      const res = await get(app, '/export/graph.gexf', headers);
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect((await res.json()).error.code).toBe('UNAUTHENTICATED');
    }
  });

  it('streams GraphML and GEXF with their content types and file names', async () => {
    const res = await get(app, '/export/graph.graphml?withArticles=true', auth);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/graphml+xml; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="khabar-graph.graphml"');
    const g = graphml.parse(Graph, await res.text());
    expect(g.order).toBe(counts.Actor! + counts.Event! + counts.Place! + counts.Article!);
    expect(g.filterNodes((_, a) => a.title === FA_TITLE)).toHaveLength(1);

    const dyn = await get(app, '/export/graph.gexf?from=2024-06&to=2024-06&types=SUMMIT', auth);
    expect(dyn.headers.get('content-type')).toBe('application/gexf+xml; charset=utf-8');
    const h = gexf.parse(Graph, await dyn.text());
    expect(h.filterNodes((_, a) => a.labels[0] === 'Event').map((n) => h.getNodeAttribute(n, 'type'))).toEqual(['SUMMIT']);
    expect(h.filterEdges((_, a) => a.kind === 'MET')).toHaveLength(3);
  });

  it('serves JSON in both flavors and the two CSV files', async () => {
    const cy = await (await get(app, '/export/graph.json', auth)).json();
    expect(cy.elements.nodes).toHaveLength(counts.Actor! + counts.Event! + counts.Place!);
    const g = Graph.from(await (await get(app, '/export/graph.json?flavor=graphology&actors=hakan-fidan', auth)).json());
    expect(g.hasNode('actor:hakan-fidan')).toBe(true);
    expect(g.hasNode('actor:turkey')).toBe(false);
    const nodes = await get(app, '/export/nodes.csv', auth);
    expect(nodes.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(nodes.headers.get('content-disposition')).toBe('attachment; filename="khabar-nodes.csv"');
    expect(parse(await nodes.text(), { columns: true })).toHaveLength(counts.Actor! + counts.Event! + counts.Place!);
    const rels = parse(await (await get(app, '/export/relationships.csv?types=PHONE_CALL', auth)).text(), { columns: true }) as Record<string, string>[];
    expect(rels.map((r) => r[':TYPE']).sort()).toEqual(['MET', 'PARTICIPATED_IN', 'PARTICIPATED_IN']);
  });

  it('needs no key when none is configured', async () => {
    const res = await get(open, '/export/graph.json');
    expect(res.status).toBe(200);
    expect((await res.json()).elements.edges.length).toBe(counts.PARTICIPATED_IN! + counts.AT! + counts.MET!);
  });

  it('answers bad requests with 400, unknown files with 404, and leaves GraphQL alone', async () => {
    const bad = async (q: string) => {
      const res = await get(app, `/export/graph.json?${q}`, auth);
      expect(res.status, q).toBe(400);
      return (await res.json()).error.message as string;
    };
    expect(await bad('from=2024-13-01')).toMatch(/from "2024-13-01" is not a date/);
    expect(await bad('from=2024-07&to=2024-06')).toMatch(/after/);
    expect(await bad('types=MEETING,PARTY')).toMatch(/unknown event type "PARTY"/);
    expect(await bad('flavor=networkx')).toMatch(/unknown JSON flavor/);
    expect((await get(app, '/export/graph.xlsx', auth)).status).toBe(404);
    const post = await app.fetch('http://localhost/export/graph.json', { method: 'POST', headers: auth });
    expect(post.status).toBe(405);
    const health = await get(app, '/healthz');
    expect(health.status).toBe(200);
  });

  it('streams over a real HTTP connection in chunks', async () => {
    const server = await startServer(app, '127.0.0.1', 0);
    try {
      const res = await fetch(server.url.replace(/\/graphql$/, '/export/graph.gexf?withArticles=true'), { headers: auth });
      expect(res.status).toBe(200);
      expect(res.headers.get('transfer-encoding')).toBe('chunked'); // no length known up front: streamed
      const g = gexf.parse(Graph, await res.text());
      expect(g.order).toBe(counts.Actor! + counts.Event! + counts.Place! + counts.Article!);
    } finally {
      await server.close();
    }
  });

  it('stops the export when the client leaves, and keeps serving', async () => {
    const res = await get(app, '/export/graph.graphml?withArticles=1', auth);
    const reader = res.body!.getReader();
    const first = await reader.read();
    expect(first.done).toBe(false);
    await reader.cancel();
    // The session was closed: the driver still has connections to give.
    const again = await get(app, '/export/graph.graphml', auth);
    expect(again.status).toBe(200);
    expect(await again.text()).toMatch(/<\/graphml>\n$/);
  });
});
