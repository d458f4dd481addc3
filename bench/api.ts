// `npm run bench:api [-- --events 100000 --duration 10 --connections 8]`: the GraphQL API under load.
//
// 1. Generates a graph of N events (default 100,000) directly with UNWIND batches, in the shapes
//    src/graph/event-store.ts writes: actors (a skewed participation: a few actors are in thousands
//    of events, like heads of state), places, articles in fa/ar/en with their language labels and
//    text for the full-text indexes, events with PARTICIPATED_IN, AT, REPORTED_IN (quotes) and MET.
// 2. Serves the same reads three ways, in one child process, over HTTP (node:http), one at a time:
//    - khabar: this project's API (createApp), LOG_LEVEL=warn;
//    - floor: hand-written Cypher through the driver, one query per request, JSON out (no GraphQL);
//    - @neo4j/graphql: its generated API for the same graph model, served by graphql-yoga.
// 3. Loads each with autocannon from this process: timeline of an actor, meetings between two
//    actors, an event with its sources, full-text search; parameters rotate over many actors,
//    pairs, events and words. Prints req/s and p50/p99 latency, and the ratios; then khabar's and
//    the floor's latency at one fixed rate both sustain (half the lower of their peaks).
//
// Neo4j: a throw-away local Neo4j (the launcher, on a free port, in a temporary folder) unless
// NEO4J_URI is set — then `--wipe` is required, because the graph is emptied before and after
// (`--keep` leaves the generated graph, `--reuse` benchmarks a graph left by `--keep`).
// Not part of `npm test`: generating takes a few minutes on a 2-core machine, the load runs as long.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../src/config.ts';
import { EVENT_TYPES, MEETING_LIKE_TYPES } from '../src/extract/types.ts';
import { connect, type GraphConnection } from '../src/graph/driver.ts';
import { freePort, startLocalNeo4j } from '../src/graph/launcher.ts';
import { migrate } from '../src/graph/migrate.ts';

const { values: args } = parseArgs({
  options: {
    events: { type: 'string', default: '100000' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '8' },
    rounds: { type: 'string', default: '2' },
    wipe: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    reuse: { type: 'boolean', default: false },
    serve: { type: 'string' },
  },
});

const SYSTEMS = ['khabar', 'floor', 'neo4j-graphql'] as const;
type System = (typeof SYSTEMS)[number];
const CASES = ['timeline', 'meetings-between', 'event-with-sources', 'search'] as const;
type Case = (typeof CASES)[number];

// ---------------------------------------------------------------------------------------------
// The generated graph. Deterministic (a seeded generator), so --reuse and the parameter lists agree.

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Sizes {
  events: number;
  actors: number;
  places: number;
  articles: number;
}

function sizesFor(events: number): Sizes {
  return { events, actors: Math.max(200, Math.round(events / 50)), places: 300, articles: Math.max(100, Math.round(events / 2)) };
}

const pad = (n: number, w = 6) => String(n).padStart(w, '0');
const actorId = (i: number) => `actor-${pad(i, 5)}`;
const eventId = (i: number) => `e-${pad(i, 7)}`;
const articleId = (i: number) => `a-${pad(i, 7)}`;

const WORDS = {
  en: ['talks', 'meeting', 'president', 'minister', 'visit', 'summit', 'agreement', 'energy', 'security', 'trade', 'delegation', 'cooperation', 'border', 'ceasefire', 'sanctions', 'foreign', 'capital', 'statement', 'press', 'conference'],
  fa: ['دیدار', 'گفت‌وگو', 'رئیس‌جمهور', 'وزیر', 'سفر', 'نشست', 'توافق', 'انرژی', 'امنیت', 'تجارت', 'هیئت', 'همکاری', 'مرز', 'آتش‌بس', 'تحریم', 'خارجه', 'پایتخت', 'بیانیه', 'خبرنگاران', 'کنفرانس'],
  ar: ['محادثات', 'لقاء', 'الرئيس', 'وزير', 'زيارة', 'قمة', 'اتفاق', 'الطاقة', 'الأمن', 'التجارة', 'وفد', 'التعاون', 'الحدود', 'وقف', 'العقوبات', 'الخارجية', 'العاصمة', 'بيان', 'الصحفيين', 'مؤتمر'],
} as const;
const CITIES = {
  en: ['Moscow', 'Damascus', 'Tehran', 'Ankara', 'Cairo', 'Riyadh', 'Doha', 'Baghdad', 'Beirut', 'Amman'],
  fa: ['مسکو', 'دمشق', 'تهران', 'آنکارا', 'قاهره', 'ریاض', 'دوحه', 'بغداد', 'بیروت', 'امان'],
  ar: ['موسكو', 'دمشق', 'طهران', 'أنقرة', 'القاهرة', 'الرياض', 'الدوحة', 'بغداد', 'بيروت', 'عمان'],
} as const;
const LANGS = ['fa', 'ar', 'en'] as const;

const DAY = 86_400_000;
const EPOCH = Date.UTC(2015, 0, 1);
const SPAN_DAYS = 11 * 365;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/** Skewed actor choice: actor 0 is in about 8% of participations, most actors in a handful. */
function pickActor(r: () => number, n: number): number {
  return Math.min(n - 1, Math.floor(n * r() ** 3));
}

async function write(graph: GraphConnection, query: string, rows: unknown[], batch = 5000): Promise<void> {
  for (let i = 0; i < rows.length; i += batch) {
    await graph.driver.executeQuery(query, { rows: rows.slice(i, i + batch) }, { database: graph.database });
  }
}

async function generate(graph: GraphConnection, sizes: Sizes): Promise<void> {
  const r = rng(42);
  const t0 = performance.now();
  const log = (what: string) => process.stderr.write(`  ${what} (${((performance.now() - t0) / 1000).toFixed(1)}s)\n`);

  const actors = Array.from({ length: sizes.actors }, (_, i) => {
    const name = `Actor ${i} ${['Petrov', 'Haddad', 'Karimi', 'Yilmaz', 'Mansour'][i % 5]}`;
    const aliases = [`اکتور ${i}`, `ممثل ${i}`];
    return { id: actorId(i), name, kind: i % 10 === 0 ? 'ORGANIZATION' : 'PERSON', aliases, aliasText: [name, ...aliases].join(' | ') };
  });
  await write(graph, 'UNWIND $rows AS r CREATE (:Actor {id: r.id, name: r.name, kind: r.kind, aliases: r.aliases, aliasText: r.aliasText})', actors);
  const places = Array.from({ length: sizes.places }, (_, i) => ({ id: `place-${i}`, name: `${CITIES.en[i % 10]}${i < 10 ? '' : ` ${i}`}` }));
  await write(graph, 'UNWIND $rows AS r CREATE (:Place {id: r.id, name: r.name})', places);
  log(`${sizes.actors} actors, ${sizes.places} places`);

  const sentence = (lang: (typeof LANGS)[number], words: number) =>
    Array.from({ length: words }, () => (r() < 0.15 ? CITIES[lang][Math.floor(r() * 10)] : WORDS[lang][Math.floor(r() * 20)])).join(' ');
  const articles = Array.from({ length: sizes.articles }, (_, i) => {
    const language = LANGS[i % 3]!;
    return {
      id: articleId(i), language, url: `https://news.example.org/${language}/${i}`, outlet: `Outlet ${i % 40}`,
      title: sentence(language, 6), text: `${sentence(language, 25)}. ${sentence(language, 25)}.`,
      publishedAt: iso(EPOCH + Math.floor(r() * SPAN_DAYS) * DAY),
    };
  });
  await write(
    graph,
    `UNWIND $rows AS r
     CREATE (a:Article {id: r.id, url: r.url, outlet: r.outlet, title: r.title, text: r.text, language: r.language,
       publishedAt: date(r.publishedAt), status: 'DONE', attempts: 1, sha256: r.id, extractorVersion: 'bench'})
     FOREACH (_ IN CASE WHEN r.language = 'fa' THEN [1] ELSE [] END | SET a:ArticleFa)
     FOREACH (_ IN CASE WHEN r.language = 'ar' THEN [1] ELSE [] END | SET a:ArticleAr)
     FOREACH (_ IN CASE WHEN r.language = 'en' THEN [1] ELSE [] END | SET a:ArticleEn)`,
    articles,
    2000,
  );
  log(`${sizes.articles} articles`);

  const events = [];
  const met = [];
  for (let i = 0; i < sizes.events; i++) {
    const type = r() < 0.6 ? MEETING_LIKE_TYPES[Math.floor(r() * MEETING_LIKE_TYPES.length)]! : EVENT_TYPES[Math.floor(r() * EVENT_TYPES.length)]!;
    const day = EPOCH + Math.floor(r() * SPAN_DAYS) * DAY;
    const monthly = r() < 0.2;
    const start = monthly ? iso(Date.UTC(new Date(day).getUTCFullYear(), new Date(day).getUTCMonth(), 1)) : iso(day);
    const end = monthly ? iso(Date.UTC(new Date(day).getUTCFullYear(), new Date(day).getUTCMonth() + 1, 0)) : iso(day);
    const ids = new Set<number>();
    const want = 2 + Math.floor(r() * 3);
    while (ids.size < want) ids.add(pickActor(r, sizes.actors));
    const participants = [...ids].map((a, k) => ({ actorId: actorId(a), role: k === 0 ? 'HOST' : 'GUEST' }));
    const reports = Array.from({ length: 1 + (r() < 0.4 ? 1 : 0) }, (_, k) => {
      const a = Math.floor(r() * sizes.articles);
      const quote = sentence(articles[a]!.language, 12);
      return { articleId: articleId(a), quote, start: 0, end: quote.length, key: `${articleId(a)}:${k}:${i}` };
    });
    const place = Math.floor(r() * sizes.places);
    const meeting = MEETING_LIKE_TYPES.includes(type);
    const status = r() < 0.85 ? 'OCCURRED' : 'PLANNED';
    events.push({
      id: eventId(i), type, date: monthly ? start.slice(0, 7) : start, dateStart: start, dateEnd: end, precision: monthly ? 'MONTH' : 'DAY',
      status, confidence: Math.round((0.4 + 0.6 * r()) * 100) / 100, location: places[place]!.name, placeId: places[place]!.id,
      reportCount: reports.length, meeting, participants, reports,
    });
    if (meeting) {
      const sorted = participants.map((p) => p.actorId).sort();
      for (let x = 0; x < sorted.length; x++) {
        for (let y = x + 1; y < sorted.length; y++) {
          met.push({ from: sorted[x], to: sorted[y], eventId: eventId(i), type, date: monthly ? start.slice(0, 7) : start, dateStart: start, dateEnd: end, precision: monthly ? 'MONTH' : 'DAY', status });
        }
      }
    }
  }
  await write(
    graph,
    `UNWIND $rows AS r
     CREATE (e:Event {id: r.id, type: r.type, date: r.date, dateStart: date(r.dateStart), dateEnd: date(r.dateEnd), precision: r.precision,
       status: r.status, confidence: r.confidence, location: r.location, reportCount: r.reportCount,
       spanStart: date(r.dateStart), spanEnd: date(r.dateEnd)})
     FOREACH (_ IN CASE WHEN r.meeting THEN [1] ELSE [] END | SET e:Meeting)
     WITH e, r
     CALL (e, r) { UNWIND r.participants AS p MATCH (x:Actor {id: p.actorId}) CREATE (x)-[:PARTICIPATED_IN {role: p.role}]->(e) }
     CALL (e, r) { MATCH (pl:Place {id: r.placeId}) CREATE (e)-[:AT]->(pl) }
     CALL (e, r) { UNWIND r.reports AS rep MATCH (a:Article {id: rep.articleId})
       CREATE (e)-[:REPORTED_IN {quote: rep.quote, start: rep.start, end: rep.end, key: rep.key, articleId: rep.articleId}]->(a) }`,
    events,
    2000,
  );
  log(`${sizes.events} events`);
  await write(
    graph,
    `UNWIND $rows AS r MATCH (x:Actor {id: r.from}), (y:Actor {id: r.to})
     CREATE (x)-[:MET {eventId: r.eventId, type: r.type, date: r.date, dateStart: date(r.dateStart), dateEnd: date(r.dateEnd), precision: r.precision, status: r.status}]->(y)`,
    met,
  );
  log(`${met.length} MET edges`);
  await graph.driver.executeQuery('CALL db.awaitIndexes(600)', {}, { database: graph.database });
  log('indexes online');
}

async function wipe(graph: GraphConnection): Promise<void> {
  const session = graph.driver.session({ database: graph.database });
  try {
    await session.run('MATCH (n) WHERE NOT n:Migration AND NOT n:Lock CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
}

// ---------------------------------------------------------------------------------------------
// The requests: the same reads for the three systems, rotating over parameters.

interface Params {
  actors: string[];
  pairs: [string, string][];
  events: string[];
  words: string[];
}

function paramsFor(sizes: Sizes): Params {
  const r = rng(7);
  // Timelines and meetings of the actors analysts look at: the 40 most active ones.
  const actors = Array.from({ length: 40 }, (_, i) => actorId(i));
  const pairs = Array.from({ length: 40 }, (_, i) => [actorId(i % 8), actorId(8 + (i % 12))] as [string, string]);
  const events = Array.from({ length: 500 }, () => eventId(Math.floor(r() * sizes.events)));
  const words = [...WORDS.en.slice(0, 8), ...WORDS.fa.slice(0, 6), ...WORDS.ar.slice(0, 6), ...CITIES.en.slice(0, 4), ...CITIES.ar.slice(0, 3), ...CITIES.fa.slice(0, 3)].map(
    (w, i, all) => `${w} ${all[(i * 7 + 3) % all.length]}`,
  );
  return { actors, pairs, events, words };
}

const FROM = '2018-01-01';
const TO = '2023-12-31';

const KHABAR: Record<Case, string> = {
  timeline: `query($a: ID!, $from: Date, $to: Date) { timeline(actorIds: [$a], from: $from, to: $to, first: 100) {
    nodes { id type status date { value precision start end } participants { role actor { id name } } } } }`,
  'meetings-between': `query($a: ID!, $b: ID!) { meetings(between: [$a, $b], first: 100) {
    nodes { id type status date { value precision } place { name } } } }`,
  'event-with-sources': `query($id: ID!) { event(id: $id) { id type status confidence date { value precision start end }
    participants { role actor { id name } } place { name }
    sources { quote start end article { id url outlet language publishedAt } } } }`,
  search: `query($q: String!) { search(text: $q, first: 20) { kind score snippet highlights { start end } article { id language publishedAt } event { id } } }`,
};

const NEO4J_GRAPHQL_TYPEDEFS = `
type Actor @node { id: ID! name: String events: [Event!]! @relationship(type: "PARTICIPATED_IN", direction: OUT, properties: "Participated") }
type Participated @relationshipProperties { role: String }
type Place @node { id: ID! name: String }
type Event @node {
  id: ID! type: String date: String dateStart: Date dateEnd: Date precision: String status: String confidence: Float
  participants: [Actor!]! @relationship(type: "PARTICIPATED_IN", direction: IN, properties: "Participated")
  place: [Place!]! @relationship(type: "AT", direction: OUT)
  sources: [Article!]! @relationship(type: "REPORTED_IN", direction: OUT, properties: "Reported")
}
type Reported @relationshipProperties { quote: String start: Int end: Int }
type Article @node @fulltext(indexes: [
  { indexName: "article_text_fa", queryName: "articlesFa", fields: ["title", "text"] },
  { indexName: "article_text_ar", queryName: "articlesAr", fields: ["title", "text"] },
  { indexName: "article_text_en", queryName: "articlesEn", fields: ["title", "text"] }
]) { id: ID! url: String outlet: String language: String publishedAt: Date title: String text: String }
`;

const MEETING_TYPES_LIST = JSON.stringify(MEETING_LIKE_TYPES);
const NEO4J_GRAPHQL: Record<Case, string> = {
  timeline: `query($a: ID!, $from: Date, $to: Date) { events(where: { participants: { some: { id: { eq: $a } } }, dateEnd: { gte: $from }, dateStart: { lte: $to } },
    sort: [{ dateStart: ASC }, { id: ASC }], limit: 100) {
    id type status date precision dateStart dateEnd participantsConnection { edges { properties { role } node { id name } } } } }`,
  'meetings-between': `query($a: ID!, $b: ID!) { events(where: { AND: [{ participants: { some: { id: { eq: $a } } } }, { participants: { some: { id: { eq: $b } } } }],
    type: { in: ${MEETING_TYPES_LIST} } }, sort: [{ dateStart: ASC }, { id: ASC }], limit: 100) {
    id type status date precision place { name } } }`,
  'event-with-sources': `query($id: ID!) { events(where: { id: { eq: $id } }) { id type status confidence date precision dateStart dateEnd
    participantsConnection { edges { properties { role } node { id name } } } place { name }
    sourcesConnection { edges { properties { quote start end } node { id url outlet language publishedAt } } } } }`,
  // @neo4j/graphql has no relationship full-text queries: article indexes only (less work than the others).
  search: `query($q: String!) {
    fa: articlesFa(phrase: $q, first: 20) { edges { score node { id language publishedAt } } }
    ar: articlesAr(phrase: $q, first: 20) { edges { score node { id language publishedAt } } }
    en: articlesEn(phrase: $q, first: 20) { edges { score node { id language publishedAt } } } }`,
};

// The floor: what a hand-written endpoint would run, one query per request. Search reads the hit's
// text (the article's, or the evidence quote) as khabar does to cut its snippet and highlights.
const FLOOR: Record<Case, string> = {
  timeline: `
    MATCH (:Actor {id: $a})-[:PARTICIPATED_IN]->(e:Event)
    WHERE e.dateEnd >= date($from) AND e.dateStart <= date($to)
    WITH e ORDER BY e.dateStart, e.id LIMIT 100
    RETURN e {.id, .type, .status, .date, .precision, dateStart: toString(e.dateStart), dateEnd: toString(e.dateEnd),
      participants: [(e)<-[p:PARTICIPATED_IN]-(x:Actor) | {role: p.role, actor: x {.id, .name}}]} AS row`,
  'meetings-between': `
    MATCH (:Actor {id: $a})-[:PARTICIPATED_IN]->(e:Meeting)<-[:PARTICIPATED_IN]-(:Actor {id: $b})
    WITH e ORDER BY e.dateStart, e.id LIMIT 100
    RETURN e {.id, .type, .status, .date, .precision, place: [(e)-[:AT]->(p:Place) | p.name][0]} AS row`,
  'event-with-sources': `
    MATCH (e:Event {id: $id})
    RETURN e {.id, .type, .status, .confidence, .date, .precision, dateStart: toString(e.dateStart), dateEnd: toString(e.dateEnd),
      participants: [(e)<-[p:PARTICIPATED_IN]-(x:Actor) | {role: p.role, actor: x {.id, .name}}],
      place: [(e)-[:AT]->(p:Place) | p.name][0],
      sources: [(e)-[r:REPORTED_IN]->(a:Article) | {quote: r.quote, start: r.start, end: r.end,
        article: a {.id, .url, .outlet, .language, publishedAt: toString(a.publishedAt)}}]} AS row`,
  search: `
    CALL () {
      CALL db.index.fulltext.queryNodes('article_text_fa', $q, {limit: 20}) YIELD node, score RETURN node, score, null AS eventId, node.text AS text
      UNION ALL CALL db.index.fulltext.queryNodes('article_text_ar', $q, {limit: 20}) YIELD node, score RETURN node, score, null AS eventId, node.text AS text
      UNION ALL CALL db.index.fulltext.queryNodes('article_text_en', $q, {limit: 20}) YIELD node, score RETURN node, score, null AS eventId, node.text AS text
      UNION ALL CALL db.index.fulltext.queryRelationships('reported_in_quote', $q, {limit: 20}) YIELD relationship, score
        MATCH (e:Event)-[relationship]->(node:Article) RETURN node, score, e.id AS eventId, relationship.quote AS text
    }
    WITH node, score, eventId, text ORDER BY score DESC LIMIT 20
    RETURN {score: score, eventId: eventId, text: text, article: node {.id, .language, publishedAt: toString(node.publishedAt)}} AS row`,
};

function variablesFor(c: Case, p: Params, i: number): Record<string, unknown> {
  switch (c) {
    case 'timeline':
      return { a: p.actors[i % p.actors.length], from: FROM, to: TO };
    case 'meetings-between': {
      const [a, b] = p.pairs[i % p.pairs.length]!;
      return { a, b };
    }
    case 'event-with-sources':
      return { id: p.events[i % p.events.length] };
    case 'search':
      return { q: p.words[i % p.words.length] };
  }
}

function bodyFor(system: System, c: Case, p: Params, i: number): string {
  const variables = variablesFor(c, p, i);
  if (system === 'floor') return JSON.stringify({ case: c, variables });
  return JSON.stringify({ query: system === 'khabar' ? KHABAR[c] : NEO4J_GRAPHQL[c], variables });
}

// ---------------------------------------------------------------------------------------------
// Child: the three servers, on free ports, printed as one JSON line.

async function serve(uri: string): Promise<void> {
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'warn', KHABAR_GRAPHIQL: 'false' });
  const graph = await connect(uri, config);
  const { createApp, startServer } = await import('../src/api/server.ts');
  const khabar = await startServer(createApp({ graph, config, version: 'bench' }), '127.0.0.1', 0);

  // The floor: hand-written Cypher behind the same HTTP stack (node:http), JSON in and out.
  const floorServer = createHttpServer((req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (body += c));
    req.on('end', () => {
      const { case: c, variables } = JSON.parse(body) as { case: Case; variables: Record<string, unknown> };
      graph.driver
        .executeQuery(FLOOR[c], variables, { database: graph.database, routing: 'READ' })
        .then(({ records }) => {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ data: records.map((r) => r.get('row')) }));
        })
        .catch((err: unknown) => {
          res.writeHead(500, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ errors: [{ message: String(err) }] }));
        });
    });
  });
  await new Promise<void>((resolve) => floorServer.listen(0, '127.0.0.1', resolve));

  const { Neo4jGraphQL } = await import('@neo4j/graphql');
  const { createYoga } = await import('graphql-yoga');
  const neoDriver = neo4j.driver(uri, neo4j.auth.basic(config.NEO4J_USER, config.NEO4J_PASSWORD));
  const neoSchema = await new Neo4jGraphQL({ typeDefs: NEO4J_GRAPHQL_TYPEDEFS, driver: neoDriver }).getSchema();
  const neoServer = createHttpServer(createYoga({ schema: neoSchema, graphiql: false, landingPage: false, logging: false }));
  await new Promise<void>((resolve) => neoServer.listen(0, '127.0.0.1', resolve));

  const port = (s: { address(): unknown }) => (s.address() as { port: number }).port;
  process.stdout.write(
    `${JSON.stringify({ khabar: `${new URL(khabar.url).origin}/graphql`, floor: `http://127.0.0.1:${port(floorServer)}/`, 'neo4j-graphql': `http://127.0.0.1:${port(neoServer)}/graphql` })}\n`,
  );
  process.on('SIGTERM', () => {
    void Promise.all([khabar.close(), new Promise((r) => floorServer.close(r)), new Promise((r) => neoServer.close(r))])
      .then(() => Promise.all([graph.driver.close(), neoDriver.close()]))
      .finally(() => process.exit(0));
  });
}

// ---------------------------------------------------------------------------------------------
// Parent: Neo4j, the graph, the servers, the load.

interface Measured {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

/** One request of each kind first: a system that answers with errors is not measured. */
async function check(url: string, system: System, c: Case, p: Params): Promise<string> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: bodyFor(system, c, p, 0) });
  const json = (await res.json()) as { data?: unknown; errors?: { message: string }[] };
  if (json.errors || res.status !== 200) throw new Error(`${system} ${c}: ${res.status} ${JSON.stringify(json.errors).slice(0, 500)}`);
  return JSON.stringify(json.data).slice(0, 120);
}

/** A closed loop of `connections` as fast as the server answers, or, with `rate`, that many requests per second in all. */
async function load(url: string, system: System, c: Case, p: Params, seconds: number, connections: number, rate?: number): Promise<Measured> {
  let i = 0;
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    ...(rate ? { overallRate: rate } : {}),
    // A request slower than this counts as an error (a timeout), not as a latency.
    timeout: 30,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (req) => ({ ...req, body: bodyFor(system, c, p, i++) }),
      },
    ],
  });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

/**
 * Ends what a run left running in Neo4j: requests the load generator gave up on (timeouts) go on in
 * the database and would slow the next run down.
 */
async function drain(graph: GraphConnection): Promise<number> {
  const { records } = await graph.driver.executeQuery(
    `SHOW TRANSACTIONS YIELD transactionId AS txId, currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS'
     TERMINATE TRANSACTIONS txId YIELD transactionId RETURN transactionId`,
    {},
    { database: graph.database },
  );
  return records.length;
}

async function main(): Promise<void> {
  if (args.serve) return serve(args.serve);
  const config = loadConfig();
  const sizes = sizesFor(Number(args.events));
  const seconds = Number(args.duration);
  const connections = Number(args.connections);
  let uri: string;
  let stopNeo4j = async () => undefined as void;
  if (config.NEO4J_URI) {
    if (!args.wipe && !args.reuse) throw new Error(`NEO4J_URI is set (${config.NEO4J_URI}): pass --wipe to let the benchmark empty that graph before and after`);
    uri = config.NEO4J_URI;
  } else {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'khabar-bench-api-'));
    const local = await startLocalNeo4j({ port: await freePort(), dataDir, attached: true });
    uri = local.uri;
    stopNeo4j = async () => {
      await local.stop();
      await rm(dataDir, { recursive: true, force: true });
    };
  }
  const graph = await connect(uri, config);
  let server: ChildProcess | undefined;
  // Ctrl-C: stop the server process and the Neo4j this run started.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      server?.kill('SIGTERM');
      void graph.driver.close().finally(() => stopNeo4j().finally(() => process.exit(130)));
    });
  }
  try {
    await migrate(graph.driver, graph.database);
    if (!args.reuse) {
      await wipe(graph);
      process.stderr.write(`Generating ${sizes.events} events on ${uri}\n`);
      await generate(graph, sizes);
    }
    const p = paramsFor(sizes);
    // LOG_LEVEL=warn: no request log line per request (pino reads it when the logger module loads).
    server = spawn(process.execPath, [fileURLToPath(import.meta.url), '--serve', uri], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, LOG_LEVEL: 'warn' } });
    const line = await new Promise<string>((resolve, reject) => {
      createInterface({ input: server!.stdout! }).once('line', resolve);
      server!.once('exit', (code) => reject(new Error(`the server process exited (${code})`)));
    });
    const urls = JSON.parse(line) as Record<System, string>;
    for (const c of CASES) for (const s of SYSTEMS) process.stderr.write(`  check ${s} ${c}: ${await check(urls[s], s, c, p)}\n`);

    // Each system is measured `rounds` times per read, the systems taking turns, and its best run
    // kept: on a shared 2-core machine the runs vary more than the systems do. A system that
    // answered nothing in time (0 req/s) is not run again.
    const rounds = Math.max(1, Number(args.rounds));
    const results = new Map<string, Measured>();
    for (const c of CASES) {
      for (let round = 0; round < rounds; round++) {
        for (const s of SYSTEMS) {
          const best = results.get(`${s}|${c}`);
          if (best && best.rps < 1) continue;
          // A short warm-up (plans compiled, caches filled), then the measured run.
          await load(urls[s], s, c, p, Math.min(3, seconds), connections);
          await drain(graph);
          const m = await load(urls[s], s, c, p, seconds, connections);
          await drain(graph);
          // Best: answered something, then the lowest p99 (a run of timeouts has no latency at all).
          if (!best || (m.rps >= 1 && m.p99 < best.p99)) results.set(`${s}|${c}`, m);
          process.stderr.write(`  ${c} ${s} (round ${round + 1}): ${m.rps.toFixed(0)} req/s, p50 ${m.p50} ms, p99 ${m.p99} ms${m.errors ? `, ${m.errors} errors or timeouts` : ''}\n`);
        }
      }
    }
    // Latency at a load every compared system sustains: under saturation (above) a closed loop's
    // latency is its queue, connections / throughput, so its p99 mostly restates req/s. Here khabar
    // and the floor get the same fixed rate, half the lower of their peaks, best of `rounds` runs.
    const fixed = new Map<string, Measured & { rate: number }>();
    for (const c of CASES) {
      const rate = Math.max(1, Math.floor(0.5 * Math.min(results.get(`khabar|${c}`)!.rps, results.get(`floor|${c}`)!.rps)));
      for (let round = 0; round < rounds; round++) {
        for (const s of ['khabar', 'floor'] as const) {
          const m = await load(urls[s], s, c, p, seconds, connections, rate);
          await drain(graph);
          const best = fixed.get(`${s}|${c}`);
          if (!best || m.p99 < best.p99) fixed.set(`${s}|${c}`, { ...m, rate });
          process.stderr.write(`  ${c} ${s} at ${rate} req/s (round ${round + 1}): ${m.rps.toFixed(0)} req/s, p50 ${m.p50} ms, p99 ${m.p99} ms${m.errors ? `, ${m.errors} errors or timeouts` : ''}\n`);
        }
      }
    }

    const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
    const lines = [
      `API benchmark: ${sizes.events.toLocaleString('en')} events, ${sizes.actors} actors, ${sizes.articles.toLocaleString('en')} articles; ` +
        `${connections} connections, ${seconds} s per run, best of ${rounds} rounds, ${os.cpus().length} CPUs, load average ${os.loadavg()[0]!.toFixed(1)} at the end`,
      '',
      row(['read', 'khabar req/s', 'p50', 'p99', 'floor req/s', 'p50', 'p99', '@neo4j/graphql req/s', 'p50', 'p99', 'p99 khabar/floor', 'p99 khabar/@neo4j/graphql']),
      row(Array(12).fill('---')),
    ];
    for (const c of CASES) {
      const k = results.get(`khabar|${c}`)!;
      const f = results.get(`floor|${c}`)!;
      const n = results.get(`neo4j-graphql|${c}`)!;
      // No answer within autocannon's 30 s timeout: no latency to show.
      const cells = (m: Measured) => (m.rps < 1 ? ['0', '> 30 s', '> 30 s'] : [m.rps.toFixed(0), `${m.p50} ms`, `${m.p99} ms`]);
      const ratio = (a: Measured, b: Measured) => (b.rps < 1 ? '< 0.03 (timeouts)' : (a.p99 / b.p99).toFixed(2));
      lines.push(
        row([c, ...cells(k), ...cells(f), ...cells(n), ratio(k, f), ratio(k, n)]),
      );
    }
    lines.push(
      '',
      `Latency at a fixed rate (half the lower peak of khabar and the floor), ${connections} connections, ${seconds} s, best of ${rounds}:`,
      '',
      row(['read', 'rate req/s', 'khabar p50', 'p99', 'floor p50', 'p99', 'p99 khabar/floor']),
      row(Array(7).fill('---')),
    );
    for (const c of CASES) {
      const k = fixed.get(`khabar|${c}`)!;
      const f = fixed.get(`floor|${c}`)!;
      lines.push(row([c, String(k.rate), `${k.p50} ms`, `${k.p99} ms`, `${f.p50} ms`, `${f.p99} ms`, (k.p99 / f.p99).toFixed(2)]));
    }
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    if (server) {
      server.kill('SIGTERM');
      await new Promise((r) => server!.once('exit', r));
    }
    if (config.NEO4J_URI && args.wipe && !args.keep) await wipe(graph).catch(() => undefined);
    await graph.driver.close();
    await stopNeo4j();
  }
}

await main();
