// What a task is: `async (payload, helpers) => void`, one task per file (graphile-worker's
// tasks/<name>.js). The worker builds the helpers for each job.
import type { ExtractionResult, ExtractOptions } from '../../extract/types.ts';
import type { GraphConnection } from '../../graph/driver.ts';
import type { Logger } from '../../logger.ts';

/** The extractor's signature (src/extract/index.ts `extract`); tests inject their own. */
export type ExtractFn = (text: string, options: ExtractOptions) => ExtractionResult | Promise<ExtractionResult>;

export interface JobInfo {
  workerId: string;
  /** This attempt's number, from 1. */
  attempts: number;
  maxAttempts: number;
}

export interface TaskHelpers {
  /** Scoped `{ component: 'worker', workerId, articleId, jobId }`. */
  logger: Logger;
  graph: GraphConnection;
  /** Aborted when the worker loses the article's lease: the task must not commit. */
  signal: AbortSignal;
  job: JobInfo;
  extract: ExtractFn;
  /** KHABAR_MAX_ARTICLE_CHARS, passed to the extractor as `maxInputLength`. */
  maxChars: number;
  /**
   * Runs a graph operation, waiting and retrying while Neo4j is unreachable or busy
   * (restart, lost connection, deadlock); other errors pass through.
   */
  retryGraph<T>(what: string, fn: () => Promise<T>): Promise<T>;
  /** Figures for the worker's statistics and progress. */
  report(figures: { events: number }): void;
}

export type Task = (payload: unknown, helpers: TaskHelpers) => Promise<void>;

/** This worker no longer holds the article (its lease expired and another worker took it). */
export class LeaseLostError extends Error {
  readonly articleId: string;
  constructor(articleId: string, when: string) {
    super(`lease on article ${articleId} lost ${when}`);
    this.name = 'LeaseLostError';
    this.articleId = articleId;
  }
}
