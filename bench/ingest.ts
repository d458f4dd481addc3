// `npm run bench:ingest [-- --articles 10000]`: end-to-end ingest throughput on a generated corpus
// in Persian, Arabic and English, with 1 and 2 worker processes, against a baseline that writes the
// same extracted graph with hand-written UNWIND MERGE batches and nothing else (no queue, no
// leases, no cross-article resolution). Prints both, the ratio, and graph and store size per
// 1,000 articles.
//
// Neo4j: a throw-away local Neo4j (the launcher, on a free port, in a temporary folder) unless
// NEO4J_URI is set — then `--wipe` is required, because every phase starts from an empty graph.
// Not part of `npm test`; takes a few minutes on a 2-core machine.
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig, PROJECT_ROOT } from '../src/config.ts';
import { dayNumberToSolar, toDayNumber, weekdayOf } from '../src/extract/calendar/index.ts';
import { extract } from '../src/extract/index.ts';
import { MEETING_LIKE_TYPES, type ExtractionResult } from '../src/extract/types.ts';
import { articleId, sha256, type ArticleInput } from '../src/graph/article-store.ts';
import { connect, type GraphConnection } from '../src/graph/driver.ts';
import { freePort, startLocalNeo4j } from '../src/graph/launcher.ts';
import { migrate } from '../src/graph/migrate.ts';
import { queueCounts } from '../src/graph/queue-store.ts';
import { enqueue } from '../src/ingest/queue.ts';

// ---------------------------------------------------------------------------------------------
// Corpus: news-like articles with menus and "latest news" lists around a few event sentences.
// Actors are well-known office holders written the way each language's press writes them.

interface Person {
  en: string;
  fa: string;
  ar: string;
}

const PEOPLE: Person[] = [
  { en: 'Recep Tayyip Erdogan', fa: 'رجب طیب اردوغان', ar: 'رجب طيب أردوغان' },
  { en: 'Emmanuel Macron', fa: 'امانوئل ماکرون', ar: 'إيمانويل ماكرون' },
  { en: 'Antonio Guterres', fa: 'آنتونیو گوترش', ar: 'أنطونيو غوتيريش' },
  { en: 'Xi Jinping', fa: 'شی جین‌پینگ', ar: 'شي جين بينغ' },
  { en: 'Narendra Modi', fa: 'نارندرا مودی', ar: 'ناريندرا مودي' },
  { en: 'Hakan Fidan', fa: 'هاکان فیدان', ar: 'هاكان فيدان' },
  { en: 'Abbas Araghchi', fa: 'عباس عراقچی', ar: 'عباس عراقجي' },
  { en: 'Masoud Pezeshkian', fa: 'مسعود پزشکیان', ar: 'مسعود بزشكيان' },
  { en: 'Sergey Lavrov', fa: 'سرگئی لاوروف', ar: 'سيرغي لافروف' },
  { en: 'Vladimir Putin', fa: 'ولادیمیر پوتین', ar: 'فلاديمير بوتين' },
  { en: 'Tamim bin Hamad Al Thani', fa: 'شیخ تمیم بن حمد آل ثانی', ar: 'الشيخ تميم بن حمد آل ثاني' },
  { en: 'Mohammed bin Salman', fa: 'محمد بن سلمان', ar: 'محمد بن سلمان' },
  { en: 'Abdel Fattah el-Sisi', fa: 'عبدالفتاح السیسی', ar: 'عبد الفتاح السيسي' },
  { en: 'Ilham Aliyev', fa: 'الهام علی‌اف', ar: 'إلهام علييف' },
];

const CITIES: Person[] = [
  { en: 'Ankara', fa: 'آنکارا', ar: 'أنقرة' },
  { en: 'Doha', fa: 'دوحه', ar: 'الدوحة' },
  { en: 'Moscow', fa: 'مسکو', ar: 'موسكو' },
  { en: 'Tehran', fa: 'تهران', ar: 'طهران' },
  { en: 'Cairo', fa: 'قاهره', ar: 'القاهرة' },
  { en: 'Baku', fa: 'باکو', ar: 'باكو' },
  { en: 'New York', fa: 'نیویورک', ar: 'نيويورك' },
];

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const AR_MONTHS = ['كانون الثاني/يناير', 'شباط/فبراير', 'آذار/مارس', 'نيسان/أبريل', 'أيار/مايو', 'حزيران/يونيو', 'تموز/يوليو', 'آب/أغسطس', 'أيلول/سبتمبر', 'تشرين الأول/أكتوبر', 'تشرين الثاني/نوفمبر', 'كانون الأول/ديسمبر'];
const FA_MONTHS = ['فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند'];
const FA_DIGITS = '۰۱۲۳۴۵۶۷۸۹';
const faNum = (n: number) => String(n).replace(/\d/g, (d) => FA_DIGITS[Number(d)]!);

const BOILERPLATE = {
  en: 'Home | World | Politics | Economy | Sport | Video\nLatest news: Markets close higher; Storm warning for the coast; Cup final tickets on sale\nShare this article: Facebook Twitter Telegram\n',
  fa: 'صفحه اصلی | سیاست | اقتصاد | ورزش | ویدئو\nآخرین اخبار: بازار سهام رشد کرد؛ هشدار طوفان برای سواحل؛ بلیت فینال جام به فروش رسید\nاشتراک‌گذاری: تلگرام توییتر\n',
  ar: 'الرئيسية | سياسة | اقتصاد | رياضة | فيديو\nآخر الأخبار: البورصة تغلق على ارتفاع؛ تحذير من عاصفة على الساحل؛ طرح تذاكر نهائي الكأس\nشارك المقال: فيسبوك تويتر تلغرام\n',
};
const FILLER = {
  en: 'The two sides discussed bilateral relations, trade and regional developments, officials said, adding that further talks would follow. ',
  fa: 'طرفین در این دیدار درباره روابط دوجانبه، تجارت و تحولات منطقه گفت‌وگو کردند و قرار شد گفت‌وگوها ادامه یابد. ',
  ar: 'وبحث الجانبان العلاقات الثنائية والتجارة والتطورات الإقليمية، وأفاد مسؤولون بأن المحادثات ستستمر. ',
};

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface EventSpec {
  kind: 'meeting' | 'call' | 'visit';
  a: Person;
  b: Person;
  city: Person;
  date: string;
}

function sentence(lang: 'en' | 'fa' | 'ar', e: EventSpec): string {
  const [y, m, d] = e.date.split('-').map(Number) as [number, number, number];
  if (lang === 'en') {
    const when = `on ${d} ${EN_MONTHS[m - 1]} ${y}`;
    if (e.kind === 'call') return `${e.a.en} held a phone call with ${e.b.en} ${when}.`;
    if (e.kind === 'visit') return `${e.a.en} visited ${e.city.en} ${when} and met ${e.b.en}.`;
    return `${e.a.en} met ${e.b.en} in ${e.city.en} ${when}.`;
  }
  if (lang === 'ar') {
    const when = `يوم ${d} ${AR_MONTHS[m - 1]} ${y}`;
    if (e.kind === 'call') return `أجرى ${e.a.ar} اتصالا هاتفيا مع ${e.b.ar} ${when}.`;
    if (e.kind === 'visit') return `زار ${e.a.ar} ${e.city.ar} ${when} والتقى ${e.b.ar}.`;
    return `التقى ${e.a.ar} ${e.b.ar} في ${e.city.ar} ${when}.`;
  }
  const s = dayNumberToSolar(toDayNumber(y, m, d));
  const when = `${faNum(s.day)} ${FA_MONTHS[s.month - 1]} ${faNum(s.year)}`;
  if (e.kind === 'call') return `${e.a.fa} روز ${when} در تماسی تلفنی با ${e.b.fa} گفت‌وگو کرد.`;
  if (e.kind === 'visit') return `${e.a.fa} روز ${when} به ${e.city.fa} سفر کرد و با ${e.b.fa} دیدار کرد.`;
  return `${e.a.fa} روز ${when} در ${e.city.fa} با ${e.b.fa} دیدار و گفت‌وگو کرد.`;
}

export interface CorpusArticle extends ArticleInput {
  text: string;
  url: string;
  language: 'fa' | 'ar' | 'en';
  publishedAt: string;
}

/**
 * `n` articles, a third per language, 1–3 events each drawn from a pool of `n × eventsPerArticle`
 * events (default n/4), so the same event is reported by several articles in several languages
 * (about 8 reports per event by default); 1–3 KB each. Deterministic for a given seed.
 */
export function generateCorpus(n: number, seed = 42, opts: { eventsPerArticle?: number } = {}): CorpusArticle[] {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const base = toDayNumber(2024, 1, 1);
  const poolSize = Math.max(4, Math.ceil(n * (opts.eventsPerArticle ?? 0.25)));
  const pool: EventSpec[] = Array.from({ length: poolSize }, () => {
    const a = pick(PEOPLE);
    let b = pick(PEOPLE);
    while (b === a) b = pick(PEOPLE);
    const day = base + Math.floor(rnd() * 700);
    const iso = new Date(Date.UTC(2024, 0, 1) + (day - base) * 86_400_000).toISOString().slice(0, 10);
    return { kind: pick(['meeting', 'meeting', 'call', 'visit'] as const), a, b, city: pick(CITIES), date: iso };
  });
  const langs = ['fa', 'ar', 'en'] as const;
  return Array.from({ length: n }, (_, i) => {
    const language = langs[i % 3]!;
    const events = [...new Set(Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => pick(pool)))];
    const latest = events.map((e) => e.date).sort().at(-1)!;
    const publishedAt = new Date(Date.parse(latest) + Math.floor(rnd() * 3) * 86_400_000).toISOString().slice(0, 10);
    const body = events.map((e) => `${sentence(language, e)} ${FILLER[language].repeat(2 + Math.floor(rnd() * 4))}`).join('\n\n');
    const text = `${BOILERPLATE[language]}\n${body}\n\n${FILLER[language]}(${i})\n\n${BOILERPLATE[language]}`;
    return { text, url: `https://bench.example/${seed}/${i}`, language, publishedAt, outlet: `Outlet ${i % 11}`, title: null, file: null };
  });
}

// ---------------------------------------------------------------------------------------------
// Baseline: the same extracted graph, written with plain UNWIND MERGE batches.

// The same indexed properties as the worker's graph (language labels → article full-text
// indexes, aliasText → actor names index, REPORTED_IN quotes), so both pay the same index costs.
const BASE_ARTICLES = `
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a.url = row.url, a.outlet = row.outlet, a.language = row.language, a.text = row.text, a.sha256 = row.sha256,
    a.publishedAt = date(row.publishedAt), a.status = 'DONE', a.extractorVersion = row.extractorVersion
FOREACH (_ IN CASE WHEN row.language = 'fa' THEN [1] ELSE [] END | SET a:ArticleFa)
FOREACH (_ IN CASE WHEN row.language = 'ar' THEN [1] ELSE [] END | SET a:ArticleAr)
FOREACH (_ IN CASE WHEN row.language = 'en' THEN [1] ELSE [] END | SET a:ArticleEn)`;
const BASE_ACTORS = `
UNWIND $rows AS row
MERGE (x:Actor {id: row.id}) ON CREATE SET x.name = row.name, x.kind = row.kind, x.aliases = []
WITH x, row
WITH x, row, reduce(s = x.aliases, a IN row.aliases | CASE WHEN a IN s THEN s ELSE s + a END) AS aliases
FOREACH (_ IN CASE WHEN size(aliases) <> size(x.aliases) THEN [1] ELSE [] END |
  SET x.aliases = aliases, x.aliasText = reduce(t = x.name, a IN aliases | t + ' | ' + a))`;
const BASE_MENTIONS = `
UNWIND $rows AS row
MATCH (x:Actor {id: row.id}), (a:Article {id: row.articleId})
MERGE (x)-[m:MENTIONED_IN]->(a) SET m.count = row.count`;
const BASE_PLACES = `UNWIND $rows AS row MERGE (p:Place {id: row.id}) ON CREATE SET p.name = row.name`;
const BASE_EVENTS = `
UNWIND $rows AS row
MERGE (e:Event {id: row.id})
SET e.type = row.type, e.date = row.date, e.dateStart = date(row.dateStart), e.dateEnd = date(row.dateEnd),
    e.precision = row.precision, e.status = row.status, e.confidence = row.confidence
FOREACH (_ IN CASE WHEN row.meeting THEN [1] ELSE [] END | SET e:Meeting)
WITH e, row UNWIND row.participants AS p
MATCH (x:Actor {id: p.actorId}) MERGE (x)-[r:PARTICIPATED_IN]->(e) SET r.role = p.role`;
const BASE_AT = `UNWIND $rows AS row MATCH (e:Event {id: row.eventId}), (p:Place {id: row.placeId}) MERGE (e)-[:AT]->(p)`;
const BASE_REPORTS = `
UNWIND $rows AS row
MATCH (e:Event {id: row.eventId}), (a:Article {id: row.articleId})
MERGE (e)-[r:REPORTED_IN]->(a) SET r.quote = row.quote, r.start = row.start, r.end = row.end`;
const BASE_MET = `
UNWIND $rows AS row
MATCH (x:Actor {id: row.from}), (y:Actor {id: row.to})
MERGE (x)-[m:MET {eventId: row.eventId}]->(y) SET m.date = row.date`;

const slug = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');

async function writeBaseline(graph: GraphConnection, items: { article: CorpusArticle; result: ExtractionResult }[], batch = 500): Promise<void> {
  for (let i = 0; i < items.length; i += batch) {
    const part = items.slice(i, i + batch);
    const articles = part.map(({ article: a, result: r }) => ({
      id: articleId(a), url: a.url, outlet: a.outlet, language: a.language, text: a.text, sha256: sha256(a.text),
      publishedAt: a.publishedAt, extractorVersion: r.extractorVersion,
    }));
    const mentions = part.flatMap(({ article: a, result: r }) => r.actors.map((x) => ({ id: x.id, articleId: articleId(a), count: x.mentions.length })));
    const actorRows = new Map<string, { id: string; name: string; kind: string; aliases: Set<string> }>();
    for (const { result: r } of part) {
      for (const x of r.actors) {
        const row = actorRows.get(x.id) ?? { id: x.id, name: x.name, kind: x.kind, aliases: new Set<string>() };
        for (const m of x.mentions) if (m.text.trim() && m.text.trim() !== x.name) row.aliases.add(m.text.trim());
        actorRows.set(x.id, row);
      }
    }
    const actors = [...actorRows.values()].map((x) => ({ ...x, aliases: [...x.aliases].sort() }));
    const events = new Map<string, Record<string, unknown>>();
    const at: { eventId: string; placeId: string }[] = [];
    const places = new Map<string, string>();
    const reports: Record<string, unknown>[] = [];
    const met: Record<string, unknown>[] = [];
    for (const { article: a, result: r } of part) {
      for (const e of r.events) {
        events.set(e.id, {
          id: e.id, type: e.type, date: e.date?.value ?? null, dateStart: e.date?.start ?? null, dateEnd: e.date?.end ?? null,
          precision: e.date?.precision ?? null, status: e.status, confidence: e.confidence,
          meeting: MEETING_LIKE_TYPES.includes(e.type), participants: e.participants,
        });
        if (e.location) {
          places.set(slug(e.location), e.location);
          at.push({ eventId: e.id, placeId: slug(e.location) });
        }
        const ev = e.evidence[0];
        reports.push({ eventId: e.id, articleId: articleId(a), quote: ev?.text ?? '', start: ev?.start ?? -1, end: ev?.end ?? -1 });
        if (MEETING_LIKE_TYPES.includes(e.type)) {
          const ids = e.participants.map((p) => p.actorId).sort();
          for (let x = 0; x < ids.length; x++) for (let y = x + 1; y < ids.length; y++) met.push({ from: ids[x], to: ids[y], eventId: e.id, date: e.date?.value ?? null });
        }
      }
    }
    const session = graph.driver.session({ database: graph.database });
    try {
      await session.executeWrite(async (tx) => {
        await tx.run(BASE_ARTICLES, { rows: articles });
        await tx.run(BASE_ACTORS, { rows: actors });
        await tx.run(BASE_MENTIONS, { rows: mentions });
        await tx.run(BASE_PLACES, { rows: [...places].map(([id, name]) => ({ id, name })) });
        await tx.run(BASE_EVENTS, { rows: [...events.values()] });
        await tx.run(BASE_AT, { rows: at });
        await tx.run(BASE_REPORTS, { rows: reports });
        await tx.run(BASE_MET, { rows: met });
      });
    } finally {
      await session.close();
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Measurement helpers.

async function emptyGraph(graph: GraphConnection): Promise<void> {
  const session = graph.driver.session({ database: graph.database });
  try {
    await session.run('MATCH (n) WHERE NOT n:Migration CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
}

interface GraphCounts {
  totalNodes: number;
  totalRels: number;
  nodes: Record<string, number>;
  rels: Record<string, number>;
}

async function graphCounts(graph: GraphConnection): Promise<GraphCounts> {
  const q = (c: string) => graph.driver.executeQuery(c, {}, { database: graph.database, routing: 'READ' });
  const nodes = await q('MATCH (n) WHERE NOT n:Migration AND NOT n:Lock UNWIND labels(n) AS l RETURN l, count(*) AS n ORDER BY l');
  const rels = await q('MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS n ORDER BY t');
  const total = await q('MATCH (n) WHERE NOT n:Migration AND NOT n:Lock RETURN count(n) AS n');
  const relCounts = Object.fromEntries(rels.records.map((r) => [r.get('t') as string, r.get('n') as number]));
  return {
    totalNodes: total.records[0]!.get('n'),
    totalRels: Object.values(relCounts).reduce((a, b) => a + b, 0),
    nodes: Object.fromEntries(nodes.records.map((r) => [r.get('l'), r.get('n')])),
    rels: relCounts,
  };
}

/** Bytes of the store files under `dir` (transaction logs and server logs counted apart). */
async function storeBytes(dir: string): Promise<{ store: number; txLogs: number }> {
  let store = 0;
  let txLogs = 0;
  const walk = async (d: string, inTx: boolean): Promise<void> => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) await walk(p, inTx || e.name === 'transactions');
      else if (e.isFile()) {
        const size = (await stat(p)).size;
        if (inTx || /^neostore\.transaction\.db/.test(e.name)) txLogs += size;
        else if (!/\.log$/.test(e.name)) store += size;
      }
    }
  };
  await walk(dir, false);
  return { store, txLogs };
}

function runWorkers(n: number, uri: string, env: Record<string, string>): Promise<number[]> {
  return Promise.all(
    Array.from({ length: n }, (_, i) =>
      new Promise<number>((resolve) => {
        const child = spawn(path.join(PROJECT_ROOT, 'node_modules/.bin/node'), ['src/cli/main.ts', 'worker', '--until-empty'], {
          cwd: PROJECT_ROOT,
          env: { ...process.env, ...env, NEO4J_URI: uri, LOG_LEVEL: 'warn', KHABAR_WORKER_POLL_MS: '100', KHABAR_WORKER_ID: `bench-${n}-${i}` },
          stdio: ['ignore', 'ignore', 'inherit'],
        });
        child.on('exit', (code) => resolve(code ?? -1));
      }),
    ),
  );
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const mb = (b: number) => `${fmt(b / 1e6, 1)} MB`;

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '10000' },
      wipe: { type: 'boolean', default: false },
      seed: { type: 'string', default: '42' },
    },
  });
  const n = Number(values.articles);
  if (!Number.isInteger(n) || n < 10) throw new RangeError(`Expected --articles to be a whole number ≥ 10, got ${values.articles}`);
  const config = loadConfig();
  let uri: string;
  let dataDir: string | null = null;
  let stop = async () => undefined as void;
  if (config.NEO4J_URI) {
    if (!values.wipe) throw new Error('NEO4J_URI is set: the benchmark empties that graph several times; pass --wipe if that is what you want.');
    uri = config.NEO4J_URI;
  } else {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'khabar-bench-'));
    const local = await startLocalNeo4j({ port: await freePort(), dataDir, attached: true });
    uri = local.uri;
    stop = async () => {
      await local.stop();
      await rm(dataDir!, { recursive: true, force: true });
    };
  }
  const graph = await connect(uri, config);
  try {
    await migrate(graph.driver, graph.database);
    const corpus = generateCorpus(n, Number(values.seed));
    const chars = corpus.reduce((s, a) => s + a.text.length, 0);
    process.stdout.write(
      `khabar ingest benchmark: ${fmt(n)} generated articles (fa/ar/en, ${fmt(chars / n)} characters on average), Neo4j at ${uri}, ${os.cpus().length} cores\n\n`,
    );

    // A freshly started Neo4j plans its queries and compiles its hot paths during the first
    // thousands of writes; a long-running one has done that. Warm it up with another corpus first.
    const warmN = Math.min(2000, n);
    await enqueue(graph, generateCorpus(warmN, Number(values.seed) + 1).map((a) => ({ ...a, url: `${a.url}/warm-up` })), { maxChars: config.KHABAR_MAX_ARTICLE_CHARS });
    const tw = performance.now();
    await runWorkers(1, uri, {});
    process.stdout.write(`warm-up (not counted):  ${fmt(warmN)} other articles, 1 worker, ${fmt(warmN / ((performance.now() - tw) / 1000), 1)} articles/s on a cold Neo4j\n`);

    const e2e: { workers: number; rate: number; secs: number }[] = [];
    let sizes: { counts: GraphCounts; bytes: { store: number; txLogs: number } | null } | null = null;
    for (const workers of [1, 2]) {
      await emptyGraph(graph);
      const t0 = performance.now();
      const summary = await enqueue(graph, corpus, { maxChars: config.KHABAR_MAX_ARTICLE_CHARS });
      const enqueueSecs = (performance.now() - t0) / 1000;
      if (workers === 1) process.stdout.write(`enqueue:                 ${fmt(summary.queued.length)} articles in ${fmt(enqueueSecs, 1)}s (${fmt(n / enqueueSecs)}/s)\n`);
      const t1 = performance.now();
      const codes = await runWorkers(workers, uri, {});
      const secs = (performance.now() - t1) / 1000;
      const q = await queueCounts(graph);
      const rate = q.DONE / secs;
      e2e.push({ workers, rate, secs });
      process.stdout.write(
        `end-to-end, ${workers} worker${workers > 1 ? 's' : ' '}:  ${fmt(q.DONE)} articles DONE in ${fmt(secs, 1)}s = ${fmt(rate, 1)} articles/s` +
          ` (${q.FAILED} failed, exit codes ${codes.join(',')})\n`,
      );
      if (workers === 1) {
        await graph.driver.executeQuery('CALL db.checkpoint()', {}, { database: graph.database }).catch(() => undefined);
        sizes = { counts: await graphCounts(graph), bytes: dataDir ? await storeBytes(dataDir) : null };
      }
    }

    await emptyGraph(graph);
    const t2 = performance.now();
    const extracted = [];
    for (const article of corpus) extracted.push({ article, result: await extract(article.text, { publishedAt: article.publishedAt, language: article.language }) });
    const extractSecs = (performance.now() - t2) / 1000;
    const t3 = performance.now();
    await writeBaseline(graph, extracted);
    const writeSecs = (performance.now() - t3) / 1000;
    const baseRate = n / (extractSecs + writeSecs);
    process.stdout.write(
      `baseline:                extract ${fmt(extractSecs, 1)}s (${fmt(n / extractSecs)}/s) + UNWIND MERGE batches ${fmt(writeSecs, 1)}s ` +
        `(${fmt(n / writeSecs)}/s) = ${fmt(baseRate, 1)} articles/s\n`,
    );
    const best = Math.max(...e2e.map((x) => x.rate));
    process.stdout.write(
      `ratio end-to-end/baseline: ${e2e.map((x) => `${x.workers} worker${x.workers > 1 ? 's' : ''} ${fmt((100 * x.rate) / baseRate)}%`).join(', ')}` +
        ` (best ${fmt(best, 1)} vs ${fmt(baseRate, 1)} articles/s)\n`,
    );
    const baseCounts = await graphCounts(graph);
    if (sizes) {
      const per = (x: number) => fmt((x * 1000) / n);
      process.stdout.write(`\ngraph per 1,000 articles (worker run): ${per(sizes.counts.totalNodes)} nodes, ${per(sizes.counts.totalRels)} relationships\n`);
      process.stdout.write(`  nodes: ${Object.entries(sizes.counts.nodes).map(([k, v]) => `${k} ${per(v)}`).join(', ')}\n`);
      process.stdout.write(`  relationships: ${Object.entries(sizes.counts.rels).map(([k, v]) => `${k} ${per(v)}`).join(', ')}\n`);
      process.stdout.write(
        `  baseline graph: nodes ${Object.entries(baseCounts.nodes).map(([k, v]) => `${k} ${per(v)}`).join(', ')}; ` +
          `relationships ${Object.entries(baseCounts.rels).map(([k, v]) => `${k} ${per(v)}`).join(', ')}\n`,
      );
      process.stdout.write(
        sizes.bytes
          ? `  Neo4j store: ${mb((sizes.bytes.store * 1000) / n)} per 1,000 articles (after a checkpoint; transaction log files, preallocated, ${mb(sizes.bytes.txLogs)} in all)\n`
          : '  Neo4j store size: unknown (remote NEO4J_URI)\n',
      );
    }
  } finally {
    await graph.driver.close();
    await stop();
  }
}

if (import.meta.main) {
  await main();
}
