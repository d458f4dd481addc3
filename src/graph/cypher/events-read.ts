// Cypher for reading events, their participants, places and sources, and the MET network
// (src/graph/event-reader.ts). Parameters only: the page queries are assembled from the fixed
// fragments below according to which filters are present, so each shape is one cached plan.
import { ACTOR_FIELDS } from './actors.ts';

const EVENT_OWN_FIELDS = `.id, .type, .date, dateStart: toString(e.dateStart), dateEnd: toString(e.dateEnd), .precision, .status, .confidence, .location, reportCount: coalesce(e.reportCount, 1), meeting: e:Meeting`;
const EVENT_PLACE_FIELD = `place: [(e)-[:AT]->(pl:Place) | pl {.id, .name}][0]`;
/**
 * An event's projection as the API reads it (dates as `YYYY-MM-DD` strings): its own fields, its
 * place unless the query leaves it out (one relationship, cheaper than a round trip later), its
 * participants when the caller will show them (`brief`: the actors' id and name only).
 */
function eventFields(participants: 'none' | 'brief' | 'full', withPlace: boolean): string {
  const fields = [EVENT_OWN_FIELDS];
  if (withPlace) fields.push(EVENT_PLACE_FIELD);
  if (participants !== 'none') {
    const actor = participants === 'full' ? ACTOR_FIELDS : 'x {.id, .name}';
    fields.push(`participants: [(e)<-[p:PARTICIPATED_IN]-(x:Actor) | {role: p.role, actor: ${actor}}]`);
  }
  return `e {${fields.join(', ')}}`;
}

/** An event with its place. */
export const EVENT_FIELDS = eventFields('none', true);

/** An event with its participants and their actors, ordered by actor id (as PARTICIPANTS_BY_EVENT). */
export const EVENT_FIELDS_WITH_PARTICIPANTS = eventFields('full', true);

/** An article without its text (the text is loaded only when asked for). */
export const ARTICLE_SUMMARY = `a {.id, .url, .outlet, .title, .language, .sha256, .status, .attempts, .error, .extractorVersion, publishedAt: toString(a.publishedAt), createdAt: toString(a.createdAt)}`;

/** Events by id, with their participants: a single event is nearly always shown with them. */
export const EVENTS_BY_ID = `
UNWIND $ids AS id
MATCH (e:Event {id: id})
RETURN id, ${EVENT_FIELDS_WITH_PARTICIPANTS} AS event
`;

/** Participants per event id, with the actors themselves (so the actor loader needs no second query). */
export const PARTICIPANTS_BY_EVENT = `
UNWIND $ids AS id
MATCH (:Event {id: id})<-[p:PARTICIPATED_IN]-(x:Actor)
WITH id, p, x ORDER BY x.id
RETURN id, collect({role: p.role, actor: ${ACTOR_FIELDS}}) AS participants
`;

export const PLACE_BY_EVENT = `
UNWIND $ids AS id
MATCH (:Event {id: id})-[:AT]->(p:Place)
RETURN id, p {.id, .name} AS place
`;

/** Every report of each event, oldest article first, with the article (without its text). */
export const SOURCES_BY_EVENT = `
UNWIND $ids AS id
MATCH (:Event {id: id})-[r:REPORTED_IN]->(a:Article)
WITH id, r, a ORDER BY a.publishedAt, a.id
RETURN id, collect({quote: coalesce(r.quote, ''), start: coalesce(r.start, -1), end: coalesce(r.end, -1), article: ${ARTICLE_SUMMARY}}) AS sources
`;

const WITH_SOURCES: Partial<Record<'brief' | 'full', string>> = {};
/**
 * Events by id with everything an event page shows: participants (`brief`: their actors' id and
 * name only), place and sources, in one query.
 */
export function eventsWithSourcesById(participants: 'brief' | 'full' = 'full'): string {
  return (WITH_SOURCES[participants] ??= `
UNWIND $ids AS id
MATCH (e:Event {id: id})
RETURN id, ${eventFields(participants, true)} AS event,
  COLLECT {
    MATCH (e)-[r:REPORTED_IN]->(a:Article)
    WITH r, a ORDER BY a.publishedAt, a.id
    RETURN {quote: coalesce(r.quote, ''), start: coalesce(r.start, -1), end: coalesce(r.end, -1), article: ${ARTICLE_SUMMARY}}
  } AS sources
`);
}

export const ARTICLE_TEXT_BY_ID = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN id, a.text AS text
`;

export const ARTICLE_SUMMARIES_BY_ID = `
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN id, ${ARTICLE_SUMMARY} AS article
`;

/** Where a page of events starts from. `batch*` anchors answer for many `$keys` at once (DataLoader). */
export const EVENT_ANCHORS = ['all', 'actor', 'actorsAny', 'actorPair', 'actorsAll', 'article', 'batchActor', 'batchArticle'] as const;
export type EventAnchor = (typeof EVENT_ANCHORS)[number];

export const EVENT_ORDERS = ['DATE_ASC', 'DATE_DESC', 'CONFIDENCE_DESC'] as const;
export type EventOrder = (typeof EVENT_ORDERS)[number];

/** Which optional filters a query carries; each adds one fixed predicate. */
export interface EventFilterShape {
  types: boolean;
  status: boolean;
  from: boolean;
  to: boolean;
  datedOnly: boolean;
  minConfidence: boolean;
  meetingsOnly: boolean;
  place: boolean;
  article: boolean;
  language: boolean;
  withActor: boolean;
}

export interface EventQueryShape extends EventFilterShape {
  anchor: EventAnchor;
  /**
   * Return each event's participants with it (the caller will show them): `full` with their actors
   * (ACTOR_FIELDS), `brief` with the actors' id and name only. @default 'none'
   */
  participants?: 'none' | 'brief' | 'full';
  /** Return each event's place with it. @default true */
  withPlace?: boolean;
  order: EventOrder;
  after: boolean;
  mode: 'page' | 'count';
}

// Ids merged away by an analyst still find the kept actor.
const ACTOR_IDS = `
CALL () {
  UNWIND $actors AS aid
  OPTIONAL MATCH (c:ActorRedirect {from: aid})
  RETURN collect(DISTINCT coalesce(c.to, aid)) AS actorIds
}`;

const ANCHORS: Record<EventAnchor, string> = {
  all: `MATCH (e:Event)`,
  // One actor (a timeline): no DISTINCT needed, and the redirect is one index lookup.
  actor: `OPTIONAL MATCH (c:ActorRedirect {from: $actors[0]})
WITH coalesce(c.to, $actors[0]) AS aid
MATCH (:Actor {id: aid})-[:PARTICIPATED_IN]->(e:Event)`,
  actorsAny: `${ACTOR_IDS}
UNWIND actorIds AS aid
MATCH (:Actor {id: aid})-[:PARTICIPATED_IN]->(e:Event)
WITH DISTINCT e`,
  // Two actors (meetings between): the planner joins their events from both ends. Two ids that an
  // analyst merged into one actor leave nothing: an actor does not meet itself.
  actorPair: `${ACTOR_IDS}
MATCH (:Actor {id: actorIds[0]})-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(:Actor {id: actorIds[1]})
WITH e`,
  // More: the events of the first two, then those the others also took part in.
  actorsAll: `${ACTOR_IDS}
MATCH (:Actor {id: actorIds[0]})-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(:Actor {id: actorIds[1]})
WHERE COUNT { (e)<-[:PARTICIPATED_IN]-(y:Actor) WHERE y.id IN actorIds[2..] } = size(actorIds) - 2
WITH e`,
  article: `MATCH (:Article {id: $article})<-[:REPORTED_IN]-(e:Event)`,
  batchActor: `UNWIND $keys AS key
MATCH (:Actor {id: key})-[:PARTICIPATED_IN]->(e:Event)`,
  batchArticle: `UNWIND $keys AS key
MATCH (:Article {id: key})<-[:REPORTED_IN]-(e:Event)`,
};

// Overlap semantics: an event [dateStart, dateEnd] matches [from, to] when it ends on or after
// `from` and starts on or before `to`. EXAMPLE: March 2024 (2024-03-01..31) matches from 2024-03-20.
const FILTERS: Record<keyof EventFilterShape, string> = {
  types: `e.type IN $types`,
  status: `e.status = $status`,
  from: `e.dateEnd >= date($from)`,
  to: `e.dateStart <= date($to)`,
  datedOnly: `e.dateStart IS NOT NULL`,
  minConfidence: `e.confidence >= $minConfidence`,
  meetingsOnly: `e:Meeting`,
  place: `EXISTS { MATCH (e)-[:AT]->(p:Place) WHERE p.id = $place OR toLower(p.name) = toLower($place) }`,
  article: `EXISTS { MATCH (e)-[:REPORTED_IN]->(:Article {id: $article}) }`,
  language: `EXISTS { MATCH (e)-[:REPORTED_IN]->(la:Article) WHERE la.language = $language }`,
  withActor: `EXISTS { MATCH (e)<-[:PARTICIPATED_IN]-(:Actor {id: $withActor}) }`,
};

// Sort keys: undated events sort last in both date orders. When every kept event has a date (a
// timeline, a date range), dateStart itself is the key, which the planner sorts a little faster.
const ORDER_KEY: Record<EventOrder, { key: string; dated: string; dir: 'ASC' | 'DESC'; after: string }> = {
  DATE_ASC: { key: `coalesce(e.dateStart, date('9999-12-31'))`, dated: 'e.dateStart', dir: 'ASC', after: `date($afterKey)` },
  DATE_DESC: { key: `coalesce(e.dateStart, date('0001-01-01'))`, dated: 'e.dateStart', dir: 'DESC', after: `date($afterKey)` },
  CONFIDENCE_DESC: { key: `coalesce(e.confidence, 0.0)`, dated: `coalesce(e.confidence, 0.0)`, dir: 'DESC', after: `toFloat($afterKey)` },
};

const cache = new Map<string, string>();

/**
 * The page (or count) query for a shape. Keyset pagination on (sort key, id); a page asks for one
 * row more than it shows, to know whether there is a next page.
 * EXAMPLE: { anchor: 'actorsAny', from: true, order: 'DATE_ASC', mode: 'page', … } →
 *   CALL () {…redirects…} UNWIND actorIds AS aid MATCH (:Actor {id: aid})-[:PARTICIPATED_IN]->(e:Event)
 *   WITH DISTINCT e WHERE e.dateEnd >= date($from) WITH e, coalesce(e.dateStart, …) AS k … LIMIT $limit
 */
export function eventsQuery(shape: EventQueryShape): string {
  const cacheKey = JSON.stringify(shape);
  const hit = cache.get(cacheKey);
  if (hit) return hit;
  const batch = shape.anchor === 'batchActor' || shape.anchor === 'batchArticle';
  const keyVar = batch ? 'key, ' : '';
  const predicates = (Object.keys(FILTERS) as (keyof EventFilterShape)[])
    .filter((f) => shape[f] && !(f === 'article' && shape.anchor === 'article'))
    .map((f) => FILTERS[f]);
  const anchor = ANCHORS[shape.anchor];
  // A WHERE after MATCH, or after the anchor's closing WITH.
  const where = predicates.length ? `\nWHERE ${predicates.join('\n  AND ')}` : '';
  const base = `${anchor}${where}`;
  let query: string;
  if (shape.mode === 'count') {
    query = `${base}\nRETURN ${keyVar}count(e) AS n`;
  } else {
    const o = ORDER_KEY[shape.order];
    const cmp = o.dir === 'ASC' ? '>' : '<';
    const keyset = shape.after ? `\nWHERE k ${cmp} ${o.after} OR (k = ${o.after} AND e.id > $afterId)` : '';
    const dated = shape.datedOnly || shape.from || shape.to;
    const sorted = `\nWITH ${keyVar}e, ${dated ? o.dated : o.key} AS k${keyset}\nORDER BY k ${o.dir}, e.id ASC`;
    const fields = eventFields(shape.participants ?? 'none', shape.withPlace ?? true);
    query = batch
      ? `${base}${sorted}\nWITH key, collect({event: ${fields}, sortKey: toString(k)})[..$limit] AS rows\nRETURN key, rows`
      : `${base}${sorted}\nLIMIT $limit\nRETURN ${fields} AS event, toString(k) AS sortKey`;
  }
  cache.set(cacheKey, query);
  return query;
}

/** Actors who met any actor of `$frontier` (in the date range), most met first. */
export const NETWORK_NEIGHBOURS = `
UNWIND $frontier AS fid
MATCH (:Actor {id: fid})-[m:MET]-(b:Actor)
WHERE ($from IS NULL OR m.dateEnd >= date($from)) AND ($to IS NULL OR m.dateStart <= date($to))
WITH b.id AS id, count(m) AS n
ORDER BY n DESC, id
LIMIT $limit
RETURN id
`;

/** The MET edges among a set of actors (in the date range), in date order. */
export const NETWORK_EDGES = `
MATCH (a:Actor)-[m:MET]->(b:Actor)
WHERE a.id IN $ids AND b.id IN $ids
  AND ($from IS NULL OR m.dateEnd >= date($from)) AND ($to IS NULL OR m.dateStart <= date($to))
WITH a, b, m ORDER BY m.dateStart, m.eventId, a.id, b.id
LIMIT $limit
RETURN a.id AS from, b.id AS to, m {.eventId, .type, .date, dateStart: toString(m.dateStart), dateEnd: toString(m.dateEnd), .precision, .status} AS met
`;

/** The redirect target of an actor id (itself when not merged away). */
export const ACTOR_REDIRECT = `
OPTIONAL MATCH (c:ActorRedirect {from: $id})
RETURN coalesce(c.to, $id) AS id
`;
