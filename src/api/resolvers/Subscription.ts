// `eventAdded`: what the worker publishes (pubsub.ts), read back from the graph and filtered.
import type { EventType } from '../../extract/types.ts';
import { eventsByIds, eventsPage, type EventRecord } from '../../graph/event-reader.ts';
import { checkConfidence, checkIds } from '../args.ts';
import { renewLoaders, type RequestContext } from '../context.ts';
import { primeEvent } from '../loaders.ts';
import { pubsub, type EventAddedPayload } from '../pubsub.ts';
import { Repeater } from 'graphql-yoga';

interface EventAddedFilter {
  types?: EventType[] | null;
  actors?: string[] | null;
  minConfidence?: number | null;
}

/** Most events one article announcement expands to. @default 100 */
const MAX_EVENTS_PER_ARTICLE = 100;

async function eventIdsOf(ctx: RequestContext, payload: EventAddedPayload): Promise<string[]> {
  if ('eventIds' in payload) return [...new Set(payload.eventIds)];
  const page = await eventsPage(ctx.reader, { criteria: { article: payload.articleId }, order: 'DATE_ASC', first: MAX_EVENTS_PER_ARTICLE, after: null });
  return page.rows.map((r) => r.event.id);
}

/**
 * The events announced from now on that pass `filter`. A Repeater, so that a client going away
 * ends the pub/sub subscription at once (an async generator would wait for the next announcement).
 */
function eventAddedStream(ctx: RequestContext, filter: EventAddedFilter | null | undefined): Repeater<EventRecord> {
  const types = filter?.types ? new Set(filter.types) : null; // [] passes nothing
  const actors = checkIds(filter?.actors, 'filter.actors');
  const minConfidence = checkConfidence(filter?.minConfidence, 'filter.minConfidence');
  const source = pubsub.subscribe('eventAdded');
  return new Repeater<EventRecord>(async (push, stop) => {
    void stop.then(() => source.return?.());
    for await (const payload of source) {
      renewLoaders(ctx);
      const ids = await eventIdsOf(ctx, payload);
      if (ids.length === 0) continue;
      // Events come with their participants (EVENTS_BY_ID): the actor filter needs no other query.
      for (const event of await eventsByIds(ctx.reader, ids)) {
        if (!event) continue;
        if (types && !types.has(event.type)) continue;
        if (minConfidence != null && event.confidence < minConfidence) continue;
        if (actors && !(event.participants ?? []).some((p) => actors.includes(p.actor.id))) continue;
        primeEvent(ctx.loaders, event, true);
        await push(event);
      }
    }
    stop();
  });
}

export const Subscription = {
  eventAdded: {
    subscribe: (_: unknown, args: { filter?: EventAddedFilter | null }, ctx: RequestContext) => eventAddedStream(ctx, args.filter),
    resolve: (event: EventRecord) => event,
  },
};
