// Reads and writes the ingest queue state on :Article (Cypher in cypher/queue.ts; the rules —
// leases, retries, backoff — are described there and in src/ingest/queue.ts).
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { GraphConnection } from './driver.ts';
import {
  QUEUE_CLAIM_LOCK,
  QUEUE_CLAIM_SELECT,
  QUEUE_CLAIM_TAKE,
  QUEUE_COMPLETE,
  QUEUE_COUNTS,
  QUEUE_EXTRACTOR_VERSIONS,
  QUEUE_FAIL,
  QUEUE_FAIL_ABANDONED,
  QUEUE_FAILED,
  QUEUE_HOLD,
  QUEUE_HOLD_FOR_WRITE,
  QUEUE_LOCK_MANY,
  QUEUE_RELEASE,
  QUEUE_RENEW,
  QUEUE_REQUEUE,
  QUEUE_RESET_LOCKED,
} from './cypher/queue.ts';
import { ARTICLE_STATES, type ArticleState } from './article-store.ts';

/** An article claimed by a worker: what the task needs, and the claim that proves it holds it. */
export interface ClaimedArticle {
  id: string;
  text: string;
  sha256: string;
  language: string | null;
  title: string | null;
  url: string | null;
  outlet: string | null;
  /** `YYYY-MM-DD` or null. */
  publishedAt: string | null;
  /** Where the stored publication date came from (`metadata`, `text`, `none`), null before the first run. */
  publishedAtSource: string | null;
  /** This attempt's number, from 1. */
  attempts: number;
  maxAttempts: number;
  /** Random per claim: a worker that lost its lease and claimed the article again cannot confuse the two. */
  claimId: string;
  runAt: string;
  /** The worker whose expired lease this claim took over, if any. */
  reclaimedFrom: string | null;
  /** Set DONE before (re-ingested or reprocessed): its earlier contribution is in the graph. */
  processed: boolean;
}

export interface ClaimOptions {
  workerId: string;
  limit: number;
  leaseMs: number;
  maxAttempts: number;
}

export interface ClaimResult {
  jobs: ClaimedArticle[];
  /** Articles whose worker died on their last allowed attempt: marked FAILED by this claim. */
  abandoned: { id: string; error: string }[];
}

/** Claims up to `limit` due articles in one transaction (see cypher/queue.ts for why it is safe). */
export async function claimArticles(graph: GraphConnection, opts: ClaimOptions): Promise<ClaimResult> {
  const session = graph.driver.session({ database: graph.database });
  try {
    return await session.executeWrite(async (tx) => {
      await tx.run(QUEUE_CLAIM_LOCK);
      const candidates = (await tx.run(QUEUE_CLAIM_SELECT, { limit: neo4j.int(opts.limit) })).records;
      if (candidates.length === 0) return { jobs: [], abandoned: [] };
      const ids = candidates.map((r) => r.get('id') as string);
      const reclaims = candidates.filter((r) => r.get('reclaim') === true).map((r) => r.get('id') as string);
      const abandoned = reclaims.length
        ? (await tx.run(QUEUE_FAIL_ABANDONED, { ids: reclaims, maxAttempts: neo4j.int(opts.maxAttempts) })).records.map((r) => ({
            id: r.get('id') as string,
            error: r.get('error') as string,
          }))
        : [];
      const params = { ids, workerId: opts.workerId, leaseMs: neo4j.int(Math.round(opts.leaseMs)), maxAttempts: neo4j.int(opts.maxAttempts) };
      const jobs = (await tx.run(QUEUE_CLAIM_TAKE, params)).records.map((r) => toClaimed(r.get('job')));
      // Oldest first, as the select ranked them (runAt strings do not sort: their fractions vary in length).
      const age = new Map(candidates.map((r) => [r.get('id') as string, r.get('age') as number]));
      jobs.sort((a, b) => age.get(a.id)! - age.get(b.id)!);
      return { jobs, abandoned };
    });
  } finally {
    await session.close();
  }
}

function toClaimed(j: Record<string, unknown>): ClaimedArticle {
  return {
    id: j.id as string,
    text: (j.text as string) ?? '',
    sha256: (j.sha256 as string) ?? '',
    language: (j.language as string) ?? null,
    title: (j.title as string) ?? null,
    url: (j.url as string) ?? null,
    outlet: (j.outlet as string) ?? null,
    publishedAt: (j.publishedAt as string) ?? null,
    publishedAtSource: (j.publishedAtSource as string) ?? null,
    attempts: j.attempts as number,
    maxAttempts: j.maxAttempts as number,
    claimId: j.claimId as string,
    runAt: (j.runAt as string) ?? '',
    reclaimedFrom: (j.reclaimedFrom as string) ?? null,
    processed: j.processed === true,
  };
}

/** The claim a transaction acts for. */
export interface Claim {
  id: string;
  claimId: string;
  workerId: string;
}

export type Hold = 'held' | 'done' | 'lost';

/**
 * Locks the article inside `tx` and tells whether `claim` still holds it ('held'), already
 * committed it ('done': a retried transaction whose first commit went through) or lost it.
 * A transaction that changes a claimed article calls this first and writes only when 'held'.
 */
export async function holdsClaim(tx: ManagedTransaction, claim: Claim): Promise<Hold> {
  const rec = (await tx.run(QUEUE_HOLD, { id: claim.id, workerId: claim.workerId, claimId: claim.claimId })).records[0];
  return (rec?.get('hold') as Hold | undefined) ?? 'lost';
}

/**
 * holdsClaim for the transaction that writes a batch of articles' graphs: takes the
 * event-resolution lock first (see QUEUE_HOLD_FOR_WRITE), then each article's, by id.
 * Returns article id → hold; an article that no longer exists is 'lost'.
 */
export async function holdClaimsForWrite(tx: ManagedTransaction, workerId: string, claims: readonly { id: string; claimId: string }[]): Promise<Map<string, Hold>> {
  const sorted = [...claims].sort((a, b) => (a.id < b.id ? -1 : 1));
  const { records } = await tx.run(QUEUE_HOLD_FOR_WRITE, { claims: sorted.map((c) => ({ id: c.id, claimId: c.claimId })), workerId });
  const holds = new Map<string, Hold>(claims.map((c) => [c.id, 'lost']));
  for (const r of records) holds.set(r.get('id') as string, r.get('hold') as Hold);
  return holds;
}

export interface CompletionFacts {
  extractorVersion: string;
  language: string;
  publishedAt: string | null;
  publishedAtSource: string;
  events: number;
  durationMs: number;
}

/** Sets articles DONE inside the transaction that wrote their graph (after `holdClaimsForWrite`). */
export async function markDone(tx: ManagedTransaction, done: readonly ({ id: string; claimId: string } & CompletionFacts)[]): Promise<void> {
  if (done.length === 0) return;
  await tx.run(QUEUE_COMPLETE, {
    rows: done.map((d) => ({ ...d, events: neo4j.int(d.events), durationMs: Math.round(d.durationMs * 10) / 10 })),
  });
}

export interface FailOutcome {
  status: 'PENDING' | 'FAILED';
  attempts: number;
  maxAttempts: number;
  /** When the next attempt is due (PENDING only). */
  runAt: string | null;
}

/**
 * Records a failed attempt if `claim` still holds the article; null when it does not (another
 * worker took it over, or it was re-enqueued with a new text).
 */
export async function markFailed(graph: GraphConnection, claim: Claim, error: string, maxAttempts: number): Promise<FailOutcome | null> {
  const session = graph.driver.session({ database: graph.database });
  try {
    return await session.executeWrite(async (tx) => {
      if ((await holdsClaim(tx, claim)) !== 'held') return null;
      const rec = (await tx.run(QUEUE_FAIL, { id: claim.id, error, maxAttempts: neo4j.int(maxAttempts) })).records[0]!;
      const status = rec.get('status') as FailOutcome['status'];
      return {
        status,
        attempts: rec.get('attempts') as number,
        maxAttempts: rec.get('maxAttempts') as number,
        runAt: status === 'PENDING' ? (rec.get('runAt') as string) : null,
      };
    });
  } finally {
    await session.close();
  }
}

/** Extends the leases of `claims`; returns the article ids this worker still holds. */
export async function renewLeases(graph: GraphConnection, workerId: string, claims: { id: string; claimId: string }[], leaseMs: number): Promise<Set<string>> {
  if (claims.length === 0) return new Set();
  const sorted = [...claims].sort((a, b) => (a.id < b.id ? -1 : 1)); // lock order: by id, as claims do
  const { records } = await graph.driver.executeQuery(
    QUEUE_RENEW,
    { claims: sorted, workerId, leaseMs: neo4j.int(Math.round(leaseMs)) },
    { database: graph.database },
  );
  return new Set(records.map((r) => r.get('id') as string));
}

/** Gives back claims that were never started (a stopping worker's prefetched articles); returns the ids released. */
export async function releaseClaims(graph: GraphConnection, workerId: string, claims: { id: string; claimId: string }[]): Promise<string[]> {
  if (claims.length === 0) return [];
  const sorted = [...claims].sort((a, b) => (a.id < b.id ? -1 : 1));
  const session = graph.driver.session({ database: graph.database });
  try {
    return await session.executeWrite(async (tx) => {
      await tx.run(QUEUE_LOCK_MANY, { ids: sorted.map((c) => c.id) });
      const { records } = await tx.run(QUEUE_RELEASE, { claims: sorted, workerId });
      return records.map((r) => r.get('id') as string);
    });
  } finally {
    await session.close();
  }
}

/** Releases what an earlier run of `workerId` left RUNNING; returns how many. */
export async function resetLockedAt(graph: GraphConnection, workerId: string): Promise<number> {
  const { records } = await graph.driver.executeQuery(QUEUE_RESET_LOCKED, { workerId }, { database: graph.database });
  return (records[0]?.get('n') as number) ?? 0;
}

export type QueueCounts = Record<ArticleState, number> & {
  total: number;
  /** Earliest runAt among PENDING articles, ISO. */
  nextRunAt: string | null;
};

export async function queueCounts(graph: GraphConnection): Promise<QueueCounts> {
  const { records } = await graph.driver.executeQuery(QUEUE_COUNTS, {}, { database: graph.database, routing: 'READ' });
  const counts: QueueCounts = { PENDING: 0, RUNNING: 0, DONE: 0, FAILED: 0, total: 0, nextRunAt: null };
  for (const r of records) {
    const status = r.get('status') as string;
    const n = r.get('n') as number;
    counts.total += n;
    if ((ARTICLE_STATES as readonly string[]).includes(status)) counts[status as ArticleState] += n;
    if (status === 'PENDING') counts.nextRunAt = (r.get('nextRunAt') as string) ?? null;
  }
  return counts;
}

export interface FailedArticle {
  id: string;
  file: string | null;
  url: string | null;
  error: string | null;
  attempts: number;
}

export async function failedArticles(graph: GraphConnection, limit = 100): Promise<FailedArticle[]> {
  const { records } = await graph.driver.executeQuery(QUEUE_FAILED, { limit: neo4j.int(limit) }, { database: graph.database, routing: 'READ' });
  return records.map((r) => ({
    id: r.get('id'),
    file: r.get('file') ?? null,
    url: r.get('url') ?? null,
    error: r.get('error') ?? null,
    attempts: r.get('attempts') ?? 0,
  }));
}

/** Distinct extractor versions among DONE and FAILED articles (null: never recorded). */
export async function extractorVersions(graph: GraphConnection): Promise<(string | null)[]> {
  const { records } = await graph.driver.executeQuery(QUEUE_EXTRACTOR_VERSIONS, {}, { database: graph.database, routing: 'READ' });
  return records.map((r) => (r.get('version') as string | null) ?? null);
}

export interface RequeueSelection {
  mode: 'versions' | 'all';
  /** With mode 'versions': DONE articles extracted by one of these versions. */
  versions: string[];
  /** With mode 'versions': also DONE articles with no recorded version. */
  includeUnversioned: boolean;
  /** Also FAILED articles. */
  failed: boolean;
}

/** Puts processed articles back to PENDING; returns how many. Batched, so it needs an auto-commit session. */
export async function requeueArticles(graph: GraphConnection, sel: RequeueSelection): Promise<number> {
  const session = graph.driver.session({ database: graph.database });
  try {
    const res = await session.run(QUEUE_REQUEUE, sel);
    return (res.records[0]?.get('n') as number) ?? 0;
  } finally {
    await session.close();
  }
}
