// Mutations: API keys, ingestArticle, reprocess, and analysts' corrections (mergeActors,
// renameActor) that survive reprocessing when the writer applies them (applyActorCorrections).
import type { ManagedTransaction } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/api/server.ts';
import type { ExtractionResult as Extraction } from '../../src/extract/types.ts';
import { applyActorCorrections, loadActorCorrections } from '../../src/graph/corrections-store.ts';
import type { GraphConnection } from '../../src/graph/driver.ts';
import { createTestApp, gql } from '../helpers/api.ts';
import { openTestGraph, resetGraph } from '../helpers/neo4j.ts';
import { ARTICLES, idOf, loadFixtures, type FixtureArticle } from './fixtures.ts';

const KEY = 'test-key-0123456789';
const AUTH = { authorization: `Bearer ${KEY}` };

let graph: GraphConnection;
let app: App;
beforeAll(async () => {
  graph = await openTestGraph();
  await resetGraph(graph);
  await loadFixtures(graph);
  app = createTestApp(graph, { KHABAR_API_KEYS: `other-key,${KEY}` });
});
afterAll(async () => {
  await graph.driver.close();
});

async function ok<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const r = await gql<T>(app, query, variables, AUTH);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!;
}

/** The worker's path for an article again (reprocess), with the corrections applied on the way in. */
async function rewriteWithCorrections(articles: FixtureArticle[]): Promise<void> {
  await loadFixtures(graph, articles, async (result: Extraction, tx: ManagedTransaction) =>
    applyActorCorrections(result, await loadActorCorrections(tx, result.actors.map((a) => a.id))),
  );
}

async function articleCount(status: string | null = null): Promise<number> {
  const { records } = await graph.driver.executeQuery(
    'MATCH (a:Article) WHERE $status IS NULL OR a.status = $status RETURN count(a) AS n',
    { status },
    { database: graph.database },
  );
  return records[0]!.get('n') as number;
}

const INGEST = 'mutation($input: ArticleInput!) { ingestArticle(input: $input) { changed article { id status language publishedAt url } } }';
const INPUT = { text: 'Sergey Lavrov met Hakan Fidan in Antalya on Friday.', url: 'https://en.example.org/world/3999', publishedAt: '2024-11-08', language: 'en', outlet: 'Example Wire' };

describe('API keys', () => {
  it('refuses mutations without a key, with a wrong key, and when no key is configured', async () => {
    const none = await gql(app, INGEST, { input: INPUT });
    expect(none.errors?.[0]).toMatchObject({ message: expect.stringMatching(/need an API key/), extensions: { code: 'UNAUTHENTICATED' } });
    const wrong = await gql(app, INGEST, { input: INPUT }, { authorization: 'Bearer nope' });
    expect(wrong.errors?.[0]).toMatchObject({ message: 'The API key is not valid', extensions: { code: 'UNAUTHENTICATED' } });
    const basic = await gql(app, INGEST, { input: INPUT }, { authorization: `Basic ${KEY}` });
    expect(basic.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const closed = createTestApp(graph, { KHABAR_API_KEYS: '' });
    const disabled = await gql(closed, INGEST, { input: INPUT }, AUTH);
    expect(disabled.errors?.[0]).toMatchObject({ message: expect.stringMatching(/KHABAR_API_KEYS/), extensions: { code: 'FORBIDDEN' } });
    for (const m of ['mutation { reprocess(all: true) { queued } }', 'mutation { renameActor(id: "sergey-lavrov", name: "X") { id } }', 'mutation { mergeActors(keep: "sergey-lavrov", remove: ["hakan-fidan"]) { id } }']) {
      expect((await gql(app, m)).errors?.[0]?.extensions?.code, m).toBe('UNAUTHENTICATED');
    }
    // Nothing changed.
    expect(await articleCount()).toBe(5);
    expect((await ok('{ actor(id: "hakan-fidan") { name } }')).actor.name).toBe('Hakan Fidan');
  });

  it('answers 401 at the HTTP level for a missing key', async () => {
    const res = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: INGEST, variables: { input: INPUT } }),
    });
    expect(res.status).toBe(401);
  });
});

describe('ingestArticle', () => {
  it('queues the article (PENDING) once; the same text again changes nothing', async () => {
    const first = await ok(INGEST, { input: INPUT });
    expect(first.ingestArticle).toMatchObject({ changed: true, article: { status: 'PENDING', language: 'en', publishedAt: '2024-11-08', url: INPUT.url } });
    const again = await ok(INGEST, { input: INPUT });
    expect(again.ingestArticle).toMatchObject({ changed: false, article: { id: first.ingestArticle.article.id } });
    expect(await articleCount()).toBe(6);
    const stored = await ok('query($id: ID!) { article(id: $id) { status text outlet } }', { id: first.ingestArticle.article.id });
    expect(stored.article).toEqual({ status: 'PENDING', text: INPUT.text, outlet: INPUT.outlet });
  });

  it('refuses empty, oversized and badly dated articles with clear errors', async () => {
    const empty = await gql(app, INGEST, { input: { text: '  ' } }, AUTH);
    expect(empty.errors?.[0]?.message).toMatch(/empty/);
    const small = createTestApp(graph, { KHABAR_API_KEYS: KEY, KHABAR_MAX_ARTICLE_CHARS: '10' });
    const big = await gql(small, INGEST, { input: { text: 'x'.repeat(11) } }, AUTH);
    expect(big.errors?.[0]?.message).toMatch(/more than KHABAR_MAX_ARTICLE_CHARS \(10\)/);
    const date = await gql(app, INGEST, { input: { text: 'abc', publishedAt: '2024-02-31' } }, AUTH);
    expect(date.errors?.[0]?.message).toMatch(/YYYY-MM-DD/);
    const lang = await gql(app, INGEST, { input: { text: 'abc', language: 'de' } }, AUTH);
    expect(lang.errors?.[0]?.message).toMatch(/Language/);
  });
});

describe('reprocess', () => {
  it('puts chosen articles back to PENDING', async () => {
    const d = await ok('mutation($ids: [ID!]) { reprocess(articleIds: $ids) { queued } }', { ids: [idOf(ARTICLES[0]!), idOf(ARTICLES[1]!), 'unknown'] });
    expect(d.reprocess.queued).toBe(2);
    const a = await ok('query($id: ID!) { article(id: $id) { status attempts } }', { id: idOf(ARTICLES[0]!) });
    expect(a.article).toEqual({ status: 'PENDING', attempts: 0 });
  });

  it('puts every DONE article back with status: DONE, and wants exactly one selection', async () => {
    const d = await ok('mutation { reprocess(status: DONE) { queued } }');
    expect(d.reprocess.queued).toBe(3);
    expect(await articleCount('DONE')).toBe(0);
    const both = await gql(app, 'mutation { reprocess(status: DONE, all: true) { queued } }', {}, AUTH);
    expect(both.errors?.[0]?.message).toMatch(/exactly one of/);
    // The graph stays until the worker rewrites it.
    expect((await ok('{ events { totalCount } }')).events.totalCount).toBe(10);
  });
});

describe('corrections', () => {
  it('renames an actor; the old name stays an alias and still finds it', async () => {
    const d = await ok('mutation { renameActor(id: "sergey-lavrov", name: "Sergei Lavrov") { id name aliases } }');
    expect(d.renameActor).toMatchObject({ id: 'sergey-lavrov', name: 'Sergei Lavrov' });
    expect(d.renameActor.aliases).toContain('Sergey Lavrov');
    expect((await ok('{ actor(name: "Sergey Lavrov") { id name } }')).actor).toEqual({ id: 'sergey-lavrov', name: 'Sergei Lavrov' });
  });

  it('merges actors: events, meetings and names move to the kept actor, the old id redirects', async () => {
    // An extraction that made two actors of one person: "Asaad Hassan al-Shaibani" beside "Asaad al-Shaibani".
    const before = await ok('{ actor(id: "asaad-al-shaibani") { events { totalCount } } }');
    expect(before.actor.events.totalCount).toBe(2);
    await graph.driver.executeQuery(
      `CREATE (x:Actor {id: 'asaad-hassan-al-shaibani', name: 'Asaad Hassan al-Shaibani', kind: 'PERSON', aliases: ['أسعد حسن الشيباني']})
       WITH x MATCH (e:Event {type: 'PHONE_CALL'}) CREATE (x)-[:PARTICIPATED_IN {role: 'PARTICIPANT'}]->(e)
       WITH x, e MATCH (y:Actor {id: 'vladimir-putin'}) CREATE (x)-[:MET {eventId: e.id, type: e.type, date: e.date, dateStart: e.dateStart, dateEnd: e.dateEnd, precision: e.precision, status: e.status}]->(y)`,
      {},
      { database: graph.database },
    );
    const d = await ok('mutation { mergeActors(keep: "asaad-al-shaibani", remove: ["asaad-hassan-al-shaibani"]) { id name aliases events { totalCount nodes { type } } } }');
    expect(d.mergeActors.id).toBe('asaad-al-shaibani');
    expect(d.mergeActors.aliases).toEqual(expect.arrayContaining(['Asaad Hassan al-Shaibani', 'أسعد حسن الشيباني', 'أسعد الشيباني']));
    expect(d.mergeActors.events.totalCount).toBe(3);
    const redirected = await ok('{ actor(id: "asaad-hassan-al-shaibani") { id } byName: actor(name: "أسعد حسن الشيباني") { id } }');
    expect(redirected).toEqual({ actor: { id: 'asaad-al-shaibani' }, byName: { id: 'asaad-al-shaibani' } });
    const net = await ok('{ network(actorId: "asaad-hassan-al-shaibani") { center { id } actors { id } } }');
    expect(net.network.center.id).toBe('asaad-al-shaibani');
    expect(net.network.actors.map((a: any) => a.id)).toContain('vladimir-putin');
    const timeline = await ok('{ timeline(actorIds: ["asaad-hassan-al-shaibani"]) { totalCount } }');
    expect(timeline.timeline.totalCount).toBe(3);
  });

  it('refuses merging an actor into itself, unknown actors, and ids merged before', async () => {
    const self = await gql(app, 'mutation { mergeActors(keep: "hakan-fidan", remove: ["hakan-fidan"]) { id } }', {}, AUTH);
    expect(self.errors?.[0]?.message).toMatch(/into itself/);
    const unknown = await gql(app, 'mutation { mergeActors(keep: "hakan-fidan", remove: ["nobody"]) { id } }', {}, AUTH);
    expect(unknown.errors?.[0]).toMatchObject({ message: 'no actor with id "nobody"', extensions: { code: 'NOT_FOUND' } });
    const twice = await gql(app, 'mutation { mergeActors(keep: "hakan-fidan", remove: ["asaad-hassan-al-shaibani"]) { id } }', {}, AUTH);
    expect(twice.errors?.[0]?.message).toMatch(/was merged into "asaad-al-shaibani" before/);
    const empty = await gql(app, 'mutation { renameActor(id: "hakan-fidan", name: "  ") { id } }', {}, AUTH);
    expect(empty.errors?.[0]?.message).toMatch(/must not be empty/);
  });

  it('survive reprocessing when the writer applies them', async () => {
    // Fidan's extractions keep coming as "hakan-fidan"; an analyst decided the canonical actor is "turkish-fm".
    await graph.driver.executeQuery(
      `CREATE (:Actor {id: 'turkish-fm', name: 'Hakan Fidan (Turkish FM)', kind: 'PERSON', aliases: []})`,
      {},
      { database: graph.database },
    );
    await ok('mutation { mergeActors(keep: "turkish-fm", remove: ["hakan-fidan"]) { id } }');
    // The worker reprocesses every article: the merge and the rename hold.
    await rewriteWithCorrections(ARTICLES);
    const d = await ok(`{
      fidan: actor(id: "hakan-fidan") { id name events { totalCount } }
      lavrov: actor(id: "sergey-lavrov") { name aliases }
      ghost: actors(search: "hakan fidan") { nodes { id } }
      events { totalCount }
      ankara: events(filter: { place: "Ankara" }) { nodes { participants { actor { id } } } }
    }`);
    expect(d.fidan).toEqual({ id: 'turkish-fm', name: 'Hakan Fidan (Turkish FM)', events: { totalCount: 1 } });
    expect(d.lavrov.name).toBe('Sergei Lavrov');
    expect(d.ghost.nodes).toEqual([{ id: 'turkish-fm' }]);
    expect(d.events.totalCount).toBe(10);
    expect(d.ankara.nodes[0].participants.map((p: any) => p.actor.id).sort()).toEqual(['abbas-araghchi', 'turkish-fm']);
  });
});
