// Task `extract-article`: one claimed article → its events, actors and edges in the graph, and its
// DONE state, in ONE transaction. The extractor runs before the transaction opens (it is CPU work
// and pure: holding locks while it runs would only make other workers wait).
import { z } from 'zod';
import { LANGUAGES, type ExtractionResult, type Language } from '../../extract/types.ts';
import { writeArticleGraph } from '../../graph/event-store.ts';
import { holdsClaim, markDone } from '../../graph/queue-store.ts';
import { LeaseLostError, type Task } from './task.ts';

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

const extractArticle: Task = async (raw, helpers) => {
  const payload = ExtractArticlePayload.parse(raw);
  const { logger, graph, signal, job } = helpers;

  const t0 = performance.now();
  let result: ExtractionResult;
  try {
    result = await helpers.extract(payload.text, {
      // A date the extractor itself found last time is not metadata: let it find it again.
      publishedAt: payload.publishedAtSource === 'text' ? null : payload.publishedAt,
      ...(isLanguage(payload.language) ? { language: payload.language } : {}),
      maxInputLength: helpers.maxChars,
    });
  } catch (err) {
    throw new ExtractorError(err);
  }
  const extractMs = performance.now() - t0;
  if (signal.aborted) throw new LeaseLostError(payload.id, 'before its graph was written');

  const t1 = performance.now();
  const claim = { id: payload.id, claimId: payload.claimId, workerId: job.workerId };
  const summary = await helpers.retryGraph('writing its graph', async () => {
    const session = graph.driver.session({ database: graph.database });
    try {
      return await session.executeWrite(async (tx) => {
        // Lock order: the event-resolution lock, then the article, as writeArticleGraph would;
        // taking the article first would deadlock with a writer that re-clusters its events.
        const hold = await holdsClaim(tx, claim, { forGraphWrite: true });
        if (hold === 'done') return null; // committed by an earlier try whose reply was lost
        if (hold === 'lost') throw new LeaseLostError(payload.id, 'when its graph was to be committed');
        const written = await writeArticleGraph(tx, {
          article: { id: payload.id, publishedAt: result.publishedAt ?? payload.publishedAt },
          result,
        });
        await markDone(tx, claim, {
          extractorVersion: result.extractorVersion,
          language: result.language,
          publishedAt: result.publishedAt,
          publishedAtSource: result.publishedAtSource,
          events: written.events,
          durationMs: performance.now() - t0,
        });
        return written;
      });
    } finally {
      await session.close();
    }
  });
  const writeMs = performance.now() - t1;
  const total = extractMs + writeMs;
  if (!summary) {
    logger.info(`Completed article ${payload.id} (extract-article, ${total.toFixed(1)}ms; the commit went through before the connection dropped)`);
    helpers.report({ events: 0 });
    return;
  }
  logger.info(
    { extractMs: round(extractMs), writeMs: round(writeMs), events: summary.events, attempt: job.attempts },
    `Completed article ${payload.id} (extract-article, ${total.toFixed(1)}ms, ${plural(summary.events, 'event')}` +
      `${summary.mergedWith ? `, ${summary.mergedWith} merged with other reports` : ''})`,
  );
  helpers.report({ events: summary.events });
};

function isLanguage(s: string | null): s is Language {
  return s !== null && (LANGUAGES as readonly string[]).includes(s);
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export default extractArticle;
