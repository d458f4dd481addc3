import type { GraphQLResolveInfo } from 'graphql';
import { AppError } from '../../errors.ts';
import type { ActorKind, EventType } from '../../extract/types.ts';
import { actorsByName, actorsPage, countActors, type ActorCursor } from '../../graph/actor-reader.ts';
import { ARTICLE_STATES, articlesPage, countArticles, type ArticleCursor, type ArticleState } from '../../graph/article-store.ts';
import { countEvents, eventsPage, eventsWithSourcesByIds, type EventOrder } from '../../graph/event-reader.ts';
import { network } from '../../graph/network-reader.ts';
import { isMigrated } from '../../graph/migrate.ts';
import { searchText } from '../../graph/search-reader.ts';
import { checkDepth, checkIds, checkRange, checkSearchText } from '../args.ts';
import type { RequestContext } from '../context.ts';
import { badInput } from '../errors.ts';
import { highlight } from '../highlight.ts';
import { primeEvent } from '../loaders.ts';
import { participantDetail, selects } from '../lookahead.ts';
import { clampFirst, connection, decodeCursor, encodeCursor } from '../pagination.ts';
import { criteriaOf, eventConnection, pageRequest, type EventFilterInput } from './event-args.ts';

function isArticleCursor(v: unknown): v is ArticleCursor {
  return typeof v === 'object' && v !== null && typeof (v as ArticleCursor).id === 'string' &&
    ((v as ArticleCursor).publishedAt === null || typeof (v as ArticleCursor).publishedAt === 'string');
}

function isActorCursor(v: unknown): v is ActorCursor {
  return typeof v === 'object' && v !== null && typeof (v as ActorCursor).id === 'string' && typeof (v as ActorCursor).name === 'string';
}

interface PageArgs {
  first?: number | null;
  after?: string | null;
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

  async articles(_: unknown, args: PageArgs & { status?: ArticleState | null }, ctx: RequestContext) {
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

  async actor(_: unknown, args: { id?: string | null; name?: string | null }, ctx: RequestContext) {
    if ((args.id == null) === (args.name == null)) throw badInput('give exactly one of "id" and "name"');
    if (args.id != null) return ctx.loaders.actor.load(args.id);
    const [best] = await actorsByName(ctx.reader, args.name!, 1);
    if (best) ctx.loaders.actor.prime(best.id, best);
    return best ?? null;
  },

  async actors(_: unknown, args: PageArgs & { search?: string | null; kind?: ActorKind | null }, ctx: RequestContext) {
    const first = clampFirst(args.first);
    const after = decodeCursor(args.after, isActorCursor);
    const search = args.search?.trim() || null;
    const kind = args.kind ?? null;
    const page = await actorsPage(ctx.reader, { search, kind, first, after });
    for (const { actor } of page.actors) ctx.loaders.actor.prime(actor.id, actor);
    return connection(page.actors.map((a) => ({ node: a.actor, cursor: a.cursor })), page.hasNextPage, () => countActors(ctx.reader, { search, kind }));
  },

  async event(_: unknown, args: { id: string }, ctx: RequestContext, info: GraphQLResolveInfo) {
    // An event page with its sources: one query instead of two.
    if (!selects(info, ['sources'])) return ctx.loaders.event.load(args.id);
    const brief = participantDetail(info) === 'brief';
    const [found] = await eventsWithSourcesByIds(ctx.reader, [args.id], brief ? 'brief' : 'full');
    if (!found) return null;
    primeEvent(ctx.loaders, found.event, true);
    ctx.loaders.sources.prime(found.event.id, found.sources);
    return found.event;
  },

  async events(_: unknown, args: PageArgs & { filter?: EventFilterInput | null; orderBy?: EventOrder | null }, ctx: RequestContext, info: GraphQLResolveInfo) {
    const order = args.orderBy ?? 'DATE_ASC';
    const req = pageRequest(criteriaOf(args.filter), args, order, 20, info);
    const page = await eventsPage(ctx.reader, req);
    return eventConnection(page, order, () => countEvents(ctx.reader, req.criteria), ctx);
  },

  async timeline(
    _: unknown,
    args: PageArgs & { actorIds?: string[] | null; from?: string | null; to?: string | null; types?: EventType[] | null },
    ctx: RequestContext,
    info: GraphQLResolveInfo,
  ) {
    checkRange(args.from, args.to);
    const criteria = {
      actors: checkIds(args.actorIds, 'actorIds'),
      from: args.from ?? null,
      to: args.to ?? null,
      types: args.types ? [...new Set(args.types)] : null,
      datedOnly: true,
    };
    const req = pageRequest(criteria, args, 'DATE_ASC', 100, info);
    const page = await eventsPage(ctx.reader, req);
    return eventConnection(page, 'DATE_ASC', () => countEvents(ctx.reader, criteria), ctx);
  },

  async meetings(_: unknown, args: PageArgs & { between: string[]; from?: string | null; to?: string | null }, ctx: RequestContext, info: GraphQLResolveInfo) {
    checkRange(args.from, args.to);
    const criteria = {
      actors: checkIds(args.between, 'between', { min: 1, max: 10 }),
      actorMatch: 'ALL' as const,
      meetingsOnly: true,
      from: args.from ?? null,
      to: args.to ?? null,
    };
    const req = pageRequest(criteria, args, 'DATE_ASC', 100, info);
    const page = await eventsPage(ctx.reader, req);
    return eventConnection(page, 'DATE_ASC', () => countEvents(ctx.reader, criteria), ctx);
  },

  async network(_: unknown, args: { actorId: string; from?: string | null; to?: string | null; depth?: number | null }, ctx: RequestContext) {
    checkRange(args.from, args.to);
    const depth = checkDepth(args.depth);
    const net = await network(ctx.reader, { actorId: args.actorId, from: args.from ?? null, to: args.to ?? null, depth });
    const actors = (await ctx.loaders.actor.loadMany(net.actorIds)).filter((a) => a && !(a instanceof Error));
    const center = actors.find((a) => a && !(a instanceof Error) && a.id === net.center);
    if (!center) throw new AppError('NOT_FOUND', `no actor with id "${args.actorId}"`);
    return { center, actors, edges: net.edges, truncated: net.truncated };
  },

  async search(_: unknown, args: { text: string; first?: number | null }, ctx: RequestContext) {
    const text = checkSearchText(args.text);
    const first = clampFirst(args.first);
    const hits = await searchText(ctx.reader, text, first);
    return hits.map((h) => {
      if (h.kind === 'EVIDENCE') {
        const shown = highlight(h.text, text, { whole: true });
        return { ...h, snippet: shown.snippet, highlights: shown.highlights, start: h.start, end: h.end };
      }
      const shown = highlight(h.text, text);
      return { ...h, snippet: shown.snippet, highlights: shown.highlights, start: shown.start, end: shown.end };
    });
  },
};
