import type { EventRecord } from '../../graph/event-reader.ts';
import type { MetRecord } from '../../graph/network-reader.ts';
import type { RequestContext } from '../context.ts';
import { primeEvent } from '../loaders.ts';

/** The `EventDate` of an event or MET edge; null when undated. */
export function dateOf(e: Pick<EventRecord, 'date' | 'dateStart' | 'dateEnd' | 'precision'>) {
  if (!e.date || !e.dateStart || !e.dateEnd || !e.precision) return null;
  return { value: e.date, start: e.dateStart, end: e.dateEnd, precision: e.precision };
}

export const Event = {
  date: (e: EventRecord) => dateOf(e),
  // Read with the event when the query showed them (a page of events), else one batched query.
  participants: (e: EventRecord, _: unknown, ctx: RequestContext) => e.participants ?? ctx.loaders.participants.load(e.id),
  place: (e: EventRecord, _: unknown, ctx: RequestContext) => ctx.loaders.place.load(e.id),
  sources: (e: EventRecord, _: unknown, ctx: RequestContext) => ctx.loaders.sources.load(e.id),
};

export const MetEdge = {
  from: (m: MetRecord, _: unknown, ctx: RequestContext) => ctx.loaders.actor.load(m.from),
  to: (m: MetRecord, _: unknown, ctx: RequestContext) => ctx.loaders.actor.load(m.to),
  event: (m: MetRecord, _: unknown, ctx: RequestContext) => ctx.loaders.event.load(m.eventId),
  date: (m: MetRecord) => dateOf(m),
};

export const SearchHit = {
  // The search query reads the event of an evidence hit with it.
  event(h: { event: EventRecord | null }, _: unknown, ctx: RequestContext) {
    if (h.event) primeEvent(ctx.loaders, h.event, true);
    return h.event;
  },
};
