// Task `extract-article`, in two steps so that a worker can write many articles in one transaction:
//   extractArticle  — one claimed article → its extraction (CPU work, pure, before any transaction:
//                     holding locks while it runs would only make other workers wait);
//   writeArticles   — a batch of extracted articles → their events, actors and edges and their DONE
//                     states, in ONE transaction: every article of the batch commits whole or not at
//                     all, and an article is never split across transactions.
import { z } from 'zod';
import { LANGUAGES, type ExtractionResult, type Language } from '../../extract/types.ts';
import type { GraphConnection } from '../../graph/driver.ts';
import { writeArticlesGraph, type ArticleGraphSummary } from '../../graph/event-store.ts';
import { holdClaimsForWrite, markDone, type ClaimedArticle } from '../../graph/queue-store.ts';
import type { ExtractFn } from './task.ts';

/** The claimed article, validated when dequeued (graphile-worker keeps payloads `unknown`). */
export const ExtractArticlePayload = z.object({
  id: z.string().min(1),
  text: z.string(),
  language: z.string().nullable(),
  publishedAt: z.string().nullable(),
  publishedAtSource: z.string().nullable(),
  claimId: z.string().min(1),
});
export type ExtractArticlePayload = z.infer<typeof ExtractArticlePayload>;

/** The extractor threw on this article: a failed attempt (retried on the schedule, then FAILED). */
export class ExtractorError extends Error {
  constructor(cause: unknown) {
    const message = cause instanceof Error ? cause.message : String(cause);
    super(`extractor failed: ${message}`, { cause });
    this.name = 'ExtractorError';
  }
}

/** An article ready to be written. */
export interface ExtractedArticle {
  job: ClaimedArticle;
  result: ExtractionResult;
  extractMs: number;
}

/** Runs the extractor on a claimed article; throws ExtractorError when it fails. */
export async function extractArticle(job: ClaimedArticle, extract: ExtractFn, maxChars: number): Promise<ExtractedArticle> {
  const payload = ExtractArticlePayload.parse(job);
  const t0 = performance.now();
  try {
    const result = await extract(payload.text, {
      // A date the extractor itself found last time is not metadata: let it find it again.
      publishedAt: payload.publishedAtSource === 'text' ? null : payload.publishedAt,
      ...(isLanguage(payload.language) ? { language: payload.language } : {}),
      maxInputLength: maxChars,
    });
    return { job, result, extractMs: performance.now() - t0 };
  } catch (err) {
    throw new ExtractorError(err);
  }
}

/** What one write transaction did with each article of its batch. */
export interface WriteOutcome {
  /** Written and set DONE, with what the graph writer counted. */
  written: { article: ExtractedArticle; summary: ArticleGraphSummary }[];
  /** Already DONE by this claim: a retried transaction whose first commit went through. */
  alreadyDone: ExtractedArticle[];
  /** No longer held by this worker (lease taken over, or re-enqueued): not written. */
  lost: ExtractedArticle[];
  writeMs: number;
}

/**
 * Writes the batch in one transaction: the event-resolution lock, the articles' claims (those this
 * worker no longer holds are left out), their graphs, their DONE states. Run it inside the worker's
 * retryGraph: a transient error re-runs the whole transaction.
 */
export async function writeArticles(graph: GraphConnection, workerId: string, batch: readonly ExtractedArticle[]): Promise<WriteOutcome> {
  const t0 = performance.now();
  const session = graph.driver.session({ database: graph.database });
  try {
    const outcome = await session.executeWrite(async (tx) => {
      // Lock order: the event-resolution lock, then the articles by id, as writeArticlesGraph
      // would; taking an article first would deadlock with a writer that re-clusters its events.
      const holds = await holdClaimsForWrite(tx, workerId, batch.map((b) => b.job));
      const held = batch.filter((b) => holds.get(b.job.id) === 'held');
      const summaries = await writeArticlesGraph(
        tx,
        held.map((b) => ({
          article: { id: b.job.id, publishedAt: b.result.publishedAt ?? b.job.publishedAt, firstWrite: !b.job.processed },
          result: b.result,
        })),
        { lockHeld: true },
      );
      await markDone(
        tx,
        held.map((b, i) => ({
          id: b.job.id,
          claimId: b.job.claimId,
          extractorVersion: b.result.extractorVersion,
          language: b.result.language,
          publishedAt: b.result.publishedAt,
          publishedAtSource: b.result.publishedAtSource,
          events: summaries[i]!.events,
          durationMs: b.extractMs + (performance.now() - t0) / held.length,
        })),
      );
      return {
        written: held.map((article, i) => ({ article, summary: summaries[i]! })),
        alreadyDone: batch.filter((b) => holds.get(b.job.id) === 'done'),
        lost: batch.filter((b) => holds.get(b.job.id) === 'lost'),
      };
    });
    return { ...outcome, writeMs: performance.now() - t0 };
  } finally {
    await session.close();
  }
}

function isLanguage(s: string | null): s is Language {
  return s !== null && (LANGUAGES as readonly string[]).includes(s);
}
