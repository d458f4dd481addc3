// The filters: dates overlap (a month-precision event matches any day of its month), actors
// (their events plus every participant of those), types, and their combination. Read through the
// Cytoscape JSON export; every edge's ends must be exported nodes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphConnection } from '../../src/graph/driver.ts';
import type { RawExportOptions } from '../../src/export/index.ts';
import { openTestGraph, resetGraph } from '../helpers/neo4j.ts';
import { buildExportGraph, exportText } from './fixture.ts';

let graph: GraphConnection;
beforeAll(async () => {
  graph = await openTestGraph();
  await resetGraph(graph);
  await buildExportGraph(graph);
});
afterAll(async () => {
  await graph.driver.close();
});

interface Selection {
  events: string[];
  actors: string[];
  places: string[];
  articles: number;
  edges: Record<string, number>;
}

async function select(raw: Omit<RawExportOptions, 'format'>): Promise<Selection> {
  const json = JSON.parse(await exportText(graph, { format: 'json', ...raw }));
  const nodes: { data: Record<string, any> }[] = json.elements.nodes;
  const edges: { data: Record<string, any> }[] = json.elements.edges;
  const ids = new Set(nodes.map((n) => n.data.id));
  for (const e of edges) {
    expect(ids.has(e.data.source), `${e.data.id} source`).toBe(true);
    expect(ids.has(e.data.target), `${e.data.id} target`).toBe(true);
  }
  const of = (label: string) => nodes.filter((n) => n.data.labels[0] === label).map((n) => n.data);
  const edgeCounts: Record<string, number> = {};
  for (const e of edges) edgeCounts[e.data.label] = (edgeCounts[e.data.label] ?? 0) + 1;
  return {
    events: of('Event').map((d) => `${d.type} ${d.date ?? '-'}`).sort(),
    actors: of('Actor').map((d) => d.entityId).sort(),
    places: of('Place').map((d) => d.entityId).sort(),
    articles: of('Article').length,
    edges: edgeCounts,
  };
}

describe('export filters', () => {
  it('without filters exports the whole graph, actors without events included', async () => {
    const s = await select({});
    expect(s.events).toEqual(['MEETING 2024-03', 'PHONE_CALL 2024-07-01', 'STATEMENT -', 'SUMMIT 2024-06', 'VISIT 2024-05-09']);
    expect(s.actors).toEqual(['abbas-araghchi', 'hakan-fidan', 'mohammed-al-thani', 'turkey']);
    expect(s.articles).toBe(0);
    expect(s.edges).toEqual({ PARTICIPATED_IN: 10, AT: 3, MET: 6 });
  });

  it('from/to select the events whose dates overlap, month spans included; undated events drop out', async () => {
    const s = await select({ from: '2024-05', to: '2024-06-15' });
    expect(s.events).toEqual(['SUMMIT 2024-06', 'VISIT 2024-05-09']);
    expect(s.actors).toEqual(['abbas-araghchi', 'hakan-fidan', 'mohammed-al-thani']);
    expect(s.places).toEqual(['doha', 'tehran']);
    expect(s.edges).toEqual({ PARTICIPATED_IN: 5, AT: 2, MET: 4 });
    // One day inside the March meeting's month.
    expect((await select({ from: '2024-03-15', to: '2024-03-15' })).events).toEqual(['MEETING 2024-03']);
    // Only a lower bound: July's call.
    expect((await select({ from: '2024-07-01' })).events).toEqual(['PHONE_CALL 2024-07-01']);
  });

  it('actors select their events and bring every participant along', async () => {
    const s = await select({ actors: 'mohammed-al-thani', withArticles: true });
    expect(s.events).toEqual(['PHONE_CALL 2024-07-01', 'STATEMENT -', 'SUMMIT 2024-06', 'VISIT 2024-05-09']);
    expect(s.actors).toEqual(['abbas-araghchi', 'hakan-fidan', 'mohammed-al-thani']);
    expect(s.articles).toBe(2);
    expect(s.edges.REPORTED_IN).toBe(4);
  });

  it('types select event types, and filters combine', async () => {
    const calls = await select({ types: 'PHONE_CALL' });
    expect(calls.events).toEqual(['PHONE_CALL 2024-07-01']);
    expect(calls.actors).toEqual(['hakan-fidan', 'mohammed-al-thani']);
    expect(calls.places).toEqual([]);
    expect(calls.edges).toEqual({ PARTICIPATED_IN: 2, MET: 1 });
    const both = await select({ actors: 'abbas-araghchi', types: 'meeting,SUMMIT', to: '2024-05' });
    expect(both.events).toEqual(['MEETING 2024-03']);
    const none = await select({ actors: 'nobody-at-all' });
    expect(none).toEqual({ events: [], actors: [], places: [], articles: 0, edges: {} });
  });
});
