// writeArticleGraph / writeArticlesGraph against the real Neo4j: one event per real-world event,
// whatever the order and however the articles are batched.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { articleId, enqueueArticles } from '../../src/graph/article-store.ts';
import type { GraphConnection } from '../../src/graph/driver.ts';
import { writeArticleGraph, writeArticlesGraph } from '../../src/graph/event-store.ts';
import type { ExtractedEvent, ExtractionResult } from '../../src/extract/types.ts';
import { mergeActors } from '../../src/graph/corrections-store.ts';
import { openTestGraph, resetGraph } from '../helpers/neo4j.ts';

let graph: GraphConnection;
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(async () => {
  await graph.driver.close();
});
beforeEach(async () => {
  await resetGraph(graph);
});

const day = (d: string) => ({ value: d, start: d, end: d, precision: 'DAY' as const });
const actor = (id: string, name: string, text: string) => ({ id, name, kind: 'PERSON' as const, mentions: [{ text, start: 0, end: text.length }] });
const event = (id: string, over: Partial<ExtractedEvent>): ExtractedEvent => ({
  id,
  type: 'MEETING',
  date: day('2024-03-05'),
  status: 'OCCURRED',
  participants: [
    { actorId: 'hakan-fidan', role: 'HOST' },
    { actorId: 'abbas-araghchi', role: 'GUEST' },
  ],
  location: 'Ankara',
  evidence: [{ text: 'quote', start: 0, end: 5 }],
  confidence: 0.8,
  ...over,
});
const result = (language: 'fa' | 'ar' | 'en', publishedAt: string, events: ExtractedEvent[]): ExtractionResult => ({
  language,
  publishedAt,
  publishedAtSource: 'metadata',
  extractorVersion: 'test',
  actors: [actor('hakan-fidan', 'Hakan Fidan', language === 'en' ? 'Fidan' : 'فیدان'), actor('abbas-araghchi', 'Abbas Araghchi', language === 'en' ? 'Araghchi' : 'عراقچی')],
  events,
});

// Three articles: fa (planned, month date), ar (occurred, day), en (occurred, day + a call).
const ARTICLES: { text: string; publishedAt: string; result: ExtractionResult }[] = [
  { text: 'fa article', publishedAt: '2024-03-01', result: result('fa', '2024-03-01', [event('m1', { status: 'PLANNED', date: { value: '2024-03', start: '2024-03-01', end: '2024-03-31', precision: 'MONTH' } })]) },
  { text: 'ar article', publishedAt: '2024-03-05', result: result('ar', '2024-03-05', [event('m2', {})]) },
  {
    text: 'en article',
    publishedAt: '2024-03-06',
    result: result('en', '2024-03-06', [
      event('m3', { date: day('2024-03-05') }),
      event('c1', { type: 'PHONE_CALL', date: day('2024-02-20'), location: null, participants: [{ actorId: 'hakan-fidan', role: 'INITIATOR' }, { actorId: 'abbas-araghchi', role: 'RECIPIENT' }] }),
    ]),
  },
];

/** One article at a time, in `order`. */
async function ingest(order: number[]): Promise<void> {
  await writeBatches(order.map((i) => [i]), ARTICLES);
}

async function snapshot() {
  const q = async (cypher: string) => (await graph.driver.executeQuery(cypher)).records.map((r) => r.toObject());
  return {
    events: await q(`MATCH (e:Event) OPTIONAL MATCH (e)-[:REPORTED_IN]->(a:Article)
      RETURN e.id AS id, e.type AS type, e.date AS date, e.status AS status, e.precision AS precision, labels(e) AS labels, count(a) AS reports ORDER BY id`),
    met: await q('MATCH (x)-[m:MET]->(y) RETURN x.id AS x, y.id AS y, m.date AS date, m.eventId AS eventId ORDER BY x, y, date'),
    rels: await q('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type'),
    actors: await q('MATCH (x:Actor) RETURN x.id AS id, x.aliases AS aliases ORDER BY id'),
  };
}

describe('writeArticleGraph', () => {
  it('makes one event of the same meeting reported in three languages, refined to the day and OCCURRED', async () => {
    await ingest([0, 1, 2]);
    const s = await snapshot();
    const meeting = s.events.filter((e) => e.type === 'MEETING');
    expect(meeting).toHaveLength(1);
    expect(meeting[0]).toMatchObject({ date: '2024-03-05', precision: 'DAY', status: 'OCCURRED', reports: 3 });
    expect(meeting[0]!.labels).toEqual(expect.arrayContaining(['Event', 'Meeting']));
    expect(s.events.filter((e) => e.type === 'PHONE_CALL')).toHaveLength(1);
    expect(s.met).toEqual([
      { x: 'abbas-araghchi', y: 'hakan-fidan', date: '2024-02-20', eventId: expect.any(String) },
      { x: 'abbas-araghchi', y: 'hakan-fidan', date: '2024-03-05', eventId: meeting[0]!.id },
    ]);
    expect(s.actors.find((a) => a.id === 'abbas-araghchi')!.aliases).toEqual(['Araghchi', 'عراقچی']);
  });

  it('links actors to the offices the lexicon knows they held, with dates', async () => {
    await ingest([0]);
    const { records } = await graph.driver.executeQuery(
      `MATCH (:Actor {id: 'abbas-araghchi'})-[h:HELD_ROLE]->(r:Role)
       RETURN r.id AS role, r.title AS title, toString(h.from) AS from, toString(h.to) AS to`,
    );
    const roles = records.map((r) => r.toObject());
    const fm = roles.find((r) => r.role === 'foreign-minister:iran');
    expect(fm).toMatchObject({ title: 'Foreign Minister of Iran' });
    expect(fm!.from! < '2024-09-01').toBe(true);
    // Ingesting again does not duplicate the edges.
    await ingest([0]);
    const again = await graph.driver.executeQuery("MATCH (:Actor {id: 'abbas-araghchi'})-[h:HELD_ROLE]->() RETURN count(h) AS n");
    expect(again.records[0]!.get('n')).toBe(roles.length);
  });

  it('gives the same graph for every ingest order', async () => {
    await ingest([0, 1, 2]);
    const reference = await snapshot();
    for (const order of [[2, 1, 0], [1, 2, 0], [2, 0, 1]]) {
      await resetGraph(graph);
      await ingest(order);
      expect(await snapshot()).toEqual(reference);
    }
  });

  it('is idempotent, and a re-processed article replaces its own contribution', async () => {
    await ingest([0, 1, 2]);
    const once = await snapshot();
    await ingest([2, 0]);
    expect(await snapshot()).toEqual(once);
    // The English article, corrected: no call any more.
    const ids = await enqueueArticles(graph, [{ text: 'en article', publishedAt: '2024-03-06' }]);
    const corrected = { ...ARTICLES[2]!.result, events: [ARTICLES[2]!.result.events[0]!] };
    const session = graph.driver.session({ database: graph.database });
    await session.executeWrite((tx) => writeArticleGraph(tx, { article: { id: ids[0]!.id, publishedAt: '2024-03-06' }, result: corrected }));
    await session.close();
    const after = await snapshot();
    expect(after.events.map((e) => e.type)).toEqual(['MEETING']);
    expect(after.met).toHaveLength(1);
  });
});

// A chain: B's day lies in A's month, C's undated week overlaps A's month but not B's day, so
// B—A—C is one event only through A. D reports another meeting of the same two.
const CHAIN: { text: string; publishedAt: string; result: ExtractionResult }[] = [
  { text: 'A', publishedAt: '2024-03-02', result: result('fa', '2024-03-02', [event('a1', { status: 'PLANNED', location: null, date: { value: '2024-03', start: '2024-03-01', end: '2024-03-31', precision: 'MONTH' } })]) },
  { text: 'B', publishedAt: '2024-03-06', result: result('ar', '2024-03-06', [event('b1', { date: day('2024-03-05') })]) },
  { text: 'C', publishedAt: '2024-04-02', result: result('en', '2024-04-02', [event('c1', { date: null, location: null })]) },
  { text: 'D', publishedAt: '2024-06-11', result: result('en', '2024-06-11', [event('d1', { date: day('2024-06-10'), location: 'Tehran' })]) },
  { text: 'E', publishedAt: '2024-06-12', result: result('fa', '2024-06-12', [event('e1', { date: day('2024-06-10'), location: 'Tehran' })]) },
];

/**
 * Texts for CHAIN whose article ids put `first` (A, B or C) before the other two of A, B, C, and D
 * before E (so that D's event keeps its node when E's report goes).
 */
function textsWithSmallest(first: string): string[] {
  for (let k = 0; ; k++) {
    const texts = CHAIN.map((a) => `${a.text} ${k}`);
    const ids = texts.map((text) => articleId({ text, url: null }));
    const min = ids.indexOf(ids.slice(0, 3).sort()[0]!);
    if ('ABC'[min] === first && ids[3]! < ids[4]!) return texts;
  }
}

async function writeBatches(batches: number[][], articles = CHAIN, override: Map<number, ExtractionResult> = new Map()): Promise<void> {
  const ids = await enqueueArticles(graph, articles.map((a) => ({ text: a.text, publishedAt: a.publishedAt })));
  for (const batch of batches) {
    const inputs = batch.map((i) => ({ article: { id: ids[i]!.id, publishedAt: articles[i]!.publishedAt }, result: override.get(i) ?? articles[i]!.result }));
    const session = graph.driver.session({ database: graph.database });
    try {
      await session.executeWrite((tx) => writeArticlesGraph(tx, inputs));
    } finally {
      await session.close();
    }
  }
}

/** Everything the writer sets, relationship properties included. */
async function fullSnapshot() {
  const q = async (cypher: string) => (await graph.driver.executeQuery(cypher)).records.map((r) => r.toObject());
  return {
    ...(await snapshot()),
    eventProps: await q('MATCH (e:Event) RETURN e {.*} AS e ORDER BY e.id'),
    participations: await q('MATCH (x:Actor)-[p:PARTICIPATED_IN]->(e:Event) RETURN x.id AS x, e.id AS e, p {.*} AS p ORDER BY x, e'),
    reports: await q('MATCH (e:Event)-[r:REPORTED_IN]->(a:Article) RETURN e.id AS e, a.id AS a, r {.*} AS r ORDER BY r.key'),
    places: await q('MATCH (e:Event)-[:AT]->(p:Place) RETURN e.id AS e, p.id AS p ORDER BY e'),
    mentions: await q('MATCH (x:Actor)-[m:MENTIONED_IN]->(a:Article) RETURN x.id AS x, a.id AS a, m.count AS n ORDER BY x, a'),
  };
}

describe('writeArticlesGraph', () => {
  it('gives the graph of one article at a time, for any batches and order, through merges of clusters', async () => {
    await writeBatches([[0], [1], [2], [3]]);
    const reference = await fullSnapshot();
    expect(reference.events.filter((e) => e.type === 'MEETING').map((e) => e.reports)).toEqual(expect.arrayContaining([3, 1]));
    for (const batches of [[[0, 1, 2, 3]], [[3, 2], [1, 0]], [[1], [2], [0, 3]], [[2, 1], [3], [0]]]) {
      await resetGraph(graph);
      await writeBatches(batches);
      expect(await fullSnapshot(), JSON.stringify(batches)).toEqual(reference);
    }
  });

  // Which event keeps its node in a split depends on which article has the smallest id: each case.
  for (const smallest of ['A', 'B', 'C']) {
    it(`splits a cluster when the article that joined it no longer reports the event, as a fresh ingest would (smallest id: ${smallest})`, async () => {
      const texts = textsWithSmallest(smallest);
      const articles = CHAIN.map((a, i) => ({ ...a, text: texts[i]! }));
      const noEvents = (i: number) => ({ ...articles[i]!.result, events: [] });
      // Without A's meeting, B and C are two events; without E's report, D's meeting has one report.
      const corrected = new Map([[0, noEvents(0)], [4, noEvents(4)]]);
      await writeBatches([[0, 1, 2, 3, 4]], articles, new Map([[0, noEvents(0)]]));
      const withoutA = await fullSnapshot();
      expect(withoutA.events.filter((e) => e.type === 'MEETING').map((e) => e.reports).sort()).toEqual([1, 1, 2]);
      await resetGraph(graph);
      await writeBatches([[0, 1, 2, 3, 4]], articles, corrected);
      const withoutAE = await fullSnapshot();

      await resetGraph(graph);
      await writeBatches([[1, 2], [0, 3], [4]], articles);
      expect((await fullSnapshot()).events.filter((e) => e.type === 'MEETING').map((e) => e.reports).sort()).toEqual([2, 3]);
      await writeBatches([[0]], articles, corrected);
      expect(await fullSnapshot()).toEqual(withoutA);
      await writeBatches([[4]], articles, corrected);
      expect(await fullSnapshot()).toEqual(withoutAE);
      // Written again in a batch with others: nothing changes.
      await writeBatches([[3, 4, 1]], articles, corrected);
      expect(await fullSnapshot()).toEqual(withoutAE);
    });
  }

  it('finds the events of an actor merged into another when a later article reports them', async () => {
    // A visit by a duplicate id of Araghchi, merged into the real one; then a report of the same visit.
    const visit = (who: string) => event('v1', { type: 'VISIT', participants: [{ actorId: who, role: 'GUEST' }] });
    const articles = [
      { text: 'first', publishedAt: '2024-03-06', result: { ...result('en', '2024-03-06', [visit('araghchi-dup')]), actors: [actor('araghchi-dup', 'Araghchi', 'Araghchi')] } },
      { text: 'second', publishedAt: '2024-03-07', result: result('en', '2024-03-07', [visit('abbas-araghchi')]) },
    ];
    await writeBatches([[0]], articles);
    await writeBatches([[0]], [{ text: 'unrelated', publishedAt: '2024-01-01', result: result('en', '2024-01-01', []) }]); // creates abbas-araghchi
    await mergeActors(graph, 'abbas-araghchi', ['araghchi-dup']);
    await writeBatches([[1]], articles);
    const visits = (await fullSnapshot()).events.filter((e) => e.type === 'VISIT');
    expect(visits.map((e) => e.reports)).toEqual([2]);
  });

  it('refuses a batch that holds one article twice', async () => {
    const ids = await enqueueArticles(graph, [{ text: 'A', publishedAt: '2024-03-02' }]);
    const input = { article: { id: ids[0]!.id, publishedAt: '2024-03-02' }, result: CHAIN[0]!.result };
    const session = graph.driver.session({ database: graph.database });
    try {
      await expect(session.executeWrite((tx) => writeArticlesGraph(tx, [input, input]))).rejects.toThrow(/appears twice/);
    } finally {
      await session.close();
    }
  });
});
