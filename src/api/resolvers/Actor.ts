import type { GraphQLResolveInfo } from 'graphql';
import type { EventType } from '../../extract/types.ts';
import type { ActorRecord } from '../../graph/actor-reader.ts';
import { checkRange } from '../args.ts';
import type { RequestContext } from '../context.ts';
import { eventConnection, pageRequest } from './event-args.ts';

interface ActorEventsArgs {
  from?: string | null;
  to?: string | null;
  first?: number | null;
  after?: string | null;
}

// An actor's events and meetings go through per-request loaders keyed by the arguments, so a page
// of 100 actors with their events is one query for the events (and one for the counts, if asked).
export const Actor = {
  roles: (a: ActorRecord, _: unknown, ctx: RequestContext) => ctx.loaders.roles.load(a.id),
  articleCount: (a: ActorRecord, _: unknown, ctx: RequestContext) => ctx.loaders.articleCount.load(a.id),

  async events(a: ActorRecord, args: ActorEventsArgs & { types?: EventType[] | null }, ctx: RequestContext, info: GraphQLResolveInfo) {
    checkRange(args.from, args.to);
    const criteria = { from: args.from ?? null, to: args.to ?? null, types: args.types ? [...new Set(args.types)].sort() : null };
    const req = pageRequest(criteria, args, 'DATE_ASC', 20, info);
    const page = await ctx.loaders.eventPages('actor', req).load(a.id);
    return eventConnection(page, req.order, () => ctx.loaders.eventCounts('actor', criteria).load(a.id), ctx);
  },

  async meetings(a: ActorRecord, args: ActorEventsArgs & { with?: string | null }, ctx: RequestContext, info: GraphQLResolveInfo) {
    checkRange(args.from, args.to);
    // `with` may be an id merged away: use the actor it points to now.
    const other = args.with ? ((await ctx.loaders.actor.load(args.with))?.id ?? args.with) : null;
    const criteria = { from: args.from ?? null, to: args.to ?? null, meetingsOnly: true, withActor: other };
    const req = pageRequest(criteria, args, 'DATE_ASC', 20, info);
    const page = await ctx.loaders.eventPages('actor', req).load(a.id);
    return eventConnection(page, req.order, () => ctx.loaders.eventCounts('actor', criteria).load(a.id), ctx);
  },
};
