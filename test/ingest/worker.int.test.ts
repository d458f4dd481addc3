// The worker in-process against the real Neo4j, with a stand-in extractor (fake-extract.ts) so each
// test knows what every article reports: one transaction per article, two workers on one queue,
// poison inputs, idempotence, reprocessing, graceful stop, lost leases, Neo4j going away.
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readInputs } from '../../src/cli/commands/ingest.ts';
import { connect, type GraphConnection } from '../../src/graph/driver.ts';
import { requeueArticles } from '../../src/graph/queue-store.ts';
import { enqueue } from '../../src/ingest/queue.ts';
import { openTestGraph, resetGraph } from '../helpers/neo4j.ts';
import { createFakeExtract, generateArticles } from './fake-extract.ts';
import { articleStates, graphSnapshot } from './graph-snapshot.ts';
import { startProxy } from './tcp-proxy.ts';
import { WorkerTracker } from './workers.ts';
import { inject } from 'vitest';

let graph: GraphConnection;
const tracker = new WorkerTracker();
beforeAll(async () => {
  graph = await openTestGraph();
});
beforeEach(async () => {
  await resetGraph(graph);
});
afterEach(async () => {
  await tracker.assertNoneRunning();
});
afterAll(async () => {
  await graph.driver.close();
});

const MAX = 2_000_000;

async function scalar<T = number>(cypher: string, params: Record<string, unknown> = {}): Promise<T> {
  const { records } = await graph.driver.executeQuery(cypher, params, { database: graph.database, routing: 'READ' });
  return records[0]!.get(0) as T;
}

function eventLines(texts: string[]): { reports: number; distinct: number } {
  const perArticle = texts.map((t) => new Set(t.split('\n').filter((l) => l.startsWith('@event'))));
  return { reports: perArticle.reduce((n, s) => n + s.size, 0), distinct: new Set(perArticle.flatMap((s) => [...s])).size };
}

/** A folder of .txt files with an articles.json, as `khabar ingest DIR` reads it. */
async function writeFolder(articles: ReturnType<typeof generateArticles>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'khabar-worker-'));
  const meta = [];
  for (const [i, a] of articles.entries()) {
    const file = `${String(i).padStart(4, '0')}.txt`;
    await writeFile(path.join(dir, file), a.text);
    meta.push({ file, language: a.language, outlet: a.outlet, url: a.url, publishedAt: a.publishedAt });
  }
  await writeFile(path.join(dir, 'articles.json'), JSON.stringify(meta));
  return dir;
}

describe('worker', () => {
  it('writes each article and its DONE state in one transaction, with its language label', async () => {
    const articles = generateArticles(30, 1, 'batch');
    await enqueue(graph, articles, { maxChars: MAX });
    const fake = createFakeExtract();
    const stats = await tracker.start({ graph, extract: fake, concurrency: 2, untilEmpty: true }).done;

    expect(stats).toMatchObject({ completed: 30, failed: 0, retried: 0, lost: 0 });
    expect(fake.totalCalls()).toBe(30);
    expect(await articleStates(graph)).toEqual({ byStatus: { DONE: 30 }, processedTwice: 0, neverProcessed: 0 });
    const { reports, distinct } = eventLines(articles.map((a) => a.text));
    expect(await scalar('MATCH ()-[r:REPORTED_IN]->() RETURN count(r)')).toBe(reports);
    expect(await scalar('MATCH (e:Event) RETURN count(e)')).toBe(distinct);
    expect(await scalar('MATCH (a:ArticleFa) RETURN count(a)')).toBe(10);
    expect(await scalar('MATCH (a:ArticleAr) RETURN count(a)')).toBe(10);
    expect(await scalar('MATCH (a:ArticleEn) RETURN count(a)')).toBe(10);
    expect(
      await scalar(`MATCH (a:Article) WHERE a.extractorVersion = 'fake-1' AND a.processedAt IS NOT NULL AND a.error IS NULL
                    AND a.lockedBy IS NULL AND a.leaseUntil IS NULL AND a.claimId IS NULL AND a._lock IS NULL
                    AND a.publishedAtSource = 'metadata' AND a.attempts = 1 RETURN count(a)`),
    ).toBe(30);
  });

  it('processes every article exactly once with two workers on the same queue', async () => {
    const articles = generateArticles(80, 2, 'two');
    await enqueue(graph, articles, { maxChars: MAX });
    const fake = createFakeExtract();
    const [a, b] = [
      // Batches of 10: each worker claims 30 at a time, so both get some of the 80.
      tracker.start({ graph, extract: fake, concurrency: 2, batchSize: 10, untilEmpty: true, workerId: 'twin-a' }),
      tracker.start({ graph, extract: fake, concurrency: 2, batchSize: 10, untilEmpty: true, workerId: 'twin-b' }),
    ];
    const [sa, sb] = await Promise.all([a.done, b.done]);
    expect(sa.completed + sb.completed).toBe(80);
    expect(sa.completed).toBeGreaterThan(0);
    expect(sb.completed).toBeGreaterThan(0);
    expect([...fake.calls.values()].every((n) => n === 1)).toBe(true);
    expect(fake.calls.size).toBe(80);
    expect(await articleStates(graph)).toEqual({ byStatus: { DONE: 80 }, processedTwice: 0, neverProcessed: 0 });
    const { reports, distinct } = eventLines(articles.map((x) => x.text));
    expect(await scalar('MATCH ()-[r:REPORTED_IN]->() RETURN count(r)')).toBe(reports);
    expect(await scalar('MATCH (e:Event) RETURN count(e)')).toBe(distinct);
  });

  it('fails or refuses poison inputs with a reason and finishes the rest of the batch', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'khabar-poison-'));
    const good = generateArticles(6, 3, 'poison');
    for (const [i, a] of good.entries()) await writeFile(path.join(dir, `good-${i}.txt`), a.text);
    await writeFile(path.join(dir, 'empty.txt'), '  \n');
    await writeFile(path.join(dir, 'huge.txt'), 'خبر '.repeat(2_500_000)); // 10 M characters
    await writeFile(path.join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x65, 0x77, 0x73]));
    await writeFile(path.join(dir, 'pill.txt'), 'An article that breaks the extractor.\n@throw poison pill\n');
    const lines = [
      JSON.stringify({ text: 'A dated article.', publishedAt: '2025-02-30' }),
      JSON.stringify({ text: 'Another dated article.', publishedAt: '30/01/2025' }),
      JSON.stringify({ text: `${good[0]!.text}\n(updated)`, language: 'en' }),
    ];
    await writeFile(path.join(dir, 'feed.jsonl'), lines.join('\n'));

    const inputs = await readInputs([dir, path.join(dir, 'feed.jsonl')]);
    const summary = await enqueue(graph, inputs.items, { maxChars: MAX });
    const refused = Object.fromEntries([...inputs.refused, ...summary.refused].map((r) => [path.basename(r.source), r.reason]));
    expect(refused).toEqual({
      'latin1.txt': expect.stringMatching(/latin1\.txt is not valid UTF-8/),
      'empty.txt': 'empty text',
      'huge.txt': 'text has 10,000,000 characters, more than KHABAR_MAX_ARTICLE_CHARS (2,000,000)',
      'feed.jsonl:2': 'publishedAt: a YYYY-MM-DD date',
      'feed.jsonl#1': 'publishedAt: "2025-02-30" is not a valid YYYY-MM-DD date',
    });
    expect(summary.queued).toHaveLength(8); // 6 good + pill + the good JSON line

    const fake = createFakeExtract();
    const events: string[] = [];
    const stats = await tracker.start({
      graph,
      extract: fake,
      untilEmpty: true,
      maxAttempts: 2,
      onEvent: (e) => events.push(e.type),
    }).done;
    expect(stats).toMatchObject({ completed: 7, retried: 1, failed: 1 });
    expect(events.filter((e) => e === 'retry')).toHaveLength(1);
    const { records } = await graph.driver.executeQuery(
      "MATCH (a:Article {status: 'FAILED'}) RETURN a.file AS file, a.error AS error, a.attempts AS attempts",
      {},
      { database: graph.database },
    );
    expect(records.map((r) => r.toObject())).toEqual([{ file: 'pill.txt', error: 'extractor failed: poison pill', attempts: 2 }]);
    expect(await articleStates(graph)).toMatchObject({ byStatus: { DONE: 7, FAILED: 1 }, processedTwice: 0 });
  });

  it('fails an article whose graph write fails on its own, and commits the rest of its batch', async () => {
    const good = generateArticles(9, 9, 'write-poison');
    // The fake extractor passes the impossible date through; Neo4j refuses it inside the batch's transaction.
    const bad = { ...good[0]!, url: 'https://example.test/bad-date', text: `${good[0]!.text}\n@event MEETING 2024-13-45 alice-amini,bashir-nasser\n` };
    await enqueue(graph, [...good, bad], { maxChars: MAX });
    const stats = await tracker.start({ graph, extract: createFakeExtract(), batchSize: 10, concurrency: 1, untilEmpty: true, maxAttempts: 2 }).done;
    expect(stats).toMatchObject({ completed: 9, retried: 1, failed: 1, lost: 0 });
    const { records } = await graph.driver.executeQuery(
      "MATCH (a:Article {status: 'FAILED'}) RETURN a.url AS url, a.error AS error",
      {},
      { database: graph.database },
    );
    expect(records.map((r) => r.get('url'))).toEqual(['https://example.test/bad-date']);
    expect(records[0]!.get('error')).toMatch(/Invalid value for MonthOfYear/);
    // Nothing of the failed article is in the graph; all of the others is.
    expect(await scalar("MATCH (:Article {url: 'https://example.test/bad-date'})<-[r]-() RETURN count(r)")).toBe(0);
    const { reports } = eventLines(good.map((a) => a.text));
    expect(await scalar('MATCH ()-[r:REPORTED_IN]->() RETURN count(r)')).toBe(reports);
  });

  it('is idempotent: the same folder twice gives the same graph, ids included', async () => {
    const dir = await writeFolder(generateArticles(24, 4, 'idem'));
    const first = await readInputs([dir]);
    expect((await enqueue(graph, first.items, { maxChars: MAX })).queued).toHaveLength(24);
    await tracker.start({ graph, extract: createFakeExtract(), untilEmpty: true }).done;
    const before = await graphSnapshot(graph);
    expect(before.labels.Event).toBeGreaterThan(0);

    const again = await enqueue(graph, (await readInputs([dir])).items, { maxChars: MAX });
    expect(again).toMatchObject({ queued: [], refused: [] });
    expect(again.unchanged).toHaveLength(24);
    const fake = createFakeExtract();
    const stats = await tracker.start({ graph, extract: fake, untilEmpty: true }).done;
    expect(stats.completed).toBe(0);
    expect(fake.totalCalls()).toBe(0);
    expect(await graphSnapshot(graph)).toEqual(before);
  });

  it('reprocesses without duplicating, and a corrected text replaces the article’s contribution', async () => {
    const articles = generateArticles(20, 5, 'again');
    await enqueue(graph, articles, { maxChars: MAX });
    await tracker.start({ graph, extract: createFakeExtract({ version: '1.0.0' }), untilEmpty: true }).done;
    const before = await graphSnapshot(graph);

    expect(await requeueArticles(graph, { mode: 'versions', versions: ['1.0.0'], includeUnversioned: true, failed: false })).toBe(20);
    const stats = await tracker.start({ graph, extract: createFakeExtract({ version: '1.1.0' }), untilEmpty: true }).done;
    expect(stats.completed).toBe(20);
    expect(await graphSnapshot(graph)).toEqual(before);
    expect(await scalar("MATCH (a:Article) WHERE a.extractorVersion = '1.1.0' AND a.processedCount = 2 RETURN count(a)")).toBe(20);

    // The same URL with its event lines removed: its reports go, no event is left without a report.
    const target = articles[0]!;
    const corrected = { ...target, text: target.text.split('\n').filter((l) => !l.startsWith('@event')).join('\n') };
    expect((await enqueue(graph, [corrected], { maxChars: MAX })).queued).toHaveLength(1);
    await tracker.start({ graph, extract: createFakeExtract({ version: '1.1.0' }), untilEmpty: true }).done;
    const others = eventLines(articles.slice(1).map((a) => a.text));
    expect(await scalar('MATCH ()-[r:REPORTED_IN]->() RETURN count(r)')).toBe(others.reports);
    expect(await scalar('MATCH (e:Event) RETURN count(e)')).toBe(others.distinct);
    expect(await scalar('MATCH (e:Event) WHERE NOT (e)-[:REPORTED_IN]->() RETURN count(e)')).toBe(0);
  });

  it('on stop finishes the running article, gives back the prefetched one and takes no more', async () => {
    await enqueue(graph, generateArticles(6, 6, 'stop'), { maxChars: MAX });
    let started!: () => void;
    const firstCall = new Promise<void>((r) => (started = r));
    const fake = createFakeExtract({ delayMs: 400, onCall: () => started() });
    const worker = tracker.start({ graph, extract: fake, concurrency: 1 });
    await firstCall;
    const stats = await worker.stop();
    expect(stats).toMatchObject({ completed: 1, lost: 0 });
    expect(fake.totalCalls()).toBe(1);
    expect(await articleStates(graph)).toMatchObject({ byStatus: { DONE: 1, PENDING: 5 } });
    expect(await scalar("MATCH (a:Article {status: 'PENDING'}) WHERE a.lockedBy IS NULL AND a.attempts = 0 RETURN count(a)")).toBe(5);
  });

  it('does not commit an article whose lease another worker took over meanwhile', async () => {
    const [one] = (await enqueue(graph, generateArticles(1, 7, 'lost'), { maxChars: MAX })).queued;
    let started!: () => void;
    const firstCall = new Promise<void>((r) => (started = r));
    const worker = tracker.start({ graph, extract: createFakeExtract({ delayMs: 500, onCall: () => started() }), once: true });
    await firstCall;
    // What a claim after an expired lease does to the first worker's article.
    await graph.driver.executeQuery("MATCH (a:Article {id: $id}) SET a.lockedBy = 'thief', a.claimId = 'stolen'", { id: one }, { database: graph.database });
    const stats = await worker.done;
    expect(stats).toMatchObject({ completed: 0, lost: 1, failed: 0, retried: 0 });
    expect(await scalar("MATCH (a:Article {id: $id}) RETURN a.status + '/' + a.lockedBy", { id: one })).toBe('RUNNING/thief');
    expect(await scalar('MATCH ()-[r:REPORTED_IN]->() RETURN count(r)')).toBe(0);
  });

  it('waits while Neo4j is unreachable and finishes the batch when it is back', async () => {
    const articles = generateArticles(24, 8, 'outage');
    await enqueue(graph, articles, { maxChars: MAX });
    const n = inject('neo4j');
    const proxy = await startProxy(n.uri);
    const viaProxy = await connect(proxy.uri, { NEO4J_USER: n.user, NEO4J_PASSWORD: n.password, NEO4J_DATABASE: n.database });
    try {
      let done = 0;
      let cutAt = -1;
      const fake = createFakeExtract({ delayMs: 20 });
      const worker = tracker.start({
        graph: viaProxy,
        extract: fake,
        untilEmpty: true,
        onEvent: (e) => {
          if (e.type !== 'completed') return;
          done++;
          if (done === 8) {
            cutAt = done;
            proxy.cut();
            setTimeout(() => proxy.restore(), 2500);
          }
        },
      });
      const stats = await worker.done;
      expect(cutAt).toBe(8);
      expect(proxy.dropped()).toBeGreaterThan(0);
      expect(stats).toMatchObject({ completed: 24, failed: 0, retried: 0 });
      expect(await articleStates(graph)).toEqual({ byStatus: { DONE: 24 }, processedTwice: 0, neverProcessed: 0 });
      expect(await scalar('MATCH ()-[r:REPORTED_IN]->() RETURN count(r)')).toBe(eventLines(articles.map((a) => a.text)).reports);
    } finally {
      await viaProxy.driver.close();
      await proxy.close();
    }
  });
});
