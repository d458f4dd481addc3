// The `khabar worker` and `khabar ingest` commands as child processes, with the real extractor:
// kill -9 in the middle of a run, SIGTERM, and `ingest --wait` from folders, JSON Lines and stdin.
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/ingest.ts';
import type { GraphConnection } from '../../src/graph/driver.ts';
import { queueCounts } from '../../src/graph/queue-store.ts';
import { enqueue } from '../../src/ingest/queue.ts';
import { openTestGraph, resetGraph } from '../helpers/neo4j.ts';
import { articleStates, graphSnapshot } from './graph-snapshot.ts';
import { WorkerTracker } from './workers.ts';

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

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function scalar(cypher: string): Promise<number> {
  const { records } = await graph.driver.executeQuery(cypher, {}, { database: graph.database, routing: 'READ' });
  return records[0]!.get(0) as number;
}

describe('worker process', () => {
  it('killed with SIGKILL mid-run: another worker finishes, each article DONE once, same graph as a clean run', { timeout: 420_000 }, async () => {
    // About two reports per event: cross-article resolution has work, and the run stays short.
    const corpus = generateCorpus(200, 7, { eventsPerArticle: 1 });

    // The clean run, for reference.
    await enqueue(graph, corpus, { maxChars: MAX });
    const clean = tracker.spawnCli(['worker', '--until-empty'], { KHABAR_WORKER_POLL_MS: '100' });
    expect(await clean.exited).toBe(0);
    const reference = await graphSnapshot(graph);
    expect(await articleStates(graph)).toEqual({ byStatus: { DONE: 200 }, processedTwice: 0, neverProcessed: 0 });
    expect(reference.labels.Event ?? 0).toBeGreaterThan(0);

    await resetGraph(graph);
    await enqueue(graph, corpus, { maxChars: MAX });
    // A short lease, so the second worker (another id, as on another machine) reclaims quickly.
    const victim = tracker.spawnCli(['worker'], { KHABAR_WORKER_ID: 'victim', KHABAR_WORKER_LEASE_SECONDS: '2', KHABAR_WORKER_POLL_MS: '100', KHABAR_WORKER_BATCH: '10' });
    await waitFor('a quarter of the articles DONE', async () => (await queueCounts(graph)).DONE >= 50, 120_000);
    victim.child.kill('SIGKILL');
    expect(await victim.exited).toBe('SIGKILL');
    const atKill = await queueCounts(graph);
    expect(atKill.DONE).toBeLessThan(200);

    const rescuer = tracker.spawnCli(['worker', '--until-empty'], { KHABAR_WORKER_ID: 'rescuer', KHABAR_WORKER_POLL_MS: '100', KHABAR_WORKER_BATCH: '10' });
    expect(await rescuer.exited).toBe(0);
    if (atKill.RUNNING > 0) expect(rescuer.output()).toMatch(/Reclaimed article \S+ from worker victim/);
    expect(await articleStates(graph)).toEqual({ byStatus: { DONE: 200 }, processedTwice: 0, neverProcessed: 0 });
    expect(await graphSnapshot(graph)).toEqual(reference);
  });

  it('on SIGTERM finishes the article it is on, gives back the rest and exits 0', { timeout: 60_000 }, async () => {
    await enqueue(graph, generateCorpus(80, 8), { maxChars: MAX });
    const worker = tracker.spawnCli(['worker', '--concurrency', '1', '--batch', '5'], { KHABAR_WORKER_ID: 'termed', KHABAR_WORKER_POLL_MS: '100' });
    await waitFor('10 articles DONE', async () => (await queueCounts(graph)).DONE >= 10);
    const sentAt = Date.now();
    worker.child.kill('SIGTERM');
    expect(await worker.exited).toBe(0);
    expect(Date.now() - sentAt).toBeLessThan(10_000);
    expect(worker.output()).toMatch(/SIGTERM: worker termed finishes its running articles/);
    const counts = await queueCounts(graph);
    expect(counts.RUNNING).toBe(0);
    expect(counts.DONE).toBeLessThan(80);
    // Every article the worker started is DONE: none was abandoned half-way.
    expect(await scalar('MATCH (a:Article) WHERE a.attempts > 0 RETURN count(a)')).toBe(counts.DONE);
    expect(await scalar("MATCH (a:Article {status: 'PENDING'}) WHERE a.lockedBy IS NULL RETURN count(a)")).toBe(80 - counts.DONE);
  });
});

describe('ingest command', () => {
  it('queues folders and JSON Lines, refuses bad lines with a reason, and --wait processes them', { timeout: 60_000 }, async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'khabar-cli-'));
    const corpus = generateCorpus(14, 9);
    const meta = [];
    for (const [i, a] of corpus.slice(0, 10).entries()) {
      await writeFile(path.join(dir, `a${i}.txt`), a.text);
      meta.push({ file: `a${i}.txt`, language: a.language, url: a.url, publishedAt: a.publishedAt });
    }
    await writeFile(path.join(dir, 'articles.json'), JSON.stringify(meta));
    const feed = path.join(dir, 'feed.jsonl');
    await writeFile(
      feed,
      [...corpus.slice(10, 13).map((a) => JSON.stringify({ text: a.text, url: a.url, language: a.language, publishedAt: a.publishedAt })), JSON.stringify({ text: 'x', publishedAt: '2024-13-01' })].join('\n'),
    );

    const first = tracker.spawnCli(['ingest', dir, feed, '--wait']);
    expect(await first.exited).toBe(1); // one line refused
    expect(first.output()).toMatch(/Queued 13 article\(s\), 0 unchanged, 1 refused/);
    expect(first.output()).toMatch(/refused \S*feed\.jsonl#4: publishedAt: "2024-13-01" is not a valid YYYY-MM-DD date/);
    expect(first.output()).toMatch(/Processed 13 article\(s\)/);
    expect(await articleStates(graph)).toMatchObject({ byStatus: { DONE: 13 }, processedTwice: 0 });

    const again = tracker.spawnCli(['ingest', dir]);
    expect(await again.exited).toBe(0);
    expect(again.output()).toMatch(/Queued 0 article\(s\), 10 unchanged, 0 refused/);

    const stdin = tracker.spawnCli(['ingest', '-', '--wait']);
    stdin.child.stdin!.end(corpus[13]!.text);
    expect(await stdin.exited).toBe(0);
    expect(stdin.output()).toMatch(/Queued 1 article\(s\), 0 unchanged, 0 refused/);
    expect(await articleStates(graph)).toMatchObject({ byStatus: { DONE: 14 }, processedTwice: 0 });
  });
});
