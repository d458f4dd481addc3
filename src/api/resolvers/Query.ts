import { isMigrated } from '../../graph/migrate.ts';
import { ARTICLE_STATES, articlesPage, countArticles, type ArticleCursor, type ArticleState } from '../../graph/article-store.ts';
import type { RequestContext } from '../context.ts';
import { clampFirst, decodeCursor, encodeCursor } from '../pagination.ts';

function isArticleCursor(v: unknown): v is ArticleCursor {
  return typeof v === 'object' && v !== null && typeof (v as ArticleCursor).id === 'string' &&
    ((v as ArticleCursor).publishedAt === null || typeof (v as ArticleCursor).publishedAt === 'string');
}

export const Query = {
  async health(_: unknown, __: unknown, ctx: RequestContext) {
    let neo4j = false;
    let migrated = false;
    try {
      migrated = await isMigrated(ctx.graph.driver, ctx.graph.database);
      neo4j = true;
    } catch {
      neo4j = false;
    }
    return { ok: neo4j && migrated, neo4j, migrated, version: ctx.version };
  },

  async articles(_: unknown, args: { first?: number | null; after?: string | null; status?: ArticleState | null }, ctx: RequestContext) {
    const first = clampFirst(args.first);
    const after = decodeCursor(args.after, isArticleCursor);
    const status = args.status && ARTICLE_STATES.includes(args.status) ? args.status : null;
    const [page, totalCount] = await Promise.all([
      articlesPage(ctx.graph, { first, after, status }),
      countArticles(ctx.graph, status),
    ]);
    const edges = page.articles.map((node) => ({ cursor: encodeCursor({ publishedAt: node.publishedAt, id: node.id }), node }));
    for (const e of edges) ctx.loaders.article.prime(e.node.id, e.node);
    return { edges, totalCount, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
  },

  article(_: unknown, args: { id: string }, ctx: RequestContext) {
    return ctx.loaders.article.load(args.id);
  },
};
