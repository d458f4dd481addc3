// Cross-article event resolution looks up candidate events by participant, type and date
// (EVENT_CANDIDATES in src/graph/cypher/events.ts): PARTICIPATED_IN carries
//   resKey    = '<event type>|<actor id>'
//   spanClass = 1 (span ≤ 45 days), 2 (≤ 400 days), 3 (longer)
//   spanStart = the event's spanStart
// and one composite index answers the lookup with an equality, an equality and a range.
CREATE INDEX participated_in_resolution IF NOT EXISTS FOR ()-[p:PARTICIPATED_IN]-() ON (p.resKey, p.spanClass, p.spanStart);
// Participations written before this migration.
MATCH (x:Actor)-[p:PARTICIPATED_IN]->(e:Event) WHERE p.resKey IS NULL SET p.resKey = e.type + '|' + x.id, p.spanStart = e.spanStart, p.spanClass = CASE WHEN duration.inDays(e.spanStart, e.spanEnd).days <= 45 THEN 1 WHEN duration.inDays(e.spanStart, e.spanEnd).days <= 400 THEN 2 ELSE 3 END;
