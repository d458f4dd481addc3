// Queue semantics against the real Neo4j: claim order, leases, retries with backoff, FAILED,
// crashed workers' articles, release, and claims racing from several workers.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { GraphConnection } from '../../src/graph/driver.ts';
import { articleId } from '../../src/graph/article-store.ts';
import {
  claimArticles,
  markFailed,
  queueCounts,
  releaseClaims,
  renewLeases,
  requeueArticles,
  resetLockedAt,
} from '../../src/graph/queue-store.ts';
import { enqueue } from '../../src/ingest/queue.ts';
import { openTestGraph, resetGraph } from '../helpers/neo4j.ts';

let graph: GraphConnection;
beforeAll(async () => {
  graph = await openTestGraph();
  await resetGraph(graph);
});
beforeEach(async () => {
  await resetGraph(graph);
});
afterAll(async () => {
  await graph.driver.close();
});

const LEASE = 60_000;

async function article(id: string): Promise<Record<string, any>> {
  const { records } = await graph.driver.executeQuery(
    `MATCH (a:Article {id: $id})
     RETURN a {.*, error: a.error, lockedBy: a.lockedBy, claimId: a.claimId,
               runAt: toString(a.runAt), leaseUntil: toString(a.leaseUntil), lockedAt: toString(a.lockedAt),
               failedAt: toString(a.failedAt), createdAt: null, publishedAt: toString(a.publishedAt),
               now: toString(datetime())} AS a`,
    { id },
    { database: graph.database },
  );
  return records[0]!.get('a');
}

/** Moves an article's next attempt to now (the tests do not wait out exp(n) seconds). */
async function makeDue(id: string): Promise<void> {
  await graph.driver.executeQuery('MATCH (a:Article {id: $id}) SET a.runAt = datetime() - duration({seconds: 1})', { id }, { database: graph.database });
}

const texts = (n: number, tag: string) => Array.from({ length: n }, (_, i) => ({ text: `${tag} article ${i}`, url: `https://q.example/${tag}/${i}` }));

describe('enqueue', () => {
  it('reports queued, unchanged and refused articles; a bad one does not stop the batch', async () => {
    const first = await enqueue(
      graph,
      [
        { text: 'first', url: 'https://q.example/1', source: 'a.jsonl#1' },
        { text: '', source: 'a.jsonl#2' },
        { text: 'second', publishedAt: '2025-02-30', source: 'a.jsonl#3' },
        { text: 'x'.repeat(101), source: 'big.txt' },
        { text: 'third', publishedAt: '2024-06-01', language: 'ar', source: 'a.jsonl#4' },
      ],
      { maxChars: 100, batchSize: 1 },
    );
    expect(first.queued).toHaveLength(2);
    expect(first.unchanged).toEqual([]);
    expect(first.refused).toEqual([
      { source: 'a.jsonl#2', reason: 'empty text' },
      { source: 'a.jsonl#3', reason: 'publishedAt: "2025-02-30" is not a valid YYYY-MM-DD date' },
      { source: 'big.txt', reason: expect.stringMatching(/^text has 101 characters, more than KHABAR_MAX_ARTICLE_CHARS/) },
    ]);
    const again = await enqueue(graph, [{ text: 'first', url: 'https://q.example/1' }, { text: 'third' }], { maxChars: 100 });
    expect(again).toEqual({ queued: [], unchanged: [articleId({ url: 'https://q.example/1', text: '' }), articleId({ text: 'third' })], refused: [] });
    expect((await queueCounts(graph)).PENDING).toBe(2);
  });
});

describe('claim', () => {
  it('hands out due articles oldest first, each to one worker, with a lease', async () => {
    const { queued } = await enqueue(graph, texts(3, 'claim'), { maxChars: 1e6, batchSize: 1 });
    // Oldest first: by runAt (full precision, as stored), then id: two enqueue transactions may
    // share a millisecond, when the id decides.
    const { records } = await graph.driver.executeQuery(
      'MATCH (a:Article) WHERE a.id IN $ids RETURN a.id AS id ORDER BY a.runAt, a.id',
      { ids: queued },
      { database: graph.database },
    );
    const byAge = records.map((r) => r.get('id') as string);
    expect([...byAge].sort()).toEqual([...queued].sort());
    const a = await claimArticles(graph, { workerId: 'w1', limit: 2, leaseMs: LEASE, maxAttempts: 5 });
    expect(a.jobs.map((j) => j.id)).toEqual(byAge.slice(0, 2));
    expect(a.jobs[0]).toMatchObject({ attempts: 1, maxAttempts: 5, text: `claim article ${queued.indexOf(byAge[0]!)}`, reclaimedFrom: null });
    const stored = await article(byAge[0]!);
    expect(stored).toMatchObject({ status: 'RUNNING', lockedBy: 'w1', attempts: 1, claimId: a.jobs[0]!.claimId });
    const leaseLeft = Date.parse(stored.leaseUntil) - Date.parse(stored.now);
    expect(leaseLeft).toBeGreaterThan(LEASE - 5000);
    expect(leaseLeft).toBeLessThanOrEqual(LEASE);

    const b = await claimArticles(graph, { workerId: 'w2', limit: 5, leaseMs: LEASE, maxAttempts: 5 });
    expect(b.jobs.map((j) => j.id)).toEqual([byAge[2]]);
    expect((await claimArticles(graph, { workerId: 'w3', limit: 5, leaseMs: LEASE, maxAttempts: 5 })).jobs).toEqual([]);
    expect(await queueCounts(graph)).toMatchObject({ PENDING: 0, RUNNING: 3 });
  });

  it('never gives one article to two of six workers claiming at once', async () => {
    await enqueue(graph, texts(120, 'race'), { maxChars: 1e6 });
    const claimed: string[] = [];
    await Promise.all(
      Array.from({ length: 6 }, async (_, w) => {
        for (;;) {
          const { jobs } = await claimArticles(graph, { workerId: `racer-${w}`, limit: 3, leaseMs: LEASE, maxAttempts: 5 });
          if (jobs.length === 0) return;
          claimed.push(...jobs.map((j) => j.id));
        }
      }),
    );
    expect(claimed).toHaveLength(120);
    expect(new Set(claimed).size).toBe(120);
    const { records } = await graph.driver.executeQuery(
      'MATCH (a:Article) RETURN count(DISTINCT a.lockedBy) AS workers, max(a.attempts) AS maxAttempts, count(a._lock) AS locks',
      {},
      { database: graph.database },
    );
    expect(records[0]!.toObject()).toEqual({ workers: 6, maxAttempts: 1, locks: 0 });
  });

  it('takes over an expired lease, and the first worker can no longer record anything', async () => {
    const { queued } = await enqueue(graph, texts(1, 'lease'), { maxChars: 1e6 });
    const [first] = (await claimArticles(graph, { workerId: 'slow', limit: 1, leaseMs: 1500, maxAttempts: 5 })).jobs;
    expect((await claimArticles(graph, { workerId: 'fast', limit: 1, leaseMs: LEASE, maxAttempts: 5 })).jobs).toEqual([]);
    await new Promise((r) => setTimeout(r, 1600));
    const [second] = (await claimArticles(graph, { workerId: 'fast', limit: 1, leaseMs: LEASE, maxAttempts: 5 })).jobs;
    expect(second).toMatchObject({ id: queued[0], attempts: 2, reclaimedFrom: 'slow' });
    expect(await markFailed(graph, { id: first!.id, claimId: first!.claimId, workerId: 'slow' }, 'late', 5)).toBeNull();
    expect(await renewLeases(graph, 'slow', [{ id: first!.id, claimId: first!.claimId }], LEASE)).toEqual(new Set());
    expect(await article(queued[0]!)).toMatchObject({ status: 'RUNNING', lockedBy: 'fast', error: null });
  });

  it('keeps a renewed lease', async () => {
    await enqueue(graph, texts(1, 'renew'), { maxChars: 1e6 });
    const [job] = (await claimArticles(graph, { workerId: 'w1', limit: 1, leaseMs: 1500, maxAttempts: 5 })).jobs;
    await new Promise((r) => setTimeout(r, 1000));
    expect(await renewLeases(graph, 'w1', [{ id: job!.id, claimId: job!.claimId }], 5000)).toEqual(new Set([job!.id]));
    await new Promise((r) => setTimeout(r, 1000));
    // Without the renewal the lease would have expired by now.
    expect((await claimArticles(graph, { workerId: 'w2', limit: 1, leaseMs: LEASE, maxAttempts: 5 })).jobs).toEqual([]);
  });
});

describe('failure', () => {
  it('retries after exp(attempts) seconds with the error stored, then FAILED after maxAttempts', async () => {
    const { queued } = await enqueue(graph, texts(1, 'fail'), { maxChars: 1e6 });
    const id = queued[0]!;
    const expected = [Math.exp(1), Math.exp(2)];
    for (let attempt = 1; attempt <= 3; attempt++) {
      const [job] = (await claimArticles(graph, { workerId: 'w', limit: 1, leaseMs: LEASE, maxAttempts: 3 })).jobs;
      expect(job).toMatchObject({ id, attempts: attempt });
      const outcome = await markFailed(graph, { id, claimId: job!.claimId, workerId: 'w' }, `boom ${attempt}`, 3);
      const stored = await article(id);
      if (attempt < 3) {
        expect(outcome).toMatchObject({ status: 'PENDING', attempts: attempt, maxAttempts: 3 });
        expect(stored).toMatchObject({ status: 'PENDING', error: `boom ${attempt}`, lockedBy: null, leaseUntil: null, attempts: attempt });
        const delay = (Date.parse(stored.runAt) - Date.parse(stored.now)) / 1000;
        expect(delay).toBeGreaterThan(expected[attempt - 1]! - 1);
        expect(delay).toBeLessThanOrEqual(expected[attempt - 1]! + 0.01);
        // Not due yet: nobody gets it.
        expect((await claimArticles(graph, { workerId: 'other', limit: 1, leaseMs: LEASE, maxAttempts: 3 })).jobs).toEqual([]);
        await makeDue(id);
      } else {
        expect(outcome).toEqual({ status: 'FAILED', attempts: 3, maxAttempts: 3, runAt: null });
        expect(stored).toMatchObject({ status: 'FAILED', error: 'boom 3', lockedBy: null, attempts: 3 });
        expect(stored.failedAt).toBeTruthy();
      }
    }
    expect((await claimArticles(graph, { workerId: 'w', limit: 1, leaseMs: LEASE, maxAttempts: 3 })).jobs).toEqual([]);
  });

  it('fails an article whose worker died on its last attempt instead of running it again', async () => {
    const { queued } = await enqueue(graph, texts(1, 'abandoned'), { maxChars: 1e6 });
    await claimArticles(graph, { workerId: 'dead', limit: 1, leaseMs: 100, maxAttempts: 1 });
    await new Promise((r) => setTimeout(r, 250));
    const r = await claimArticles(graph, { workerId: 'alive', limit: 1, leaseMs: LEASE, maxAttempts: 1 });
    expect(r.jobs).toEqual([]);
    expect(r.abandoned).toEqual([{ id: queued[0], error: 'worker dead stopped while processing it (lease expired) on attempt 1 of 1' }]);
    expect(await article(queued[0]!)).toMatchObject({ status: 'FAILED', lockedBy: null });
  });
});

describe('locks of a stopped worker', () => {
  it('are released at restart (resetLockedAt) with the attempt counted, and prefetched ones without', async () => {
    await enqueue(graph, texts(3, 'reset'), { maxChars: 1e6 });
    const { jobs } = await claimArticles(graph, { workerId: 'host-a', limit: 3, leaseMs: LEASE, maxAttempts: 5 });
    const [kept, , prefetched] = jobs.map((j) => j.id);
    expect(await releaseClaims(graph, 'host-a', [{ id: prefetched!, claimId: jobs[2]!.claimId }])).toEqual([prefetched]);
    expect(await article(prefetched!)).toMatchObject({ status: 'PENDING', attempts: 0, lockedBy: null });
    expect(await resetLockedAt(graph, 'someone-else')).toBe(0);
    expect(await resetLockedAt(graph, 'host-a')).toBe(2);
    expect(await article(kept!)).toMatchObject({ status: 'PENDING', attempts: 1, lockedBy: null, claimId: null });
    const again = await claimArticles(graph, { workerId: 'host-a', limit: 3, leaseMs: LEASE, maxAttempts: 5 });
    expect(again.jobs.map((j) => j.attempts).sort()).toEqual([1, 2, 2]);
  });
});

describe('requeue', () => {
  it('puts DONE articles of the chosen versions (and FAILED ones on request) back to PENDING', async () => {
    const { queued } = await enqueue(graph, texts(4, 'requeue'), { maxChars: 1e6 });
    const set = (id: string, props: Record<string, unknown>) =>
      graph.driver.executeQuery('MATCH (a:Article {id: $id}) SET a += $props', { id, props }, { database: graph.database });
    await set(queued[0]!, { status: 'DONE', extractorVersion: '0.1.0', attempts: 1 });
    await set(queued[1]!, { status: 'DONE', extractorVersion: '0.2.0', attempts: 2 });
    await set(queued[2]!, { status: 'FAILED', error: 'x', attempts: 5 });
    await set(queued[3]!, { status: 'DONE', extractorVersion: '0.2.0' });
    expect(await requeueArticles(graph, { mode: 'versions', versions: ['0.1.0'], includeUnversioned: false, failed: false })).toBe(1);
    expect(await article(queued[0]!)).toMatchObject({ status: 'PENDING', attempts: 0 });
    expect(await requeueArticles(graph, { mode: 'versions', versions: [], includeUnversioned: true, failed: true })).toBe(1);
    expect(await article(queued[2]!)).toMatchObject({ status: 'PENDING', error: null });
    expect(await requeueArticles(graph, { mode: 'all', versions: [], includeUnversioned: true, failed: false })).toBe(2);
    expect((await queueCounts(graph)).PENDING).toBe(4);
  });
});
