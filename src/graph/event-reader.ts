// Reads events for the API: pages with filters and keyset cursors, per-key batches for the
// DataLoaders (an actor's events, an article's events), participants, places, sources.
import type { EventStatus, EventType, ParticipantRole, Precision } from '../extract/types.ts';
import type { ActorRecord } from './actor-reader.ts';
import type { ArticleRecord } from './article-store.ts';
import {
  ARTICLE_SUMMARIES_BY_ID,
  ARTICLE_TEXT_BY_ID,
  EVENTS_BY_ID,
  eventsWithSourcesById,
  eventsQuery,
  PARTICIPANTS_BY_EVENT,
  PLACE_BY_EVENT,
  SOURCES_BY_EVENT,
  type EventAnchor,
  type EventFilterShape,
  type EventOrder,
} from './cypher/events-read.ts';
import { int, readRecords, type ReadGraph } from './read.ts';

export { EVENT_ORDERS, type EventOrder } from './cypher/events-read.ts';

export interface EventRecord {
  id: string;
  type: EventType;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY` */
  date: string | null;
  dateStart: string | null;
  dateEnd: string | null;
  precision: Precision | null;
  status: EventStatus;
  confidence: number;
  location: string | null;
  reportCount: number;
  meeting: boolean;
  /** Read with the event (undefined: not read). */
  place?: PlaceRecord | null;
  /** Read with the event when asked for (undefined: not read). */
  participants?: ParticipantRecord[];
  /** `participants` hold their actors' id and name only (a `brief` read): not for sharing. */
  briefParticipants?: boolean;
}

/** An article as a source shows it: everything but the text, which is loaded only when asked for. */
export type ArticleSummary = Omit<ArticleRecord, 'text'> & { text?: string };

export interface ParticipantRecord {
  role: ParticipantRole;
  actor: ActorRecord;
}

export interface SourceRecord {
  quote: string;
  start: number;
  end: number;
  article: ArticleSummary;
}

export interface PlaceRecord {
  id: string;
  name: string;
}

/**
 * What to keep; every field optional (null: no constraint). An empty list of `types` or `actors`
 * keeps nothing (events of none of these types, with any of no actors).
 */
export interface EventCriteria {
  types?: readonly EventType[] | null;
  status?: EventStatus | null;
  /** `YYYY-MM-DD`: events whose range ends on or after it. */
  from?: string | null;
  /** `YYYY-MM-DD`: events whose range starts on or before it. */
  to?: string | null;
  /** Only events with a date. */
  datedOnly?: boolean;
  minConfidence?: number | null;
  meetingsOnly?: boolean;
  /** A place id or name. */
  place?: string | null;
  /** Events reported in this article. */
  article?: string | null;
  /** Events reported in an article of this language. */
  language?: string | null;
  /** With `actorMatch`, the actors an event must have. */
  actors?: readonly string[] | null;
  /** @default 'ANY' */
  actorMatch?: 'ANY' | 'ALL';
  /** For batches by actor: the event must also have this actor. */
  withActor?: string | null;
}

export interface EventCursor {
  /** The sort key of the last row, as a string (a date or a number). */
  k: string;
  id: string;
}

export interface EventPageRequest {
  criteria: EventCriteria;
  /**
   * Read each event's participants in the same query: `full` (with the actors' every field) or
   * `brief` (actors' id and name; the records say so, see `EventRecord.briefParticipants`). @default 'none'
   */
  participants?: 'none' | 'brief' | 'full';
  /** Read each event's place in the same query. @default true */
  withPlace?: boolean;
  order: EventOrder;
  first: number;
  after: EventCursor | null;
}

export interface EventPageRow {
  event: EventRecord;
  cursor: EventCursor;
}

export interface EventPage {
  rows: EventPageRow[];
  hasNextPage: boolean;
}

/** True when the criteria hold an empty list: no event can match, and no query is needed. */
export function matchesNothing(c: EventCriteria): boolean {
  return c.types?.length === 0 || c.actors?.length === 0;
}

function shapeOf(c: EventCriteria): EventFilterShape {
  return {
    types: !!c.types?.length,
    status: !!c.status,
    from: !!c.from,
    to: !!c.to,
    datedOnly: !!c.datedOnly,
    minConfidence: c.minConfidence != null,
    meetingsOnly: !!c.meetingsOnly,
    place: !!c.place,
    article: !!c.article,
    language: !!c.language,
    withActor: !!c.withActor,
  };
}

function anchorOf(c: EventCriteria): EventAnchor {
  const n = c.actors ? new Set(c.actors).size : 0;
  if (n === 1) return 'actor';
  if (n > 1 && c.actorMatch === 'ALL') return n === 2 ? 'actorPair' : 'actorsAll';
  if (n > 1) return 'actorsAny';
  if (c.article) return 'article';
  return 'all';
}

function paramsOf(c: EventCriteria): Record<string, unknown> {
  return {
    types: c.types ?? null,
    status: c.status ?? null,
    from: c.from ?? null,
    to: c.to ?? null,
    minConfidence: c.minConfidence ?? null,
    place: c.place ?? null,
    article: c.article ?? null,
    language: c.language ?? null,
    actors: c.actors ? [...new Set(c.actors)] : [],
    withActor: c.withActor ?? null,
  };
}

function toParticipants(list: { role: ParticipantRole; actor: Record<string, unknown> }[]): ParticipantRecord[] {
  return list
    .map((p) => ({ role: p.role, actor: toActorRecord(p.actor) }))
    .sort((a, b) => (a.actor.id < b.actor.id ? -1 : a.actor.id > b.actor.id ? 1 : 0));
}

function toActorRecord(a: Record<string, unknown>): ActorRecord {
  return {
    id: a.id as string,
    name: (a.name as string | null) ?? (a.id as string),
    kind: (a.kind as ActorRecord['kind']) ?? null,
    aliases: (a.aliases as string[] | null) ?? [],
  };
}

/** A stored event projection (EVENT_FIELDS) as an `EventRecord`. */
export function toEvent(e: Record<string, unknown>): EventRecord {
  const participants = e.participants as { role: ParticipantRole; actor: Record<string, unknown> }[] | undefined;
  return {
    ...(e.place !== undefined ? { place: (e.place as PlaceRecord | null) ?? null } : {}),
    ...(participants ? { participants: toParticipants(participants) } : {}),
    id: e.id as string,
    type: e.type as EventType,
    date: (e.date as string | null) ?? null,
    dateStart: (e.dateStart as string | null) ?? null,
    dateEnd: (e.dateEnd as string | null) ?? null,
    precision: (e.precision as Precision | null) ?? null,
    status: ((e.status as EventStatus | null) ?? 'OCCURRED'),
    confidence: (e.confidence as number | null) ?? 0,
    location: (e.location as string | null) ?? null,
    reportCount: (e.reportCount as number | null) ?? 1,
    meeting: !!e.meeting,
  };
}

/** What a page query reads of each event besides its own fields. */
function projectionOf(req: EventPageRequest): { participants: 'none' | 'brief' | 'full'; withPlace: boolean } {
  return { participants: req.participants ?? 'none', withPlace: req.withPlace ?? true };
}

function toRows(raw: { event: Record<string, unknown>; sortKey: string }[], briefParticipants = false): EventPageRow[] {
  return raw.map((r) => {
    const event = toEvent(r.event);
    if (briefParticipants) event.briefParticipants = true;
    return { event, cursor: { k: r.sortKey, id: event.id } };
  });
}

/** One page of events matching `criteria`. */
export async function eventsPage(graph: ReadGraph, req: EventPageRequest): Promise<EventPage> {
  if (matchesNothing(req.criteria)) return { rows: [], hasNextPage: false };
  const query = eventsQuery({ ...shapeOf(req.criteria), anchor: anchorOf(req.criteria), order: req.order, after: !!req.after, mode: 'page', ...projectionOf(req) });
  const rows = await readRecords(graph, query, {
    ...paramsOf(req.criteria),
    afterKey: req.after?.k ?? null,
    afterId: req.after?.id ?? null,
    limit: int(req.first + 1),
  });
  const all = toRows(rows as unknown as { event: Record<string, unknown>; sortKey: string }[], req.participants === 'brief');
  return { rows: all.slice(0, req.first), hasNextPage: all.length > req.first };
}

export async function countEvents(graph: ReadGraph, criteria: EventCriteria): Promise<number> {
  if (matchesNothing(criteria)) return 0;
  const query = eventsQuery({ ...shapeOf(criteria), anchor: anchorOf(criteria), order: 'DATE_ASC', after: false, mode: 'count' });
  const [row] = await readRecords(graph, query, paramsOf(criteria));
  return (row?.n as number) ?? 0;
}

/** The same page request for many actors (or articles) at once: one query, one page per key, in key order. */
export async function eventsPagesByKey(
  graph: ReadGraph,
  by: 'actor' | 'article',
  keys: readonly string[],
  req: EventPageRequest,
): Promise<EventPage[]> {
  if (matchesNothing(req.criteria)) return keys.map(() => ({ rows: [], hasNextPage: false }));
  const anchor: EventAnchor = by === 'actor' ? 'batchActor' : 'batchArticle';
  const query = eventsQuery({ ...shapeOf(req.criteria), article: false, anchor, order: req.order, after: !!req.after, mode: 'page', ...projectionOf(req) });
  const rows = await readRecords(graph, query, {
    ...paramsOf(req.criteria),
    keys,
    afterKey: req.after?.k ?? null,
    afterId: req.after?.id ?? null,
    limit: int(req.first + 1),
  });
  const byKey = new Map(rows.map((r) => [r.key as string, toRows(r.rows as { event: Record<string, unknown>; sortKey: string }[], req.participants === 'brief')]));
  return keys.map((k) => {
    const all = byKey.get(k) ?? [];
    return { rows: all.slice(0, req.first), hasNextPage: all.length > req.first };
  });
}

/** How many events match, per actor (or article), in key order. */
export async function countEventsByKey(graph: ReadGraph, by: 'actor' | 'article', keys: readonly string[], criteria: EventCriteria): Promise<number[]> {
  if (matchesNothing(criteria)) return keys.map(() => 0);
  const anchor: EventAnchor = by === 'actor' ? 'batchActor' : 'batchArticle';
  const query = eventsQuery({ ...shapeOf(criteria), article: false, anchor, order: 'DATE_ASC', after: false, mode: 'count' });
  const rows = await readRecords(graph, query, { ...paramsOf(criteria), keys });
  const byKey = new Map(rows.map((r) => [r.key as string, r.n as number]));
  return keys.map((k) => byKey.get(k) ?? 0);
}

export async function eventsByIds(graph: ReadGraph, ids: readonly string[]): Promise<(EventRecord | null)[]> {
  const rows = await readRecords(graph, EVENTS_BY_ID, { ids });
  const byId = new Map(rows.map((r) => [r.id as string, toEvent(r.event as Record<string, unknown>)]));
  return ids.map((id) => byId.get(id) ?? null);
}

export async function participantsByEventIds(graph: ReadGraph, ids: readonly string[]): Promise<ParticipantRecord[][]> {
  const rows = await readRecords(graph, PARTICIPANTS_BY_EVENT, { ids });
  const byId = new Map(rows.map((r) => [r.id as string, toParticipants(r.participants as { role: ParticipantRole; actor: Record<string, unknown> }[])]));
  return ids.map((id) => byId.get(id) ?? []);
}

export async function placesByEventIds(graph: ReadGraph, ids: readonly string[]): Promise<(PlaceRecord | null)[]> {
  const rows = await readRecords(graph, PLACE_BY_EVENT, { ids });
  const byId = new Map(rows.map((r) => [r.id as string, r.place as PlaceRecord]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** A stored article projection (ARTICLE_SUMMARY) as an `ArticleSummary`. */
export function toArticleSummary(a: Record<string, unknown>): ArticleSummary {
  return {
    id: a.id as string,
    url: (a.url as string | null) ?? null,
    outlet: (a.outlet as string | null) ?? null,
    title: (a.title as string | null) ?? null,
    language: (a.language as string | null) ?? null,
    publishedAt: (a.publishedAt as string | null) ?? null,
    sha256: (a.sha256 as string | null) ?? '',
    status: ((a.status as string | null) ?? 'PENDING') as ArticleSummary['status'],
    attempts: (a.attempts as number | null) ?? 0,
    error: (a.error as string | null) ?? null,
    extractorVersion: (a.extractorVersion as string | null) ?? null,
    createdAt: (a.createdAt as string | null) ?? null,
  };
}

type StoredSource = { quote: string; start: number; end: number; article: Record<string, unknown> };

function toSources(list: StoredSource[]): SourceRecord[] {
  return list.map((s) => ({ quote: s.quote, start: s.start, end: s.end, article: toArticleSummary(s.article) }));
}

export async function sourcesByEventIds(graph: ReadGraph, ids: readonly string[]): Promise<SourceRecord[][]> {
  const rows = await readRecords(graph, SOURCES_BY_EVENT, { ids });
  const byId = new Map(rows.map((r) => [r.id as string, toSources(r.sources as StoredSource[])]));
  return ids.map((id) => byId.get(id) ?? []);
}

/**
 * Events with their participants, place and sources (one query), in id order. `brief`: the
 * participants' actors with their id and name only (marked on the records, see `briefParticipants`).
 */
export async function eventsWithSourcesByIds(
  graph: ReadGraph,
  ids: readonly string[],
  participants: 'brief' | 'full' = 'full',
): Promise<({ event: EventRecord; sources: SourceRecord[] } | null)[]> {
  const rows = await readRecords(graph, eventsWithSourcesById(participants), { ids });
  const byId = new Map(
    rows.map((r) => {
      const event = toEvent(r.event as Record<string, unknown>);
      if (participants === 'brief') event.briefParticipants = true;
      return [r.id as string, { event, sources: toSources(r.sources as StoredSource[]) }];
    }),
  );
  return ids.map((id) => byId.get(id) ?? null);
}

export async function articleSummariesByIds(graph: ReadGraph, ids: readonly string[]): Promise<(ArticleSummary | null)[]> {
  const rows = await readRecords(graph, ARTICLE_SUMMARIES_BY_ID, { ids });
  const byId = new Map(rows.map((r) => [r.id as string, toArticleSummary(r.article as Record<string, unknown>)]));
  return ids.map((id) => byId.get(id) ?? null);
}

export async function articleTextsByIds(graph: ReadGraph, ids: readonly string[]): Promise<(string | null)[]> {
  const rows = await readRecords(graph, ARTICLE_TEXT_BY_ID, { ids });
  const byId = new Map(rows.map((r) => [r.id as string, (r.text as string | null) ?? '']));
  return ids.map((id) => byId.get(id) ?? null);
}
