// Mutations change the graph: each needs a valid API key (auth.ts) before anything else happens.
import { AppError } from '../../errors.ts';
import { actorsByIds } from '../../graph/actor-reader.ts';
import { articlesByIds, enqueueArticles, type ArticleState } from '../../graph/article-store.ts';
import { requeueArticlesById } from '../../graph/article-requeue.ts';
import { mergeActors, renameActor } from '../../graph/corrections-store.ts';
import { requeueArticles } from '../../ingest/queue.ts';
import { checkIds } from '../args.ts';
import { requireApiKey } from '../auth.ts';
import type { RequestContext } from '../context.ts';
import { badInput } from '../errors.ts';

interface ArticleInputArgs {
  text: string;
  url?: string | null;
  outlet?: string | null;
  title?: string | null;
  publishedAt?: string | null;
  language?: string | null;
}

/** Most articles named in one `reprocess(articleIds:)`. @default 1000 */
export const MAX_REPROCESS_IDS = 1000;

async function freshActor(ctx: RequestContext, id: string) {
  const [actor] = await actorsByIds(ctx.graph, [id]);
  if (!actor) throw new AppError('NOT_FOUND', `no actor with id "${id}"`);
  return actor;
}

export const Mutation = {
  async ingestArticle(_: unknown, args: { input: ArticleInputArgs }, ctx: RequestContext) {
    requireApiKey(ctx.auth);
    const { text, ...meta } = args.input;
    if (text.trim() === '') throw badInput('"input.text" is empty');
    const max = ctx.config.KHABAR_MAX_ARTICLE_CHARS;
    if (text.length > max) {
      throw new AppError('INPUT_TOO_LARGE', `"input.text" has ${text.length} characters, more than KHABAR_MAX_ARTICLE_CHARS (${max})`);
    }
    if (!text.isWellFormed()) throw badInput('"input.text" is not valid Unicode (a lone surrogate)');
    const url = meta.url?.trim() || null;
    if (url && !/^https?:\/\/\S+$/i.test(url)) throw badInput(`"input.url" must be an http(s) URL, got ${JSON.stringify(url)}`);
    const [result] = await enqueueArticles(ctx.graph, [
      { text, url, outlet: meta.outlet ?? null, title: meta.title ?? null, publishedAt: meta.publishedAt ?? null, language: meta.language ?? null },
    ]);
    const [article] = await articlesByIds(ctx.graph, [result!.id]);
    return { article, changed: result!.changed };
  },

  async reprocess(_: unknown, args: { articleIds?: string[] | null; status?: ArticleState | null; all?: boolean | null }, ctx: RequestContext) {
    requireApiKey(ctx.auth);
    const chosen = [args.articleIds != null, args.status != null, !!args.all].filter(Boolean).length;
    if (chosen !== 1) throw badInput('give exactly one of "articleIds", "status" and "all: true"');
    if (args.articleIds) {
      const ids = checkIds(args.articleIds, 'articleIds', { min: 1, max: MAX_REPROCESS_IDS })!;
      return { queued: (await requeueArticlesById(ctx.graph, ids)).length };
    }
    if (args.status === 'RUNNING') throw badInput('articles being processed (RUNNING) cannot be reprocessed; wait until they are DONE or FAILED');
    if (args.status === 'PENDING') return { queued: 0 };
    const failed = args.all || args.status === 'FAILED';
    const done = args.all || args.status === 'DONE';
    const queued = await requeueArticles(ctx.graph, { mode: done ? 'all' : 'versions', versions: [], includeUnversioned: false, failed: !!failed });
    return { queued };
  },

  async mergeActors(_: unknown, args: { keep: string; remove: string[] }, ctx: RequestContext) {
    requireApiKey(ctx.auth);
    const id = await mergeActors(ctx.graph, args.keep, args.remove);
    return freshActor(ctx, id);
  },

  async renameActor(_: unknown, args: { id: string; name: string }, ctx: RequestContext) {
    requireApiKey(ctx.auth);
    const id = await renameActor(ctx.graph, args.id, args.name);
    return freshActor(ctx, id);
  },
};
