// Shared by the worker and its task (tasks/extract-article.ts).
import type { ExtractionResult, ExtractOptions } from '../../extract/types.ts';

/** The extractor's signature (src/extract/index.ts `extract`); tests inject their own. */
export type ExtractFn = (text: string, options: ExtractOptions) => ExtractionResult | Promise<ExtractionResult>;

/** This worker no longer holds the article (its lease expired and another worker took it). */
export class LeaseLostError extends Error {
  readonly articleId: string;
  constructor(articleId: string, when: string) {
    super(`lease on article ${articleId} lost ${when}`);
    this.name = 'LeaseLostError';
    this.articleId = articleId;
  }
}
