// Cypher for writing an article's events, actors and edges (src/graph/event-store.ts).
// Parameters only; batches UNWIND $rows.

/** Serializes event resolution: concurrent articles reporting one event must see each other. */
export const EVENT_RESOLUTION_LOCK = `
MATCH (l:Lock {id: 'event-resolution'}) SET l.at = timestamp() RETURN l.id AS id
`;

/** Events these articles reported before (re-ingest, corrected text, reprocess). */
export const EVENTS_OF_ARTICLES = `
UNWIND $articleIds AS articleId
MATCH (e:Event)-[:REPORTED_IN]->(:Article {id: articleId})
RETURN collect(DISTINCT e.id) AS ids
`;

/**
 * Span classes of events, by the length of their date span: the candidate lookup below seeks, per
 * class, the events whose span starts at most `maxDays` before the new report's window, so that a
 * lookup reads the events of a few weeks, not every earlier event of the type.
 * Stored on PARTICIPATED_IN as `spanClass` (migration 007).
 */
export const SPAN_CLASSES = [
  { id: 1, maxDays: 45 },
  { id: 2, maxDays: 400 },
  { id: 3, maxDays: null },
] as const;

/** EXAMPLE: ('2024-03-04', '2024-03-11') → 1; a year-long span → 2. */
export function spanClassOf(spanStart: string, spanEnd: string): number {
  const days = (Date.parse(spanEnd) - Date.parse(spanStart)) / 86_400_000;
  return SPAN_CLASSES.find((c) => c.maxDays === null || days <= c.maxDays)!.id;
}

/**
 * Events that may be the same real-world event as one of the new reports: same type, overlapping
 * window, a shared participant. Seeks the participation index (migration 007) on
 * `resKey` = type|actor id, span class and span start, so a busy actor's thousands of other events
 * are never read. The plan is fixed by the hint, so it is kept when the graph's statistics change
 * (`replan=skip`): while a graph fills up, Neo4j would otherwise plan this query again every few
 * seconds, at 100 ms or more a time.
 */
export const EVENT_CANDIDATES = `
CYPHER replan=skip
UNWIND $rows AS row
UNWIND row.participantIds AS pid
UNWIND $classes AS c
WITH row, row.type + '|' + pid AS key, c.id AS class,
     CASE WHEN c.maxDays IS NULL THEN date('0001-01-01') ELSE date(row.windowStart) - duration({days: c.maxDays}) END AS lo,
     date(row.windowStart) AS ws, date(row.windowEnd) AS we
MATCH ()-[p:PARTICIPATED_IN]->(e:Event)
USING INDEX p:PARTICIPATED_IN(resKey, spanClass, spanStart)
WHERE p.resKey = key AND p.spanClass = class AND p.spanStart >= lo AND p.spanStart <= we AND e.spanEnd >= ws
RETURN collect(DISTINCT e.id) AS ids
`;

/** Every other article's reports of these events, with the event each is on now. */
export const REPORTS_OF_EVENTS = `
MATCH (e:Event)-[r:REPORTED_IN]->(a:Article)
WHERE e.id IN $ids AND NOT a.id IN $articleIds
RETURN e.id AS eventId, r {.*, articleId: a.id} AS report
`;

/** The reports these articles made before (they are written again from the new extraction). */
export const ARTICLE_REPORTS_DELETE = `
UNWIND $articleIds AS articleId
MATCH (:Event)-[r:REPORTED_IN]->(:Article {id: articleId})
DELETE r
`;

/** Reports that move to another event (clusters merged or split): found by key (index reported_in_key). */
export const REPORTS_DELETE = `
UNWIND $keys AS key
MATCH ()-[r:REPORTED_IN {key: key}]->()
DELETE r
`;

export const EVENTS_DELETE = `
OPTIONAL MATCH ()-[m:MET]->() WHERE m.eventId IN $ids
DELETE m
WITH count(*) AS _
MATCH (e:Event) WHERE e.id IN $ids
DETACH DELETE e
`;

export const ARTICLE_MENTIONS_DELETE = `
UNWIND $articleIds AS articleId
MATCH (:Actor)-[m:MENTIONED_IN]->(:Article {id: articleId}) DELETE m
`;

export const ACTORS_UPSERT = `
UNWIND $rows AS row
MERGE (x:Actor {id: row.id})
  ON CREATE SET x.name = row.name, x.kind = row.kind, x.aliases = []
WITH x, row
// Sorted union, so that the list does not depend on which article came first.
CALL (x, row) {
  UNWIND coalesce(x.aliases, []) + row.aliases AS alias
  WITH DISTINCT alias ORDER BY alias
  RETURN collect(alias) AS aliases
}
SET x.aliases = aliases, x.aliasText = reduce(t = x.name, a IN aliases | t + ' | ' + a)
WITH count(*) AS _
UNWIND $mentions AS m
MATCH (x:Actor {id: m.actorId}), (a:Article {id: m.articleId})
CREATE (x)-[:MENTIONED_IN {count: m.count}]->(a)
`;

export const PLACES_UPSERT = `
UNWIND $rows AS row
MERGE (p:Place {id: row.id})
  ON CREATE SET p.name = row.name
`;

/** New events: the nodes (participants, place, reports and MET edges follow). */
export const EVENTS_CREATE = `
UNWIND $rows AS row
CREATE (e:Event {
  id: row.id, type: row.type, date: row.dateValue,
  dateStart: CASE WHEN row.dateStart IS NULL THEN null ELSE date(row.dateStart) END,
  dateEnd: CASE WHEN row.dateEnd IS NULL THEN null ELSE date(row.dateEnd) END,
  precision: row.precision, status: row.status, confidence: row.confidence,
  location: row.location, reportCount: row.reportCount,
  spanStart: date(row.spanStart), spanEnd: date(row.spanEnd)
})
FOREACH (_ IN CASE WHEN row.meeting THEN [1] ELSE [] END | SET e:Meeting)
`;

/**
 * Events that stay (same id) but whose reports changed: new properties, and their participants,
 * place and MET edges removed to be written again (a handful of edges; their reports stay).
 */
export const EVENTS_UPDATE = `
UNWIND $rows AS row
MATCH (e:Event {id: row.id})
SET e.date = row.dateValue,
  e.dateStart = CASE WHEN row.dateStart IS NULL THEN null ELSE date(row.dateStart) END,
  e.dateEnd = CASE WHEN row.dateEnd IS NULL THEN null ELSE date(row.dateEnd) END,
  e.precision = row.precision, e.status = row.status, e.confidence = row.confidence,
  e.location = row.location, e.reportCount = row.reportCount,
  e.spanStart = date(row.spanStart), e.spanEnd = date(row.spanEnd)
WITH e
CALL (e) {
  MATCH (e)<-[p:PARTICIPATED_IN]-(:Actor)
  DELETE p
}
CALL (e) {
  MATCH (e)-[at:AT]->(:Place)
  DELETE at
}
CALL (e) {
  MATCH ()-[m:MET]->() WHERE m.eventId = e.id
  DELETE m
}
`;

/** Participants of new and changed events. */
export const PARTICIPATIONS_CREATE = `
UNWIND $rows AS row
MATCH (e:Event {id: row.id})
WITH e, row
UNWIND row.participants AS p
MATCH (x:Actor {id: p.actorId})
CREATE (x)-[:PARTICIPATED_IN {role: p.role, resKey: row.type + '|' + x.id, spanClass: row.spanClass, spanStart: e.spanStart}]->(e)
`;

export const EVENTS_AT = `
UNWIND $rows AS row
MATCH (e:Event {id: row.eventId}), (p:Place {id: row.placeId})
CREATE (e)-[:AT]->(p)
`;

export const REPORTS_CREATE = `
UNWIND $rows AS row
MATCH (e:Event {id: row.eventId}), (a:Article {id: row.articleId})
CREATE (e)-[r:REPORTED_IN]->(a)
SET r = row.props
`;

export const MET_CREATE = `
UNWIND $rows AS row
MATCH (x:Actor {id: row.from}), (y:Actor {id: row.to})
CREATE (x)-[:MET {eventId: row.eventId, type: row.type, date: row.date,
  dateStart: CASE WHEN row.dateStart IS NULL THEN null ELSE date(row.dateStart) END,
  dateEnd: CASE WHEN row.dateEnd IS NULL THEN null ELSE date(row.dateEnd) END,
  precision: row.precision, status: row.status}]->(y)
`;

/** Offices the article's actors held (from the lexicon), with their tenures. */
export const ROLES_UPSERT = `
UNWIND $rows AS row
MATCH (x:Actor {id: row.actorId})
MERGE (r:Role {id: row.roleId})
  ON CREATE SET r.kind = row.kind, r.scopeId = row.scopeId, r.title = row.title
MERGE (x)-[h:HELD_ROLE {from: date(row.from)}]->(r)
SET h.title = row.title, h.to = CASE WHEN row.to IS NULL THEN null ELSE date(row.to) END
`;
