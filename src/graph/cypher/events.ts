// Cypher for writing an article's events, actors and edges (src/graph/event-store.ts).
// Parameters only; batches UNWIND $rows.

/** Serializes event resolution: concurrent articles reporting one event must see each other. */
export const EVENT_RESOLUTION_LOCK = `
MATCH (l:Lock {id: 'event-resolution'}) SET l.at = timestamp() RETURN l.id AS id
`;

/** Events this article reported before (re-ingest, corrected text, reprocess). */
export const EVENTS_OF_ARTICLE = `
MATCH (e:Event)-[:REPORTED_IN]->(:Article {id: $articleId})
RETURN collect(DISTINCT e.id) AS ids
`;

/** Events that may be the same real-world event as one of the new reports: same type, overlapping window, a shared participant. */
export const EVENT_CANDIDATES = `
UNWIND $rows AS row
MATCH (e:Event {type: row.type})
WHERE e.spanStart <= date(row.windowEnd) AND e.spanEnd >= date(row.windowStart)
  AND EXISTS { MATCH (e)<-[:PARTICIPATED_IN]-(x:Actor) WHERE x.id IN row.participantIds }
RETURN collect(DISTINCT e.id) AS ids
`;

/** Every other article's reports of these events. */
export const REPORTS_OF_EVENTS = `
MATCH (e:Event)-[r:REPORTED_IN]->(a:Article)
WHERE e.id IN $ids AND a.id <> $articleId
RETURN r {.*, articleId: a.id} AS report
`;

export const EVENTS_DELETE = `
OPTIONAL MATCH ()-[m:MET]->() WHERE m.eventId IN $ids
DELETE m
WITH count(*) AS _
MATCH (e:Event) WHERE e.id IN $ids
DETACH DELETE e
`;

export const ARTICLE_MENTIONS_DELETE = `
MATCH (:Actor)-[m:MENTIONED_IN]->(:Article {id: $articleId}) DELETE m
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
WITH x, row
MATCH (a:Article {id: $articleId})
MERGE (x)-[m:MENTIONED_IN]->(a)
SET m.count = row.count
`;

export const PLACES_UPSERT = `
UNWIND $rows AS row
MERGE (p:Place {id: row.id})
  ON CREATE SET p.name = row.name
`;

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
WITH e, row
UNWIND row.participants AS p
MATCH (x:Actor {id: p.actorId})
CREATE (x)-[:PARTICIPATED_IN {role: p.role}]->(e)
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
