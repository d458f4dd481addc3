// writeArticleGraph against the real Neo4j: one event per real-world event, whatever the order.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { enqueueArticles } from '../../src/graph/article-store.ts';
import type { GraphConnection } from '../../src/graph/driver.ts';
import { writeArticleGraph, type ArticleGraphInput } from '../../src/graph/event-store.ts';
import type { ExtractedEvent, ExtractionResult } from '../../src/extract/types.ts';
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

async function ingest(order: number[]): Promise<void> {
  const ids = await enqueueArticles(graph, ARTICLES.map((a) => ({ text: a.text, publishedAt: a.publishedAt })));
  for (const i of order) {
    const input: ArticleGraphInput = { article: { id: ids[i]!.id, publishedAt: ARTICLES[i]!.publishedAt }, result: ARTICLES[i]!.result };
    const session = graph.driver.session({ database: graph.database });
    try {
      await session.executeWrite((tx) => writeArticleGraph(tx, input));
    } finally {
      await session.close();
    }
  }
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
