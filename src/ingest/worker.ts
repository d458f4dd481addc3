// The ingest worker: claims articles from the queue in Neo4j with a lease, runs the
// `extract-article` task on each, and records failures with a retry schedule. Several workers, in
// one process or on several machines, may share one queue (see graph/cypher/queue.ts).
//
// Life of a worker (graphile-worker's shape):
//   start → release what an earlier run of this worker id left RUNNING (resetLockedAt)
//   loop  → claim up to `batchSize` × (`concurrency` + 1) articles; run up to `concurrency`
//           batches at once: a batch extracts its articles one by one, then writes them all in
//           one transaction (tasks/extract-article.ts); renew the leases of held articles every
//           lease/3, sleep `pollInterval` when idle
//   stop  → (signal, SIGINT/SIGTERM) take nothing new, give back prefetched articles and the
//           not yet extracted ones of running batches, finish the article being extracted and
//           write what is extracted, resolve with the statistics.
// Neo4j unreachable (restart, lost connection): the worker waits with backoff and goes on; it
// never fails an article for it.
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { Neo4jError } from 'neo4j-driver';
import { AppError, coerceError } from '../errors.ts';
import type { GraphConnection } from '../graph/driver.ts';
import { isTransient } from '../graph/driver.ts';
import {
  claimArticles,
  markFailed,
  queueCounts,
  releaseClaims,
  renewLeases,
  resetLockedAt,
  type ClaimedArticle,
} from '../graph/queue-store.ts';
import { scoped, type Logger } from '../logger.ts';
import { DEFAULT_LEASE_MS, DEFAULT_MAX_ATTEMPTS, retryDelaySeconds } from './queue.ts';
import { extractArticle, ExtractorError, writeArticles, type ExtractedArticle } from './tasks/extract-article.ts';
import { LeaseLostError, type ExtractFn } from './tasks/task.ts';

export type { ExtractFn } from './tasks/task.ts';

export interface WorkerOptions {
  graph: GraphConnection;
  /**
   * Batches processed at once by this worker (one extracts while another writes).
   * @default 2
   */
  concurrency?: number;
  /**
   * Most articles written in one transaction. Fewer when fewer are due.
   * @default 50
   */
  batchSize?: number;
  /**
   * Milliseconds between looks at the queue when there is nothing to do.
   * @default 1000
   */
  pollInterval?: number;
  /** @default 300_000 (5 min) */
  leaseMs?: number;
  /** For articles that have none stored. @default 5 */
  maxAttempts?: number;
  /** Unique among running workers. @default `<hostname>-<pid>-<6 hex>` */
  workerId?: string;
  /** Stop when no article is due (do not wait for retries or other workers). */
  once?: boolean;
  /** Stop when no article is PENDING (even later) or RUNNING (by any worker). */
  untilEmpty?: boolean;
  /** Aborting it stops the worker gracefully, as `stop()` does. */
  signal?: AbortSignal;
  /** @default `extract` from src/extract/index.ts */
  extract?: ExtractFn;
  /** Longest text the extractor accepts (KHABAR_MAX_ARTICLE_CHARS). @default 2_000_000 */
  maxChars?: number;
  /** @default scoped({ component: 'worker' }) */
  logger?: Logger;
  /** Called for each finished attempt (progress bars, tests). */
  onEvent?: (event: WorkerEvent) => void;
}

export type WorkerEvent =
  | { type: 'completed'; articleId: string; ms: number; events: number }
  | { type: 'retry'; articleId: string; error: string; attempts: number; runAt: string | null }
  | { type: 'failed'; articleId: string; error: string }
  | { type: 'lost'; articleId: string };

export interface WorkerStats {
  workerId: string;
  /** Articles this worker set DONE. */
  completed: number;
  /** Failed attempts that will be retried. */
  retried: number;
  /** Articles this worker set FAILED. */
  failed: number;
  /** Articles dropped because their lease was lost. */
  lost: number;
  /** Events written (as counted by the graph writer). */
  events: number;
  elapsedMs: number;
}

export interface Worker {
  workerId: string;
  /** Settles when the worker has stopped; rejects only on an unexpected error (bad schema, bug). */
  done: Promise<WorkerStats>;
  /** Stops taking articles, finishes the running ones; resolves when stopped. */
  stop(): Promise<WorkerStats>;
  /** Resolves the next time nothing is due and nothing is running (or when the worker stops). */
  drained(): Promise<void>;
  stats(): WorkerStats;
}

/** Runs a worker until it stops (`once`, `untilEmpty` or the signal). */
export function runWorker(opts: WorkerOptions): Promise<WorkerStats> {
  return startWorker(opts).done;
}

export function defaultWorkerId(): string {
  return `${os.hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`;
}

interface Running {
  job: ClaimedArticle;
  controller: AbortController;
}

/** Longest wait between two tries of an unreachable Neo4j. */
const MAX_BACKOFF_MS = 30_000;
/** Tries of a transient (not connection) error after the driver's own 30 s of retries. */
const MAX_TRANSIENT_TRIES = 5;
/** While stopping, how long to keep waiting for an unreachable Neo4j before giving up. */
const STOPPING_PATIENCE_MS = 30_000;

export function startWorker(opts: WorkerOptions): Worker {
  const graph = opts.graph;
  const concurrency = opts.concurrency ?? 2;
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new RangeError(`Expected \`concurrency\` to be a positive integer, got ${concurrency}`);
  }
  const pollInterval = opts.pollInterval ?? 1000;
  const leaseMs = opts.leaseMs ?? DEFAULT_LEASE_MS;
  const maxAttempts = opts.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const maxChars = opts.maxChars ?? 2_000_000;
  const workerId = opts.workerId ?? defaultWorkerId();
  const log = (opts.logger ?? scoped({ component: 'worker' })).child({ workerId });
  const batchSize = opts.batchSize ?? 50;
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new RangeError(`Expected \`batchSize\` to be a positive integer, got ${batchSize}`);
  }
  // Prefetched articles wait in memory under a renewed lease, so that the next batch can start as
  // soon as one finishes: one claim transaction serves a batch and the next.
  const prefetch = batchSize;

  const started = performance.now();
  const stats: WorkerStats = { workerId, completed: 0, retried: 0, failed: 0, lost: 0, events: 0, elapsedMs: 0 };
  const running = new Map<string, Running>();
  let activeBatches = 0;
  const buffer: ClaimedArticle[] = [];
  const stopping = new AbortController();
  let stoppingSince = 0;
  let drainWaiters: (() => void)[] = [];
  let wakeUp: (() => void) | null = null;
  let extractFn: ExtractFn | null = opts.extract ?? null;

  const wake = () => {
    const w = wakeUp;
    wakeUp = null;
    w?.();
  };
  const onAbort = () => {
    if (!stopping.signal.aborted) {
      stoppingSince = performance.now();
      log.info(`Worker ${workerId} stopping: finishing ${running.size} running article(s), taking no new ones`);
      stopping.abort();
    }
    wake();
  };
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  if (opts.signal?.aborted) onAbort();

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const t = setTimeout(() => {
        wakeUp = null;
        resolve();
      }, ms);
      wakeUp = () => {
        clearTimeout(t);
        resolve();
      };
    });

  /** Waits and retries while Neo4j is unreachable or busy; other errors pass through. */
  async function retryGraph<T>(what: string, fn: () => Promise<T>, scopeLog: Logger = log): Promise<T> {
    for (let tries = 1; ; tries++) {
      try {
        const value = await fn();
        if (tries > 1) scopeLog.info(`Neo4j answers again: ${what} succeeded on try ${tries}`);
        return value;
      } catch (err) {
        const kind = graphErrorKind(err);
        if (!kind) throw err;
        if (kind === 'transient' && tries >= MAX_TRANSIENT_TRIES) throw err;
        if (stopping.signal.aborted && performance.now() - stoppingSince > STOPPING_PATIENCE_MS) throw err;
        const delay = Math.min(MAX_BACKOFF_MS, 250 * 2 ** tries) * (0.75 + Math.random() / 2);
        scopeLog.warn(
          `Neo4j ${kind === 'connection' ? 'unreachable' : 'busy'} while ${what} (${firstLine(coerceError(err).message)}); ` +
            `retrying in ${(delay / 1000).toFixed(1)}s (try ${tries})`,
        );
        await new Promise((r) => setTimeout(r, delay));
      }
    }
  }

  async function loadExtract(): Promise<ExtractFn> {
    // Loaded on first use: the lexicons load only in processes that extract.
    extractFn ??= (await import('../extract/index.ts')).extract as ExtractFn;
    return extractFn;
  }

  /** Extracts the batch's articles one by one, then writes them in one transaction. */
  function startBatch(jobs: ClaimedArticle[]): void {
    activeBatches++;
    for (const job of jobs) running.set(job.id, { job, controller: new AbortController() });
    void (async () => {
      const extracted: ExtractedArticle[] = [];
      const unstarted: ClaimedArticle[] = [];
      try {
        const extract = await loadExtract();
        for (const job of jobs) {
          // Stopping: the articles not started yet go back to the queue at once.
          if (stopping.signal.aborted) {
            unstarted.push(job);
            continue;
          }
          const jobLog = log.child({ articleId: job.id, jobId: `${job.id}#${job.attempts}` });
          if (job.reclaimedFrom) {
            jobLog.warn(`Reclaimed article ${job.id} from worker ${job.reclaimedFrom} (lease expired); attempt ${job.attempts} of ${job.maxAttempts}`);
          }
          const t0 = performance.now();
          try {
            const done = await extractArticle(job, extract, maxChars);
            if (running.get(job.id)?.controller.signal.aborted) throw new LeaseLostError(job.id, 'before its graph was written');
            extracted.push(done);
          } catch (err) {
            await recordFailure(job, err, performance.now() - t0, jobLog);
            running.delete(job.id);
          }
          // Let lease renewals and signals through between two CPU-bound extractions.
          await new Promise((r) => setImmediate(r));
        }
        if (unstarted.length > 0) await giveBack(unstarted);
        for (const job of unstarted) running.delete(job.id);
        await writeBatch(extracted);
      } catch (err) {
        // Only unexpected errors (a bug, a bad schema) reach here: every article still held fails its attempt.
        for (const job of [...extracted.map((e) => e.job), ...unstarted]) {
          if (running.has(job.id)) await recordFailure(job, err, 0, log.child({ articleId: job.id }));
        }
      } finally {
        for (const job of jobs) running.delete(job.id);
        activeBatches--;
        wake();
      }
    })();
  }

  /**
   * Writes the extracted articles in one transaction, waiting out Neo4j restarts. When the
   * transaction fails for a reason of its own (not the connection), each article is written alone,
   * so that one bad article fails alone and the rest commit.
   */
  async function writeBatch(batch: ExtractedArticle[]): Promise<void> {
    if (batch.length === 0) return;
    let outcome;
    try {
      outcome = await retryGraph(`writing ${batch.length} article(s)`, () => writeArticles(graph, workerId, batch));
    } catch (err) {
      if (batch.length === 1) {
        const [one] = batch;
        await recordFailure(one!.job, err, one!.extractMs, log.child({ articleId: one!.job.id }));
        return;
      }
      log.warn(`Writing a batch of ${batch.length} articles failed (${firstLine(coerceError(err).message)}); writing them one by one`);
      for (const one of batch) await writeBatch([one]);
      return;
    }
    const { written, alreadyDone, lost, writeMs } = outcome;
    let events = 0;
    let merged = 0;
    for (const { article, summary } of written) {
      stats.completed++;
      stats.events += summary.events;
      events += summary.events;
      merged += summary.mergedWith;
      log.debug(
        { articleId: article.job.id, extractMs: round(article.extractMs), events: summary.events, attempt: article.job.attempts },
        `Completed article ${article.job.id} (${plural(summary.events, 'event')}${summary.mergedWith ? `, ${summary.mergedWith} merged with other reports` : ''})`,
      );
      opts.onEvent?.({ type: 'completed', articleId: article.job.id, ms: article.extractMs + writeMs / written.length, events: summary.events });
    }
    for (const article of alreadyDone) {
      stats.completed++;
      log.info(`Completed article ${article.job.id} (the commit went through before the connection dropped)`);
      opts.onEvent?.({ type: 'completed', articleId: article.job.id, ms: article.extractMs, events: 0 });
    }
    for (const article of lost) {
      stats.lost++;
      log.warn(`Dropped article ${article.job.id}: lease lost when its graph was to be committed; the worker holding it now finishes it`);
      opts.onEvent?.({ type: 'lost', articleId: article.job.id });
    }
    if (written.length > 0) {
      log.info(
        { articles: written.length, events, merged, writeMs: round(writeMs) },
        `Wrote ${plural(written.length, 'article')} in one transaction (${plural(events, 'event')}` +
          `${merged ? `, ${merged} merged with other reports` : ''}, ${writeMs.toFixed(0)}ms)`,
      );
    }
  }

  /** Gives claimed articles back to the queue (stopping), or leaves them to their lease. */
  async function giveBack(jobs: ClaimedArticle[]): Promise<void> {
    try {
      const released = await retryGraph('releasing articles', () => releaseClaims(graph, workerId, jobs));
      log.info(`Released ${released.length} claimed article(s) back to the queue`);
    } catch (err) {
      log.warn({ err }, `Could not release ${jobs.length} article(s); they are claimable when their lease expires`);
    }
  }

  async function recordFailure(job: ClaimedArticle, err: unknown, ms: number, jobLog: Logger): Promise<void> {
    const error = coerceError(err);
    if (error instanceof LeaseLostError) {
      stats.lost++;
      jobLog.warn(`Dropped article ${job.id}: ${error.message}; the worker holding it now finishes it`);
      opts.onEvent?.({ type: 'lost', articleId: job.id });
      return;
    }
    const message = describeError(error);
    const expected = error instanceof ExtractorError || error instanceof AppError || error instanceof Neo4jError;
    try {
      const outcome = await retryGraph(`recording the failure of article ${job.id}`, () =>
        markFailed(graph, { id: job.id, claimId: job.claimId, workerId }, message, maxAttempts),
      );
      const head = `article ${job.id} (extract-article, ${ms.toFixed(1)}ms, attempt ${job.attempts} of ${job.maxAttempts})`;
      if (!outcome) {
        stats.lost++;
        jobLog.warn(`Dropped the failure of ${head}: its lease was lost meanwhile: ${message}`);
        opts.onEvent?.({ type: 'lost', articleId: job.id });
      } else if (outcome.status === 'FAILED') {
        stats.failed++;
        logFailure(jobLog, expected, error, `Failed ${head}, giving up: ${message}`);
        opts.onEvent?.({ type: 'failed', articleId: job.id, error: message });
      } else {
        stats.retried++;
        const delay = retryDelaySeconds(outcome.attempts);
        logFailure(jobLog, expected, error, `Failed ${head}: ${message}; retrying in ${delay.toFixed(1)}s`);
        opts.onEvent?.({ type: 'retry', articleId: job.id, error: message, attempts: outcome.attempts, runAt: outcome.runAt });
      }
    } catch (recordErr) {
      // The lease expires and another attempt follows: nothing is lost, but say so.
      jobLog.error({ err: recordErr }, `Could not record the failure of article ${job.id} (${message}); it is retried when its lease expires`);
    }
  }

  let renewing = false;
  async function renew(): Promise<void> {
    if (renewing) return;
    const claims = [...[...running.values()].map((r) => r.job), ...buffer].map((j) => ({ id: j.id, claimId: j.claimId }));
    if (claims.length === 0) return;
    renewing = true;
    try {
      const held = await renewLeases(graph, workerId, claims, leaseMs);
      for (const c of claims) {
        if (held.has(c.id)) continue;
        running.get(c.id)?.controller.abort();
        const i = buffer.findIndex((j) => j.id === c.id && j.claimId === c.claimId);
        if (i >= 0) {
          buffer.splice(i, 1);
          stats.lost++;
          log.warn(`Dropped prefetched article ${c.id}: its lease was lost`);
          opts.onEvent?.({ type: 'lost', articleId: c.id });
        }
      }
    } catch (err) {
      log.warn(`Could not renew leases (${firstLine(coerceError(err).message)}); trying again in ${(leaseMs / 3000).toFixed(1)}s`);
    } finally {
      renewing = false;
    }
  }

  async function nothingLeft(strict: boolean): Promise<boolean> {
    const counts = await retryGraph('counting the queue', () => queueCounts(graph));
    if (counts.RUNNING > 0) return false;
    if (counts.PENDING === 0) return true;
    // Not strict: PENDING articles waiting for a later retry do not count.
    return !strict && counts.nextRunAt !== null && Date.parse(counts.nextRunAt) > Date.now();
  }

  async function loop(): Promise<void> {
    const reset = await retryGraph('releasing locks of an earlier run', () => resetLockedAt(graph, workerId));
    if (reset > 0) log.warn(`Released ${reset} article(s) that an earlier run of worker ${workerId} left RUNNING`);
    log.info(`Worker ${workerId} started (concurrency ${concurrency}, lease ${(leaseMs / 1000).toFixed(0)}s, max ${maxAttempts} attempts)`);
    const renewTimer = setInterval(() => void renew(), Math.max(50, leaseMs / 3));
    renewTimer.unref();
    try {
      while (!stopping.signal.aborted) {
        while (activeBatches < concurrency && buffer.length > 0) startBatch(buffer.splice(0, batchSize));
        if (activeBatches < concurrency) {
          const claimed = await retryGraph('claiming articles', () =>
            claimArticles(graph, { workerId, limit: batchSize * (concurrency - activeBatches) + prefetch - buffer.length, leaseMs, maxAttempts }),
          );
          for (const a of claimed.abandoned) {
            stats.failed++;
            log.warn(`Failed article ${a.id}, giving up: ${a.error}`);
            opts.onEvent?.({ type: 'failed', articleId: a.id, error: a.error });
          }
          if (stopping.signal.aborted) {
            buffer.push(...claimed.jobs);
            break;
          }
          buffer.push(...claimed.jobs);
          while (activeBatches < concurrency && buffer.length > 0) startBatch(buffer.splice(0, batchSize));
          if (claimed.jobs.length > 0 || claimed.abandoned.length > 0) continue;
          if (activeBatches === 0 && buffer.length === 0) {
            if (opts.once) break;
            if (opts.untilEmpty || drainWaiters.length > 0) {
              if (drainWaiters.length > 0 && (await nothingLeft(false))) {
                for (const w of drainWaiters) w();
                drainWaiters = [];
              }
              if (opts.untilEmpty && (await nothingLeft(true))) break;
            }
          }
        }
        await sleep(activeBatches >= concurrency ? 60_000 : pollInterval);
      }
    } finally {
      // MUST release: prefetched articles that never started go back to the queue at once.
      if (buffer.length > 0) {
        const give = buffer.splice(0);
        try {
          const released = await retryGraph('releasing prefetched articles', () => releaseClaims(graph, workerId, give));
          log.info(`Released ${released.length} prefetched article(s) back to the queue`);
        } catch (err) {
          log.warn({ err }, `Could not release ${give.length} prefetched article(s); they are claimable when their lease expires`);
        }
      }
      while (activeBatches > 0) await sleep(60_000);
      clearInterval(renewTimer);
    }
  }

  const done = loop().then(
    () => {
      opts.signal?.removeEventListener('abort', onAbort);
      stats.elapsedMs = performance.now() - started;
      for (const w of drainWaiters) w();
      drainWaiters = [];
      log.info(
        `Worker ${workerId} stopped after ${(stats.elapsedMs / 1000).toFixed(1)}s: ${stats.completed} done, ` +
          `${stats.retried} retried, ${stats.failed} failed, ${stats.lost} lost`,
      );
      return { ...stats };
    },
    (err: unknown) => {
      opts.signal?.removeEventListener('abort', onAbort);
      stats.elapsedMs = performance.now() - started;
      for (const w of drainWaiters) w();
      drainWaiters = [];
      throw err;
    },
  );

  return {
    workerId,
    done,
    stop: () => {
      onAbort();
      return done;
    },
    drained: () =>
      new Promise<void>((resolve) => {
        drainWaiters.push(resolve);
        wake();
      }),
    stats: () => ({ ...stats, elapsedMs: performance.now() - started }),
  };
}

/** 'connection': Neo4j unreachable (wait as long as it takes); 'transient': busy (deadlock, lock timeout). */
export function graphErrorKind(err: unknown): 'connection' | 'transient' | null {
  if (err instanceof AppError) return err.code === 'NEO4J_UNAVAILABLE' ? 'connection' : null;
  if (!(err instanceof Neo4jError)) return null;
  if (err.code === 'ServiceUnavailable' || err.code === 'SessionExpired') return 'connection';
  if (/acquisition timed out|ECONNREFUSED|ECONNRESET|EPIPE|socket hang up/i.test(err.message)) return 'connection';
  return isTransient(err) ? 'transient' : null;
}

/** The error as stored on the article: one line with its code, at most 1,000 characters. */
export function describeError(error: Error): string {
  const code = error instanceof Neo4jError || error instanceof AppError ? `${error.code}: ` : '';
  const text = `${code}${firstLine(error.message)}`;
  return text.length > 1000 ? `${text.slice(0, 999)}…` : text;
}

/** `warn` for what bad input causes (extractor errors, refused writes); `error` with the stack for the unexpected. */
function logFailure(log: Logger, expected: boolean, error: Error, message: string): void {
  if (expected) log.warn(message);
  else log.error({ err: error }, message);
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function firstLine(s: string): string {
  return s.split('\n')[0] ?? s;
}
