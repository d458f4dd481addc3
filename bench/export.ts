// `npm run bench:export [-- --events 100000]`: generates a graph of N events (default 100,000)
// directly with UNWIND batches — actors, places, articles, PARTICIPATED_IN, AT, MET, REPORTED_IN, in
// the shapes event-store.ts writes — then exports it in every format, each in its own child process
// writing to a temporary file, and prints time, size and peak memory (the child's maximum resident
// set, from getrusage, and the largest heap seen while sampling every 50 ms).
//
// Neo4j: a throw-away local Neo4j (the launcher, on a free port, in a temporary folder) unless
// NEO4J_URI is set — then `--wipe` is required, because the graph is emptied before and after
// (`--keep` leaves the generated graph, `--reuse` exports a graph left by `--keep`).
// `--heap-limit MB` runs the exports with that V8 old-space limit: an exporter that held the graph
// would die there.
// Not part of `npm test`: generating takes a minute or two on a 2-core machine, the exports as long.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.ts';
import { EVENT_TYPES, MEETING_LIKE_TYPES } from '../src/extract/types.ts';
import { exportGraph, parseExportOptions } from '../src/export/index.ts';
import { connect, type GraphConnection } from '../src/graph/driver.ts';
import { freePort, startLocalNeo4j } from '../src/graph/launcher.ts';
import { migrate } from '../src/graph/migrate.ts';

const { values: args } = parseArgs({
  options: {
    events: { type: 'string', default: '100000' },
    wipe: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    reuse: { type: 'boolean', default: false },
    'heap-limit': { type: 'string' },
    child: { type: 'string' },
    uri: { type: 'string' },
    out: { type: 'string' },
  },
});

// ---------------------------------------------------------------------------------------------
// Child: one export to a file, then its numbers on stdout as one JSON line.

interface ChildResult {
  label: string;
  nodes: number;
  edges: number;
  ms: number;
  bytes: number;
  maxRssMb: number;
  peakHeapMb: number;
  startRssMb: number;
}

const CASES: Record<string, Record<string, string | boolean>> = {
  graphml: { format: 'graphml' },
  gexf: { format: 'gexf' },
  'gexf --with-articles': { format: 'gexf', withArticles: true },
  'json (cytoscape)': { format: 'json' },
  'json (graphology)': { format: 'json', jsonFlavor: 'graphology' },
  'csv nodes.csv': { format: 'csv', csvPart: 'nodes' },
  'csv relationships.csv': { format: 'csv', csvPart: 'relationships' },
  'gexf --from/--to (one year)': { format: 'gexf', from: '2023', to: '2023' },
};

async function child(label: string, uri: string, file: string): Promise<void> {
  const graph = await connect(uri, { NEO4J_USER: process.env.NEO4J_USER ?? 'neo4j', NEO4J_PASSWORD: process.env.NEO4J_PASSWORD ?? '', NEO4J_DATABASE: 'neo4j' });
  const startRss = process.memoryUsage().rss;
  let peakHeap = 0;
  const timer = setInterval(() => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }, 50);
  const out = createWriteStream(file);
  const stats = await exportGraph(graph, parseExportOptions(CASES[label]!), out);
  out.end();
  await finished(out);
  clearInterval(timer);
  await graph.driver.close();
  const mb = (b: number) => Math.round((b / 1024 / 1024) * 10) / 10;
  const result: ChildResult = {
    label,
    nodes: stats.nodes,
    edges: stats.edges,
    ms: Math.round(stats.ms),
    bytes: (await stat(file)).size,
    maxRssMb: mb(process.resourceUsage().maxRSS * 1024),
    peakHeapMb: mb(peakHeap),
    startRssMb: mb(startRss),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

// ---------------------------------------------------------------------------------------------
// Generation: deterministic (a small PRNG), a few batches per kind.

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FA_WORDS = ['دیدار', 'وزیر', 'امور', 'خارجه', 'رئیس‌جمهور', 'گفتگو', 'تلفنی', 'سفر', 'نشست'];
const AR_WORDS = ['لقاء', 'وزير', 'الخارجية', 'الرئيس', 'اتصال', 'هاتفي', 'زيارة', 'قمة', 'مؤتمر'];
const BATCH = 5_000;

async function write(graph: GraphConnection, cypher: string, rows: unknown[], params: Record<string, unknown> = {}): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    await graph.driver.executeQuery(cypher, { ...params, rows: rows.slice(i, i + BATCH) });
  }
}

async function generate(graph: GraphConnection, events: number): Promise<Record<string, number>> {
  const rnd = prng(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const actorCount = Math.max(50, Math.round(events / 50));
  const placeCount = Math.max(20, Math.round(events / 300));
  const eventsPerArticle = 4;

  const words = (ws: string[], n: number) => Array.from({ length: n }, () => pick(ws)).join(' ');
  const actors = Array.from({ length: actorCount }, (_, i) => ({
    id: `bench-actor-${i}`,
    name: `Bench Actor ${i}`,
    kind: pick(['PERSON', 'PERSON', 'PERSON', 'ORGANIZATION', 'COUNTRY']),
    aliases: [words(FA_WORDS, 2), words(AR_WORDS, 2)],
  }));
  await write(graph, 'UNWIND $rows AS r CREATE (a:Actor {id: r.id, name: r.name, kind: r.kind, aliases: r.aliases})', actors);
  const places = Array.from({ length: placeCount }, (_, i) => ({ id: `bench-place-${i}`, name: `Bench Place ${i}` }));
  await write(graph, 'UNWIND $rows AS r CREATE (:Place {id: r.id, name: r.name})', places);
  const articleCount = Math.ceil(events / eventsPerArticle);
  const articles = Array.from({ length: articleCount }, (_, i) => ({
    id: `bench-article-${i}`,
    url: `https://example.org/bench/${i}`,
    title: i % 3 === 0 ? words(FA_WORDS, 6) : i % 3 === 1 ? words(AR_WORDS, 6) : `Bench article ${i}`,
    language: ['fa', 'ar', 'en'][i % 3],
    publishedAt: new Date(Date.UTC(2020, 0, 1) + Math.floor((i / articleCount) * 6 * 365) * 86_400_000).toISOString().slice(0, 10),
  }));
  await write(graph, 'UNWIND $rows AS r CREATE (:Article {id: r.id, url: r.url, title: r.title, language: r.language, publishedAt: date(r.publishedAt), status: "DONE"})', articles);

  const eventRows = [];
  const metRows = [];
  for (let i = 0; i < events; i++) {
    const type = pick(EVENT_TYPES);
    const month = rnd() < 0.3;
    const dayMs = Date.UTC(2020, 0, 1) + Math.floor(rnd() * 6 * 365) * 86_400_000;
    const d = new Date(dayMs).toISOString().slice(0, 10);
    const m = d.slice(0, 7);
    const last = new Date(Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5, 7)), 0)).toISOString().slice(0, 10);
    const date = month ? { value: m, start: `${m}-01`, end: last, precision: 'MONTH' } : { value: d, start: d, end: d, precision: 'DAY' };
    const ids = new Set<string>();
    const want = 2 + Math.floor(rnd() * 3);
    while (ids.size < want) ids.add(pick(actors).id);
    const participants = [...ids].sort().map((actorId, k) => ({ actorId, role: k === 0 ? 'HOST' : 'GUEST' }));
    const id = `bench-e-${i}`;
    const article = `bench-article-${Math.floor(i / eventsPerArticle)}`;
    eventRows.push({
      id, type, date, participants, status: rnd() < 0.8 ? 'OCCURRED' : 'PLANNED', confidence: Math.round(rnd() * 100) / 100,
      place: rnd() < 0.7 ? pick(places).id : null, article, key: `${article}:${i}`, quote: words(rnd() < 0.5 ? FA_WORDS : AR_WORDS, 12),
    });
    if (MEETING_LIKE_TYPES.includes(type)) {
      const ps = participants.map((p) => p.actorId);
      for (let a = 0; a < ps.length; a++) for (let b = a + 1; b < ps.length; b++) metRows.push({ from: ps[a], to: ps[b], eventId: id, type, date });
    }
  }
  await write(
    graph,
    `UNWIND $rows AS r
     CREATE (e:Event {id: r.id, type: r.type, date: r.date.value, dateStart: date(r.date.start), dateEnd: date(r.date.end),
       precision: r.date.precision, status: r.status, confidence: r.confidence, reportCount: 1,
       spanStart: date(r.date.start), spanEnd: date(r.date.end)})
     FOREACH (_ IN CASE WHEN r.type IN $meeting THEN [1] ELSE [] END | SET e:Meeting)
     WITH e, r
     CALL (e, r) { UNWIND r.participants AS p MATCH (x:Actor {id: p.actorId}) CREATE (x)-[:PARTICIPATED_IN {role: p.role}]->(e) }
     CALL (e, r) { MATCH (p:Place {id: r.place}) CREATE (e)-[:AT]->(p) }
     CALL (e, r) { MATCH (a:Article {id: r.article}) CREATE (e)-[:REPORTED_IN {key: r.key, quote: r.quote, start: 0, end: size(r.quote)}]->(a) }`,
    eventRows,
    { meeting: MEETING_LIKE_TYPES },
  );
  await write(
    graph,
    `UNWIND $rows AS r MATCH (x:Actor {id: r.from}), (y:Actor {id: r.to})
     CREATE (x)-[:MET {eventId: r.eventId, type: r.type, date: r.date.value, dateStart: date(r.date.start), dateEnd: date(r.date.end),
       precision: r.date.precision, status: 'OCCURRED'}]->(y)`,
    metRows,
  );
  return sizeOf(graph);
}

async function sizeOf(graph: GraphConnection): Promise<Record<string, number>> {
  const { records } = await graph.driver.executeQuery(`
    CALL () { MATCH (n) WHERE NOT n:Migration AND NOT n:Lock RETURN count(n) AS nodes }
    CALL () { MATCH (e:Event) RETURN count(e) AS events }
    CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
    CALL () { MATCH ()-[r:MET]->() RETURN count(r) AS met }
    RETURN nodes, events, relationships, met`);
  return records[0]!.toObject() as Record<string, number>;
}

async function wipe(graph: GraphConnection): Promise<void> {
  const session = graph.driver.session({ database: graph.database });
  try {
    await session.run('MATCH (n) WHERE NOT n:Migration AND NOT n:Lock CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

function runChild(label: string, uri: string, file: string): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const heap = args['heap-limit'] ? [`--max-old-space-size=${Number(args['heap-limit'])}`] : [];
    const p = spawn(process.execPath, [...heap, import.meta.filename, '--child', label, '--uri', uri, '--out', file], { stdio: ['ignore', 'pipe', 'inherit'] });
    let text = '';
    p.stdout.on('data', (b: Buffer) => (text += b.toString()));
    p.on('error', reject);
    p.on('close', (code) => (code === 0 ? resolve(JSON.parse(text.trim().split('\n').at(-1)!)) : reject(new Error(`${label}: child exited with ${code}`))));
  });
}

async function main(): Promise<void> {
  const events = Number(args.events);
  if (!Number.isInteger(events) || events < 1) throw new RangeError(`Expected --events to be a positive integer, got ${args.events}`);
  const config = loadConfig();
  let uri: string;
  let stop = async () => undefined as void;
  let dataDir: string | null = null;
  if (config.NEO4J_URI) {
    if (!args.wipe) throw new Error(`NEO4J_URI is set (${config.NEO4J_URI}): pass --wipe to let the benchmark empty that graph before and after`);
    uri = config.NEO4J_URI;
  } else {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'khabar-bench-export-'));
    const local = await startLocalNeo4j({ port: await freePort(), dataDir, attached: true });
    uri = local.uri;
    stop = () => local.stop();
  }
  const graph = await connect(uri, config);
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'khabar-export-'));
  try {
    await migrate(graph.driver, graph.database);
    const t0 = performance.now();
    let size = await sizeOf(graph);
    if (args.reuse && size.events! > 0) {
      process.stdout.write(`Reusing the graph in place: ${size.events!.toLocaleString('en')} events, `);
    } else {
      await wipe(graph);
      size = await generate(graph, events);
      process.stdout.write(`Generated ${events.toLocaleString('en')} events in ${((performance.now() - t0) / 1000).toFixed(1)}s: `);
    }
    process.stdout.write(
      `${size.nodes!.toLocaleString('en')} nodes, ${size.relationships!.toLocaleString('en')} relationships (${size.met!.toLocaleString('en')} MET)` +
        `${args['heap-limit'] ? `; exports run with --max-old-space-size=${args['heap-limit']}` : ''}\n\n`,
    );
    process.stdout.write('| export | nodes | edges | time | size | peak RSS | peak heap |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n');
    for (const label of Object.keys(CASES)) {
      const r = await runChild(label, uri, path.join(tmp, `out-${Object.keys(CASES).indexOf(label)}`));
      process.stdout.write(
        `| ${r.label} | ${r.nodes.toLocaleString('en')} | ${r.edges.toLocaleString('en')} | ${(r.ms / 1000).toFixed(1)} s | ${(r.bytes / 1024 / 1024).toFixed(1)} MB | ${r.maxRssMb} MB (${r.startRssMb} at start) | ${r.peakHeapMb} MB |\n`,
      );
    }
  } finally {
    if (!args.keep) await wipe(graph).catch(() => undefined);
    await graph.driver.close();
    await rm(tmp, { recursive: true, force: true });
    await stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }
}

if (args.child) {
  await child(args.child, args.uri!, args.out!);
} else {
  await main();
}
