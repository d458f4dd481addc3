// The read side of the API on hand-written multilingual extractions (fixtures.ts): every query of
// issue 6, with the filters' semantics and the fields events, actors and articles expose.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/api/server.ts';
import type { GraphConnection } from '../../src/graph/driver.ts';
import { createLoaders, primeEvent } from '../../src/api/loaders.ts';
import { eventsPage } from '../../src/graph/event-reader.ts';
import { createTestApp, gql } from '../helpers/api.ts';
import { openTestGraph, resetGraph } from '../helpers/neo4j.ts';
import { AR_1, EN_1, FA_1, FA_2, idOf, loadFixtures } from './fixtures.ts';

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

async function ok<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const r = await gql<T>(app, query, variables);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!;
}

const EVENT = 'id type status confidence reportCount meeting date { value start end precision } place { id name } participants { role actor { id name } }';

describe('actor', () => {
  it.each([
    ['Лавров', 'sergey-lavrov'],
    ['لافروف', 'sergey-lavrov'],
    ['Lavrov', 'sergey-lavrov'],
    ['sergey lavrov', 'sergey-lavrov'],
    ['Sergey Lavrov', 'sergey-lavrov'],
    // Arabic yeh for Persian yeh, alef with hamza for bare alef, ZWNJ and case do not matter.
    ['عراقچي', 'abbas-araghchi'],
    ['احمد الشرع', 'ahmed-al-sharaa'],
    ['أحمد الشرع', 'ahmed-al-sharaa'],
    ['Erdogan', 'recep-tayyip-erdogan'],
    ['PUTIN', 'vladimir-putin'],
    ['Recep Tayyip Erdogan', 'recep-tayyip-erdogan'],
    ['بوتين', 'vladimir-putin'],
  ])('finds %s → %s', async (name, id) => {
    const d = await ok('query($name: String) { actor(name: $name) { id } }', { name });
    expect(d.actor?.id ?? null).toBe(id);
  });

  it('answers by id with aliases in every script, roles, events and meetings', async () => {
    const d = await ok(`{ actor(id: "ahmed-al-sharaa") {
      id name kind aliases roles { title } articleCount
      events(first: 10) { totalCount nodes { type date { value } } }
      meetings { totalCount nodes { type } }
      withPutin: meetings(with: "vladimir-putin") { nodes { type date { value } } }
    } }`);
    const a = d.actor;
    expect(a).toMatchObject({ id: 'ahmed-al-sharaa', name: 'Ahmed al-Sharaa', kind: 'PERSON', articleCount: 4 });
    expect(a.aliases).toEqual(expect.arrayContaining(['احمد الشرع', 'أحمد الشرع', 'الشرع']));
    expect(a.events.totalCount).toBe(4);
    expect(a.events.nodes.map((e: any) => e.date.value)).toEqual(['2024-03-11', '2024-04', '2024-07-01', '2024-10']);
    expect(a.meetings.nodes.map((e: any) => e.type)).toEqual(['MEETING', 'VISIT', 'SUMMIT']);
    expect(a.withPutin.nodes.map((e: any) => [e.type, e.date.value])).toEqual([['MEETING', '2024-03-11'], ['SUMMIT', '2024-10']]);
  });

  it('shows offices held from HELD_ROLE edges, earliest first', async () => {
    await graph.driver.executeQuery(
      `MATCH (x:Actor {id: 'sergey-lavrov'}) MERGE (r:Role {id: 'test-role:un'}) SET r.title = 'Permanent Representative to the UN'
       MERGE (x)-[h:HELD_ROLE]->(r) SET h.from = date('1994-01-01'), h.to = date('2004-03-08')`,
      {},
      { database: graph.database },
    );
    const { records } = await graph.driver.executeQuery(
      `MATCH (:Actor {id: 'sergey-lavrov'})-[h:HELD_ROLE]->(r:Role) RETURN count(h) AS n`, {}, { database: graph.database },
    );
    const d = await ok('{ actor(id: "sergey-lavrov") { roles { title from to } } }');
    expect(d.actor.roles).toHaveLength(records[0]!.get('n'));
    expect(d.actor.roles[0]).toEqual({ title: 'Permanent Representative to the UN', from: '1994-01-01', to: '2004-03-08' });
  });

  it('returns null for an unknown id or name', async () => {
    const d = await ok('{ a: actor(id: "nobody") { id } b: actor(name: "Nobody At All") { id } }');
    expect(d).toEqual({ a: null, b: null });
  });
});

describe('actors', () => {
  it('searches names and aliases after folding, in name order', async () => {
    const d = await ok('{ actors(search: "شرع") { totalCount nodes { id } } }');
    expect(d.actors).toEqual({ totalCount: 1, nodes: [{ id: 'ahmed-al-sharaa' }] });
    const ministers = await ok('{ actors(search: "لاوروف") { nodes { id } } }');
    expect(ministers.actors.nodes).toEqual([{ id: 'sergey-lavrov' }]);
  });

  it('pages through every actor without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const d: any = await ok('query($after: String) { actors(first: 3, after: $after) { totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }', { after });
      expect(d.actors.totalCount).toBe(7);
      seen.push(...d.actors.edges.map((e: any) => e.node.name));
      if (!d.actors.pageInfo.hasNextPage) break;
      after = d.actors.pageInfo.endCursor;
    }
    expect(seen).toEqual([...seen].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
    expect(new Set(seen).size).toBe(7);
  });
});

describe('event', () => {
  it('is one event for the meeting reported in Persian and in Arabic, with both sources and their sentences', async () => {
    const d = await ok(`{ meetings(between: ["vladimir-putin", "ahmed-al-sharaa"], to: "2024-03-31") { nodes { id } } }`);
    const id = d.meetings.nodes[0].id;
    const e = await ok(`query($id: ID!) { event(id: $id) { ${EVENT} sources { quote start end article { id url outlet language publishedAt text } } } }`, { id });
    const ev = e.event;
    expect(ev).toMatchObject({
      type: 'MEETING', status: 'OCCURRED', reportCount: 2, meeting: true,
      date: { value: '2024-03-11', start: '2024-03-11', end: '2024-03-11', precision: 'DAY' },
      place: { id: 'moscow', name: 'Moscow' },
    });
    expect(ev.confidence).toBeCloseTo(1 - 0.2 * 0.1, 5);
    expect(ev.participants).toEqual([
      { role: 'GUEST', actor: { id: 'ahmed-al-sharaa', name: 'Ahmed al-Sharaa' } },
      { role: 'HOST', actor: { id: 'vladimir-putin', name: 'Vladimir Putin' } },
    ]);
    expect(ev.sources.map((s: any) => s.article.language)).toEqual(['fa', 'ar']);
    for (const s of ev.sources) {
      expect(s.article.text.slice(s.start, s.end)).toBe(s.quote);
    }
    expect(ev.sources[0].article).toMatchObject({ id: idOf(FA_1), url: FA_1.url, outlet: FA_1.outlet, publishedAt: '2024-03-12' });
  });

  it('returns null for an unknown id', async () => {
    expect((await ok('{ event(id: "e-nope") { id } }')).event).toBeNull();
  });
});

describe('events', () => {
  const ids = async (filter: Record<string, unknown>, orderBy = 'DATE_ASC') => {
    const d = await ok('query($f: EventFilter, $o: EventOrder) { events(filter: $f, orderBy: $o, first: 100) { totalCount nodes { type date { value } } } }', { f: filter, o: orderBy });
    expect(d.events.totalCount).toBe(d.events.nodes.length);
    return d.events.nodes.map((e: any) => `${e.type}@${e.date?.value ?? '-'}`);
  };

  it('lists all events in date order, undated last', async () => {
    const all = await ids({});
    expect(all).toHaveLength(10);
    expect(all.at(-1)).toBe('STATEMENT@-');
    const dates = all.slice(0, -1).map((x: string) => x.split('@')[1]);
    expect(dates).toEqual([...dates].sort());
    expect((await ids({}, 'DATE_DESC')).slice(0, 2)).toEqual(['SUMMIT@2024-10', 'VISIT@2024-07-01']);
    expect((await ids({}, 'DATE_DESC')).at(-1)).toBe('STATEMENT@-');
  });

  it('filters by date range with overlap semantics for month-precision dates', async () => {
    // May 2024 (a MONTH) overlaps 2024-05-25..2024-06-30; the 19th and 20th of May do not.
    expect(await ids({ from: '2024-05-25', to: '2024-06-30' })).toEqual(['MEETING@2024-05']);
    expect(await ids({ from: '2024-10-31' })).toEqual(['SUMMIT@2024-10']);
    expect(await ids({ to: '2024-03-11' })).toEqual(['MEETING@2024-03-11', 'STATEMENT@2024-03-11']);
  });

  it('filters by type, status, place, language, article, confidence and actors (any / all)', async () => {
    expect(await ids({ types: ['STATEMENT'] })).toEqual(['STATEMENT@2024-03-11', 'STATEMENT@-']);
    expect(await ids({ status: 'PLANNED' })).toEqual(['INVITATION@2024-04', 'SUMMIT@2024-10']);
    expect(await ids({ place: 'moscow' })).toEqual(['MEETING@2024-03-11', 'MEETING@2024-03-12', 'PRESS_CONFERENCE@2024-05-20', 'SUMMIT@2024-10']);
    expect(await ids({ place: 'Ankara' })).toEqual(['MEETING@2024-05']);
    expect(await ids({ language: 'ar' })).toEqual(['MEETING@2024-03-11', 'MEETING@2024-03-12', 'INVITATION@2024-04']);
    expect(await ids({ article: idOf(FA_2) })).toEqual(['VISIT@2024-07-01', 'STATEMENT@-']);
    expect(await ids({ minConfidence: 0.85 })).toEqual(['MEETING@2024-03-11', 'MEETING@2024-03-12', 'PHONE_CALL@2024-05-19', 'VISIT@2024-07-01']);
    expect(await ids({ actors: ['hakan-fidan', 'recep-tayyip-erdogan'] })).toEqual(['MEETING@2024-05', 'PHONE_CALL@2024-05-19', 'SUMMIT@2024-10']);
    expect(await ids({ actors: ['abbas-araghchi', 'asaad-al-shaibani'], actorMatch: 'ALL' })).toEqual(['VISIT@2024-07-01']);
    expect(await ids({ actors: ['vladimir-putin'], meetingsOnly: true, status: 'OCCURRED' })).toEqual(['MEETING@2024-03-11', 'PHONE_CALL@2024-05-19']);
  });

  it('orders by confidence, highest first', async () => {
    const d = await ok('{ events(orderBy: CONFIDENCE_DESC, first: 100) { nodes { confidence } } }');
    const c = d.events.nodes.map((e: any) => e.confidence);
    expect(c).toEqual([...c].sort((a: number, b: number) => b - a));
  });

  it.each(['DATE_ASC', 'DATE_DESC', 'CONFIDENCE_DESC'])('pages in %s order: the pages joined are the whole list', async (orderBy) => {
    const whole = (await ok('query($o: EventOrder) { events(orderBy: $o, first: 100) { nodes { id } } }', { o: orderBy })).events.nodes.map((n: any) => n.id);
    const paged: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const d: any = await ok('query($o: EventOrder, $after: String) { events(orderBy: $o, first: 3, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }', { o: orderBy, after });
      paged.push(...d.events.edges.map((e: any) => e.node.id));
      if (!d.events.pageInfo.hasNextPage) break;
      after = d.events.pageInfo.endCursor;
    }
    expect(paged).toEqual(whole);
    expect(whole).toHaveLength(10);
  });

  it('refuses a cursor of another order', async () => {
    const d = await ok('{ events(first: 1) { pageInfo { endCursor } } }');
    const r = await gql(app, 'query($a: String) { events(first: 1, after: $a, orderBy: CONFIDENCE_DESC) { totalCount } }', { a: d.events.pageInfo.endCursor });
    expect(r.errors?.[0]?.message).toMatch(/not a cursor/);
  });
});

describe('timeline', () => {
  it("is an actor's dated events in date order, each with its precision", async () => {
    const d = await ok(`{ timeline(actorIds: ["ahmed-al-sharaa"]) { totalCount nodes { type date { value precision } } } }`);
    expect(d.timeline.nodes).toEqual([
      { type: 'MEETING', date: { value: '2024-03-11', precision: 'DAY' } },
      { type: 'INVITATION', date: { value: '2024-04', precision: 'MONTH' } },
      { type: 'VISIT', date: { value: '2024-07-01', precision: 'DAY' } },
      { type: 'SUMMIT', date: { value: '2024-10', precision: 'MONTH' } },
    ]);
  });

  it('keeps month-precision events that overlap the range, and filters by type', async () => {
    const d = await ok(`{ timeline(actorIds: ["ahmed-al-sharaa"], from: "2024-04-15", to: "2024-10-05") { nodes { type } } }`);
    expect(d.timeline.nodes.map((n: any) => n.type)).toEqual(['INVITATION', 'VISIT', 'SUMMIT']);
    const s = await ok(`{ timeline(actorIds: ["ahmed-al-sharaa", "hakan-fidan"], types: [SUMMIT, MEETING]) { nodes { type date { value } } } }`);
    expect(s.timeline.nodes.map((n: any) => `${n.type}@${n.date.value}`)).toEqual(['MEETING@2024-03-11', 'MEETING@2024-05', 'SUMMIT@2024-10']);
  });

  it('leaves undated events out; without actors it is every dated event', async () => {
    const d = await ok(`{ timeline(actorIds: ["abbas-araghchi"]) { nodes { type } } all: timeline { totalCount } }`);
    expect(d.timeline.nodes.map((n: any) => n.type)).toEqual(['MEETING', 'VISIT']);
    expect(d.all.totalCount).toBe(9);
  });

  it('reads participants briefly for a page that shows only names, without short-changing the rest of the request', async () => {
    const alone = await ok(`{ actor(id: "ahmed-al-sharaa") { aliases kind } timeline(actorIds: ["ahmed-al-sharaa"]) { nodes { id } } }`);
    expect(alone.actor.aliases.length).toBeGreaterThan(0);
    const eventId = alone.timeline.nodes[0].id as string;
    const full = await ok(`{ event(id: "${eventId}") { participants { role actor { id aliases kind } } } }`);
    // The same actors, shown briefly in a page and fully elsewhere in one request (in both orders).
    for (const query of [
      `{ timeline(actorIds: ["ahmed-al-sharaa"]) { nodes { participants { actor { id name } } } } actor(id: "ahmed-al-sharaa") { aliases kind } event(id: "${eventId}") { participants { role actor { id aliases kind } } } }`,
      `{ actor(id: "ahmed-al-sharaa") { aliases kind } event(id: "${eventId}") { participants { role actor { id aliases kind } } } timeline(actorIds: ["ahmed-al-sharaa"]) { nodes { participants { actor { id name } } } } }`,
    ]) {
      const d = await ok(query);
      expect(d.actor).toEqual(alone.actor);
      expect(d.event).toEqual(full.event);
      expect(d.timeline.nodes[0].participants.map((p: any) => p.actor.name)).toContain('Ahmed al-Sharaa');
    }
    // An event page with its sources reads its actors briefly too, and gives the same names.
    const withSources = await ok(`{ event(id: "${eventId}") { participants { actor { id name } } sources { quote } } }`);
    expect(withSources.event.participants.map((p: any) => p.actor.id).sort()).toEqual(full.event.participants.map((p: any) => p.actor.id).sort());
    expect(withSources.event.participants.map((p: any) => p.actor.name)).toContain('Ahmed al-Sharaa');
    // What a brief page read is not shared: loaders asked later in the request read the actors whole.
    const loaders = createLoaders(graph);
    const page = await eventsPage(graph, { criteria: { actors: ['ahmed-al-sharaa'] }, order: 'DATE_ASC', first: 10, after: null, participants: 'brief' });
    expect(page.rows[0]!.event.participants?.length).toBeGreaterThan(0);
    for (const r of page.rows) primeEvent(loaders, r.event, true);
    expect((await loaders.actor.load('ahmed-al-sharaa'))?.aliases).toEqual(alone.actor.aliases);
    const participants = await loaders.participants.load(page.rows[0]!.event.id);
    expect(participants.find((p) => p.actor.id === 'ahmed-al-sharaa')?.actor.aliases).toEqual(alone.actor.aliases);
    expect((await loaders.event.load(page.rows[0]!.event.id))?.participants?.find((p) => p.actor.id === 'ahmed-al-sharaa')?.actor.aliases ?? alone.actor.aliases).toEqual(alone.actor.aliases);
    // A page asking for more of its actors gets all of it.
    const rich = await ok(`{ timeline(actorIds: ["ahmed-al-sharaa"]) { nodes { id participants { actor { id aliases } } } } }`);
    const sharaa = rich.timeline.nodes[0].participants.find((p: any) => p.actor.id === 'ahmed-al-sharaa');
    expect(sharaa.actor.aliases).toEqual(alone.actor.aliases);
  });

  it('keeps nothing for an empty list of types or actors (omitted: no filter)', async () => {
    const d = await ok(`{
      noTypes: timeline(types: []) { totalCount nodes { id } }
      noActors: timeline(actorIds: []) { totalCount nodes { id } }
      filterNoTypes: events(filter: { types: [] }) { totalCount nodes { id } }
      filterNoActors: events(filter: { actors: [], actorMatch: ALL }) { totalCount nodes { id } }
      actor(id: "ahmed-al-sharaa") { none: events(types: []) { totalCount nodes { id } } some: events { totalCount } }
      all: timeline { totalCount }
    }`);
    for (const k of ['noTypes', 'noActors', 'filterNoTypes', 'filterNoActors']) expect(d[k], k).toEqual({ totalCount: 0, nodes: [] });
    expect(d.actor.none).toEqual({ totalCount: 0, nodes: [] });
    expect(d.actor.some.totalCount).toBeGreaterThan(0);
    expect(d.all.totalCount).toBe(9);
  });
});

describe('meetings', () => {
  it('lists meeting-like events where every given actor took part', async () => {
    const d = await ok(`{ meetings(between: ["vladimir-putin", "ahmed-al-sharaa"]) { totalCount nodes { type status date { value } } } }`);
    expect(d.meetings.nodes).toEqual([
      { type: 'MEETING', status: 'OCCURRED', date: { value: '2024-03-11' } },
      { type: 'SUMMIT', status: 'PLANNED', date: { value: '2024-10' } },
    ]);
    const three = await ok(`{ meetings(between: ["vladimir-putin", "ahmed-al-sharaa", "recep-tayyip-erdogan"]) { nodes { type } } }`);
    expect(three.meetings.nodes).toEqual([{ type: 'SUMMIT' }]);
    const ranged = await ok(`{ meetings(between: ["vladimir-putin", "ahmed-al-sharaa"], from: "2024-04-01") { nodes { type } } }`);
    expect(ranged.meetings.nodes).toEqual([{ type: 'SUMMIT' }]);
    const none = await ok(`{ meetings(between: ["sergey-lavrov", "abbas-araghchi"]) { totalCount } }`);
    expect(none.meetings.totalCount).toBe(0);
  });
});

describe('network', () => {
  const edgeKeys = (edges: any[]) => edges.map((e) => [e.from.id, e.to.id].sort().join('~') + `@${e.type}`).sort();

  it('gives the actors and dated MET edges around an actor, hop by hop', async () => {
    const d1 = await ok(`{ network(actorId: "vladimir-putin") { center { id } truncated actors { id } edges { from { id } to { id } type status date { value precision } event { id type } } } }`);
    expect(d1.network.center.id).toBe('vladimir-putin');
    expect(d1.network.actors.map((a: any) => a.id).sort()).toEqual(['ahmed-al-sharaa', 'recep-tayyip-erdogan', 'vladimir-putin']);
    expect(edgeKeys(d1.network.edges)).toEqual([
      'ahmed-al-sharaa~recep-tayyip-erdogan@SUMMIT',
      'ahmed-al-sharaa~vladimir-putin@MEETING',
      'ahmed-al-sharaa~vladimir-putin@SUMMIT',
      'recep-tayyip-erdogan~vladimir-putin@PHONE_CALL',
      'recep-tayyip-erdogan~vladimir-putin@SUMMIT',
    ]);
    for (const e of d1.network.edges) expect(e.event.type).toBe(e.type);
    const d2 = await ok(`{ network(actorId: "vladimir-putin", depth: 2) { actors { id } edges { type } } }`);
    expect(d2.network.actors).toHaveLength(5);
    expect(d2.network.edges).toHaveLength(8);
    const d3 = await ok(`{ network(actorId: "vladimir-putin", depth: 3) { actors { id } edges { type } } }`);
    expect(d3.network.actors).toHaveLength(7);
    expect(d3.network.edges).toHaveLength(10);
  });

  it('keeps only edges in the date range', async () => {
    const d = await ok(`{ network(actorId: "vladimir-putin", from: "2024-05-01", to: "2024-12-31") { actors { id } edges { type date { value } } } }`);
    expect(d.network.edges.map((e: any) => e.type).sort()).toEqual(['PHONE_CALL', 'SUMMIT', 'SUMMIT', 'SUMMIT']);
  });
});

describe('search', () => {
  it('finds articles in each language with highlights at the matched words', async () => {
    for (const [text, language, word] of [
      ['موسكو', 'ar', 'موسكو'],
      ['Ankara talks', 'en', 'talks'],
      // Arabic yeh and kaf in the query, Persian letters in the article.
      ['عراقچي دمشق', 'fa', 'دمشق'],
    ] as const) {
      const d = await ok('query($t: String!) { search(text: $t, first: 20) { kind score snippet start end highlights { start end } article { id language } event { id type } } }', { t: text });
      const hits = d.search.filter((h: any) => h.kind === 'ARTICLE' && h.article.language === language);
      expect(hits.length, `${text} → ${language}`).toBeGreaterThan(0);
      const h = hits[0];
      const words = h.highlights.map((r: any) => h.snippet.slice(r.start, r.end));
      expect(words.some((w: string) => w.includes(word)), `${words} has ${word}`).toBe(true);
    }
  });

  it('finds evidence quotes, with the event and offsets into the article', async () => {
    const d = await ok('{ search(text: "phone call", first: 10) { kind snippet start end highlights { start end } article { id text } event { type } } }');
    const ev = d.search.find((h: any) => h.kind === 'EVIDENCE');
    expect(ev.event.type).toBe('PHONE_CALL');
    expect(ev.article.text.slice(ev.start, ev.end)).toBe(ev.snippet);
    expect(ev.highlights.map((r: any) => ev.snippet.slice(r.start, r.end))).toEqual(['phone', 'call']);
    const fa = await ok('{ search(text: "گفت‌وگوی منطقه‌ای", first: 10) { kind event { type } article { id } } }');
    expect(fa.search.some((h: any) => h.kind === 'EVIDENCE' && h.event.type === 'STATEMENT' && h.article.id === idOf(FA_2))).toBe(true);
  });

  it('treats query syntax as words and finds nothing for unknown words', async () => {
    const d = await ok('{ a: search(text: "Moscow) OR (\\"") { kind } b: search(text: "zzzyyyxxx") { kind } }');
    expect(d.a.length).toBeGreaterThan(0);
    expect(d.b).toEqual([]);
  });
});

describe('articles', () => {
  it('expose their events and processing state', async () => {
    const d = await ok('query($id: ID!) { article(id: $id) { status extractorVersion attempts error events { totalCount nodes { type } } } }', { id: idOf(AR_1) });
    expect(d.article).toMatchObject({ status: 'DONE', extractorVersion: 'fixture-1', attempts: 0, error: null });
    expect(d.article.events.nodes.map((e: any) => e.type)).toEqual(['MEETING', 'MEETING', 'INVITATION']);
    expect(d.article.events.totalCount).toBe(3);
    const en = await ok('query($id: ID!) { article(id: $id) { language events(first: 1) { pageInfo { hasNextPage } nodes { type } } } }', { id: idOf(EN_1) });
    expect(en.article.events).toEqual({ pageInfo: { hasNextPage: true }, nodes: [{ type: 'MEETING' }] });
  });
});
