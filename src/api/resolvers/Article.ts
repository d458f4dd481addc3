import type { GraphQLResolveInfo } from 'graphql';
import type { ArticleSummary } from '../../graph/event-reader.ts';
import type { RequestContext } from '../context.ts';
import { eventConnection, pageRequest } from './event-args.ts';

export const Article = {
  // Articles reached through sources or search come without their text; it is loaded when asked for.
  async text(a: ArticleSummary, _: unknown, ctx: RequestContext) {
    return a.text ?? (await ctx.loaders.articleText.load(a.id)) ?? '';
  },

  async events(a: ArticleSummary, args: { first?: number | null; after?: string | null }, ctx: RequestContext, info: GraphQLResolveInfo) {
    const req = pageRequest({}, args, 'DATE_ASC', 100, info);
    const page = await ctx.loaders.eventPages('article', req).load(a.id);
    return eventConnection(page, req.order, () => ctx.loaders.eventCounts('article', {}).load(a.id), ctx);
  },
};
