// The ingest queue, graphile-worker's model on :Article nodes:
//   enqueue → PENDING (runAt now) → claimed: RUNNING (attempts + 1, lockedBy, leaseUntil)
//     → DONE, in the transaction that writes the article's graph
//     → failed attempt: PENDING again at now + exp(min(attempts, 10)) s, or FAILED after maxAttempts
//     → lease expired (worker crashed): claimable again by any worker.
// This file guards what enters the queue; the state changes are in graph/queue-store.ts.
import { enqueueArticles, articleId, type ArticleInput } from '../graph/article-store.ts';
import type { GraphConnection } from '../graph/driver.ts';
import { LANGUAGES } from '../extract/types.ts';

export {
  claimArticles,
  failedArticles,
  queueCounts,
  requeueArticles,
  resetLockedAt,
  type ClaimedArticle,
  type FailedArticle,
  type QueueCounts,
} from '../graph/queue-store.ts';

/** @default 5 attempts before FAILED */
export const DEFAULT_MAX_ATTEMPTS = 5;
/** @default 5 minutes */
export const DEFAULT_LEASE_MS = 5 * 60_000;

/**
 * Seconds before the next attempt after `attempts` failed ones (graphile-worker's failJobs).
 * EXAMPLE: 1 → 2.718, 3 → 20.09, 12 → 22026 (capped at exp(10), about 6 h)
 */
export function retryDelaySeconds(attempts: number): number {
  return Math.exp(Math.min(Math.max(attempts, 0), 10));
}

/** An article to enqueue, with where it came from for refusal messages. */
export interface EnqueueItem extends ArticleInput {
  /** EXAMPLE: "seeds/000_dba4.txt", "feed.jsonl#12", "stdin" */
  source?: string;
}

export interface Refusal {
  source: string;
  reason: string;
}

export interface EnqueueSummary {
  /** Ids of new articles and of articles whose text changed (back to PENDING). */
  queued: string[];
  /** Ids already stored with the same text: nothing to do. */
  unchanged: string[];
  refused: Refusal[];
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date `YYYY-MM-DD`. EXAMPLE: "2024-02-29" → true, "2025-02-30" → false */
export function isCalendarDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(0);
  t.setUTCFullYear(y, mo - 1, d); // not Date.UTC: it reads years 0–99 as 1900–1999
  return y >= 1 && t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/**
 * Why an article cannot be queued, or null when it can. Checked before anything is written, so a
 * bad article never reaches the worker and never stops its batch.
 * EXAMPLE: { text: '' } → "empty text"; { text, publishedAt: '2025-02-30' } → "publishedAt: …"
 */
export function refusalReason(a: ArticleInput, maxChars: number): string | null {
  if (typeof a.text !== 'string' || a.text.trim() === '') return 'empty text';
  if (a.text.length > maxChars) {
    return `text has ${a.text.length.toLocaleString('en')} characters, more than KHABAR_MAX_ARTICLE_CHARS (${maxChars.toLocaleString('en')})`;
  }
  // Strings decoded from UTF-8 are well formed; JSON "\ud800" escapes are not, and Bolt cannot carry them.
  if (!a.text.isWellFormed()) return 'text is not valid Unicode (a lone surrogate, e.g. a bad \\ud800 escape)';
  if (a.publishedAt != null && !isCalendarDate(a.publishedAt)) {
    return `publishedAt: "${a.publishedAt}" is not a valid YYYY-MM-DD date`;
  }
  if (a.language != null && !(LANGUAGES as readonly string[]).includes(a.language)) {
    return `language: "${a.language}" is not one of ${LANGUAGES.join(', ')}`;
  }
  return null;
}

export interface EnqueueOptions {
  /** KHABAR_MAX_ARTICLE_CHARS */
  maxChars: number;
  /**
   * Articles per write transaction; a batch is also cut at `batchChars` characters of text.
   * @default 500
   */
  batchSize?: number;
  /** @default 8_000_000 */
  batchChars?: number;
  /** Called after each batch with the number of articles handled so far. */
  onProgress?: (done: number, total: number) => void;
}

/** Checks and enqueues articles in batches; a refused article is reported, the others go in. */
export async function enqueue(graph: GraphConnection, items: EnqueueItem[], opts: EnqueueOptions): Promise<EnqueueSummary> {
  const summary: EnqueueSummary = { queued: [], unchanged: [], refused: [] };
  const accepted: EnqueueItem[] = [];
  items.forEach((item, i) => {
    const reason = refusalReason(item, opts.maxChars);
    if (reason) summary.refused.push({ source: item.source ?? item.file ?? item.url ?? `article ${i + 1}`, reason });
    else accepted.push(item);
  });
  const batchSize = opts.batchSize ?? 500;
  const batchChars = opts.batchChars ?? 8_000_000;
  let done = 0;
  for (let start = 0; start < accepted.length; ) {
    let end = start;
    let chars = 0;
    while (end < accepted.length && end - start < batchSize && (end === start || chars + accepted[end]!.text.length <= batchChars)) {
      chars += accepted[end]!.text.length;
      end++;
    }
    const batch = accepted.slice(start, end).map(({ source: _source, ...input }) => input);
    const results = await enqueueArticles(graph, batch);
    for (const r of results) (r.changed ? summary.queued : summary.unchanged).push(r.id);
    done += batch.length;
    opts.onProgress?.(done, accepted.length);
    start = end;
  }
  // The same article twice in one call counts once, as what happened to it first.
  const queued = new Set(summary.queued);
  summary.queued = [...queued];
  summary.unchanged = [...new Set(summary.unchanged)].filter((id) => !queued.has(id));
  return summary;
}

export { articleId };
