// Turning GraphQL arguments into event queries: criteria, order and cursors, checked on the way.
import type { EventStatus, EventType } from '../../extract/types.ts';
import { EVENT_ORDERS, type EventCriteria, type EventCursor, type EventOrder, type EventPage, type EventPageRequest, type EventRecord } from '../../graph/event-reader.ts';
import type { GraphQLResolveInfo } from 'graphql';
import { checkConfidence, checkIds, checkRange } from '../args.ts';
import { eventListSelection } from '../lookahead.ts';
import type { RequestContext } from '../context.ts';
import { primeEvent } from '../loaders.ts';
import { clampFirst, connection, decodeCursor, type Connection } from '../pagination.ts';

/** The `EventFilter` input of schema.graphql. */
export interface EventFilterInput {
  types?: EventType[] | null;
  status?: EventStatus | null;
  from?: string | null;
  to?: string | null;
  actors?: string[] | null;
  actorMatch?: 'ANY' | 'ALL' | null;
  place?: string | null;
  article?: string | null;
  language?: string | null;
  minConfidence?: number | null;
  meetingsOnly?: boolean | null;
}

export function criteriaOf(f: EventFilterInput | null | undefined): EventCriteria {
  if (!f) return {};
  checkRange(f.from, f.to, ['filter.from', 'filter.to']);
  return {
    types: f.types ? [...new Set(f.types)] : null,
    status: f.status ?? null,
    from: f.from ?? null,
    to: f.to ?? null,
    actors: checkIds(f.actors, 'filter.actors'),
    actorMatch: f.actorMatch ?? 'ANY',
    place: f.place?.trim() || null,
    article: f.article ?? null,
    language: f.language ?? null,
    minConfidence: checkConfidence(f.minConfidence, 'filter.minConfidence'),
    meetingsOnly: !!f.meetingsOnly,
  };
}

/** The cursor of an event page also names its order: a DATE_ASC cursor cannot continue a CONFIDENCE_DESC list. */
interface StoredCursor extends EventCursor {
  o: EventOrder;
}

function isStoredCursor(v: unknown): v is StoredCursor {
  const c = v as StoredCursor;
  return typeof v === 'object' && v !== null && typeof c.k === 'string' && typeof c.id === 'string' &&
    (EVENT_ORDERS as readonly string[]).includes(c.o);
}

export function pageRequest(
  criteria: EventCriteria,
  args: { first?: number | null; after?: string | null },
  order: EventOrder = 'DATE_ASC',
  fallbackFirst = 20,
  info?: GraphQLResolveInfo,
): EventPageRequest {
  const first = clampFirst(args.first, fallbackFirst);
  const cursor = decodeCursor(args.after, (v): v is StoredCursor => isStoredCursor(v) && v.o === order);
  const shown = info ? eventListSelection(info) : { participants: 'none' as const, place: true };
  return { criteria, order, first, after: cursor ? { k: cursor.k, id: cursor.id } : null, participants: shown.participants, withPlace: shown.place };
}

export function eventConnection(page: EventPage, order: EventOrder, count: () => Promise<number>, ctx: RequestContext): Connection<EventRecord> {
  for (const r of page.rows) primeEvent(ctx.loaders, r.event, true);
  return connection(
    page.rows.map((r) => ({ node: r.event, cursor: { o: order, k: r.cursor.k, id: r.cursor.id } })),
    page.hasNextPage,
    count,
  );
}
