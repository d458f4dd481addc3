// No N+1: the number of Cypher queries a request runs does not grow with the page size. The driver
// is wrapped to count every query (executeQuery and session/transaction runs).
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphConnection } from '../../src/graph/driver.ts';
import { createTestApp, gql } from '../helpers/api.ts';
import { openTestGraph, resetGraph } from '../helpers/neo4j.ts';
import { loadFixtures } from './fixtures.ts';

let graph: GraphConnection;
const counter = { queries: 0, texts: [] as string[] };

/** The same connection, with a driver that counts the queries sent through it. */
function counted(g: GraphConnection): GraphConnection {
  const driver = new Proxy(g.driver, {
    get(target, prop, receiver) {
      if (prop === 'executeQuery') {
        return (query: string, ...rest: unknown[]) => {
          counter.queries++;
          counter.texts.push(query);
          return (target.executeQuery as (...a: unknown[]) => unknown)(query, ...rest);
        };
      }
      if (prop === 'session') {
        return (...args: unknown[]) => {
          const session = (target.session as (...a: unknown[]) => any)(...args);
          const run = session.run.bind(session);
          session.run = (query: string, ...rest: unknown[]) => {
            counter.queries++;
            counter.texts.push(query);
            return run(query, ...rest);
          };
          return session;
        };
      }
      const value = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  }) as Driver;
  return { ...g, driver };
}

beforeAll(async () => {
  graph = await openTestGraph();
  await resetGraph(graph);
  await loadFixtures(graph);
});
afterAll(async () => {
  await graph.driver.close();
});

async function queriesFor(query: string, variables: Record<string, unknown>): Promise<number> {
  const app = createTestApp(counted(graph));
  counter.queries = 0;
  counter.texts = [];
  const r = await gql(app, query, variables);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return counter.queries;
}

// Every node lookup of issue 6 in one request: events with participants (and their actors, roles
// and own events), places, sources with their articles and texts, and each article's events.
const DEEP = `query($n: Int) {
  events(first: $n) {
    totalCount
    nodes {
      id type date { value precision } status confidence
      place { id name }
      participants {
        role
        actor { id name aliases roles { title } events(first: 5) { totalCount nodes { id date { value } } } meetings(first: 2) { nodes { id } } }
      }
      sources { quote start end article { id url outlet language publishedAt status text events(first: 3) { nodes { id } } } }
    }
  }
}`;

describe('queries per request', () => {
  it('stay the same for 1, 3 and 10 events with everything nested', async () => {
    const counts = [];
    for (const n of [1, 3, 10]) counts.push(await queriesFor(DEEP, { n }));
    expect(counts[0]).toBeGreaterThan(3);
    expect(counts).toEqual([counts[0], counts[0], counts[0]]);
  });

  it('stay the same for actor pages of 1 and 7 with their timelines', async () => {
    const q = `query($n: Int) { actors(first: $n) { nodes { id events(first: 10) { totalCount nodes { id participants { actor { id } } sources { article { id } } } } } } }`;
    const [one, seven] = [await queriesFor(q, { n: 1 }), await queriesFor(q, { n: 7 })];
    expect(seven).toBe(one);
  });

  it('stay the same for networks of 1 to 3 hops apart from one query per hop', async () => {
    const q = `query($d: Int) { network(actorId: "vladimir-putin", depth: $d) { actors { id name events(first: 2) { nodes { id } } } edges { from { id } to { id } event { id place { name } } } } }`;
    const counts = [await queriesFor(q, { d: 1 }), await queriesFor(q, { d: 2 }), await queriesFor(q, { d: 3 })];
    expect(counts[1]! - counts[0]!).toBe(1);
    expect(counts[2]! - counts[1]!).toBe(1);
  });

  it('stay the same for 1 and 10 search hits', async () => {
    const q = `query($n: Int) { search(text: "Moscow Putin بوتين پوتین", first: $n) { kind snippet article { id text events { nodes { id } } } event { id participants { actor { name } } } } }`;
    expect(await queriesFor(q, { n: 10 })).toBe(await queriesFor(q, { n: 1 }));
  });
});
