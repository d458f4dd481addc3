// Quality of service: bad arguments give clear errors; abuse limits (page size, depth, aliases,
// cost, result size, timeout), CSRF prevention, introspection switch, masked internal errors,
// GraphiQL's example tabs and Prometheus metrics.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/api/server.ts';
import type { GraphConnection } from '../../src/graph/driver.ts';
import { createTestApp, gql } from '../helpers/api.ts';
import { openTestGraph, resetGraph } from '../helpers/neo4j.ts';
import { loadFixtures } from './fixtures.ts';

let graph: GraphConnection;
let app: App;
beforeAll(async () => {
  graph = await openTestGraph();
  await resetGraph(graph);
  await loadFixtures(graph);
  app = createTestApp(graph);
});
afterAll(async () => {
  await graph.driver.close();
});

async function firstError(query: string, variables: Record<string, unknown> = {}, a: App = app) {
  const r = await gql(a, query, variables);
  expect(r.errors, `no error for ${query}`).toBeDefined();
  return r.errors![0]!;
}

describe('bad arguments', () => {
  it.each([
    ['{ timeline(actorIds: ["vladimir-putin"], from: "2024-12-01", to: "2024-01-01") { totalCount } }', /"from" \(2024-12-01\) is after "to" \(2024-01-01\)/],
    ['{ events(filter: { from: "2024-12-01", to: "2024-01-01" }) { totalCount } }', /"filter.from" \(2024-12-01\) is after "filter.to"/],
    ['{ network(actorId: "vladimir-putin", from: "2025-01-02", to: "2025-01-01") { truncated } }', /is after/],
    ['{ timeline(from: "2024-02-30") { totalCount } }', /Date must be a real calendar date written YYYY-MM-DD, got "2024-02-30"/],
    ['{ timeline(from: "March 2024") { totalCount } }', /YYYY-MM-DD/],
    ['{ events(filter: { types: [LUNCH] }) { totalCount } }', /Value "LUNCH" does not exist in "EventType" enum/],
    ['{ events(orderBy: NEWEST) { totalCount } }', /"NEWEST" does not exist in "EventOrder" enum/],
    ['{ actor(id: "a", name: "b") { id } }', /exactly one of "id" and "name"/],
    ['{ actor { id } }', /exactly one of "id" and "name"/],
    ['{ network(actorId: "vladimir-putin", depth: 4) { truncated } }', /"depth" must be 1 to 3, got 4/],
    ['{ network(actorId: "nobody") { truncated } }', /no actor with id "nobody"/],
    ['{ meetings(between: []) { totalCount } }', /"between" needs at least 1 different id/],
    ['{ events(filter: { minConfidence: 1.5 }) { totalCount } }', /between 0 and 1, got 1.5/],
    ['{ search(text: "   ") { kind } }', /"text" must not be empty/],
    ['{ events(first: -1) { totalCount } }', /whole number from 0 to 100/],
  ])('%s', async (query, message) => {
    const e = await firstError(query);
    expect(e.message).toMatch(message);
    expect(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'NOT_FOUND']).toContain(e.extensions?.code);
  });

  it('names a malformed date in variables', async () => {
    const e = await firstError('query($d: Date) { timeline(from: $d) { totalCount } }', { d: '2024-13-01' });
    expect(e.message).toMatch(/\$d.*2024-13-01/s);
  });
});

describe('limits', () => {
  it('caps page sizes at 100 everywhere', async () => {
    for (const q of [
      '{ events(first: 101) { totalCount } }',
      '{ actors(first: 500) { totalCount } }',
      '{ timeline(first: 101) { totalCount } }',
      '{ search(text: "Moscow", first: 101) { kind } }',
      '{ actor(id: "vladimir-putin") { events(first: 101) { totalCount } } }',
    ]) {
      expect((await firstError(q)).message, q).toMatch(/may be at most 100, got/);
    }
  });

  it('refuses queries that are too deep', async () => {
    const deep = '{ actor(id: "vladimir-putin") { events { nodes { participants { actor { events { nodes { participants { actor { events { nodes { place { id } } } } } } } } } } } } }';
    expect((await firstError(deep)).message).toMatch(/depth/i);
  });

  it('refuses too many aliases', async () => {
    const many = `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: health { ok }`).join(' ')} }`;
    expect((await firstError(many)).message).toMatch(/aliases/i);
  });

  it('refuses queries over the cost limit', async () => {
    const cheap = createTestApp(graph, { KHABAR_MAX_QUERY_COST: '30' });
    const e = await firstError('{ events { nodes { id type status confidence date { value start end precision } participants { role actor { id name aliases } } } } }', {}, cheap);
    expect(e.message).toMatch(/cost/i);
  });

  it('refuses queries that could return too many nodes, and says why', async () => {
    const lavish = createTestApp(graph, { KHABAR_MAX_QUERY_COST: '100000000' });
    const e = await firstError('{ actors(first: 100) { nodes { events(first: 100) { nodes { participants { actor { id } } } } } } }', {}, lavish);
    expect(e.message).toMatch(/may return up to \d+ nodes, more than the limit of 20000/);
    expect(e.extensions?.code).toBe('QUERY_TOO_LARGE');
    const fine = await gql(app, '{ actors(first: 10) { nodes { events(first: 10) { nodes { participants { actor { id } } } } } } }');
    expect(fine.errors).toBeUndefined();
  });

  it('stops a request that runs past the timeout', async () => {
    const hasty = createTestApp(graph, { KHABAR_REQUEST_TIMEOUT_MS: '1' });
    const e = await firstError('{ events(first: 50) { totalCount nodes { participants { actor { events(first: 5) { totalCount } } } sources { article { text } } } } }', {}, hasty);
    expect(e.extensions?.code, JSON.stringify(e)).toBe("TIMEOUT");
    expect(e.message).toMatch(/longer than 1 ms|took too long/);
  });
});

describe('errors', () => {
  it('masks internal errors as "Unexpected error."', async () => {
    const other = await openTestGraph();
    await other.driver.close();
    const broken = createTestApp(other);
    const r = await gql(broken, '{ events { totalCount } }');
    expect(r.errors?.[0]?.message).toBe('Unexpected error.');
    expect(JSON.stringify(r)).not.toMatch(/neo4j|bolt|Pool|driver/i);
  });
});

describe('HTTP', () => {
  it('refuses simple GET requests without the CSRF header, serves them with it', async () => {
    const url = `http://localhost/graphql?query=${encodeURIComponent('{ health { ok } }')}`;
    const bare = await app.fetch(url, { headers: { accept: 'application/json' } });
    expect(bare.status).toBe(403);
    const ok = await app.fetch(url, { headers: { accept: 'application/json', 'x-graphql-yoga-csrf': '1' } });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ data: { health: { ok: true } } });
  });

  it('allows introspection unless KHABAR_INTROSPECTION=false', async () => {
    const q = '{ __schema { queryType { name } } }';
    expect((await gql(app, q)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const closed = createTestApp(graph, { KHABAR_INTROSPECTION: 'false' });
    const r = await gql(closed, q);
    expect(r.errors?.[0]?.message).toMatch(/introspection/i);
    // No "Did you mean …?" hints either: they would give the schema away.
    const typo = await gql(closed, '{ evnts { totalCount } }');
    expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it('opens GraphiQL with the example tabs', async () => {
    const page = await app.fetch('http://localhost/graphql', { headers: { accept: 'text/html' } });
    const html = await page.text();
    for (const tab of ['query Timeline', 'query MeetingsBetween', 'query EventSources']) expect(html).toContain(tab);
    expect(html).toContain('ahmed-al-sharaa');
    expect(html).toContain('vladimir-putin');
  });

  it('runs the example queries without errors', async () => {
    const { GRAPHIQL_TABS } = await import('../../src/api/examples.ts');
    for (const tab of GRAPHIQL_TABS) {
      const r = await gql(app, tab.query);
      expect(r.errors, tab.query).toBeUndefined();
    }
  });

  it('serves Prometheus metrics at /metrics', async () => {
    await gql(app, 'query Probe { health { ok } }');
    const res = await app.fetch('http://localhost/metrics');
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toMatch(/graphql_envelop_request_duration/);
    expect(text).toMatch(/graphql_yoga_http_duration/);
    expect(text).toMatch(/khabar_process_cpu/);
  });
});
