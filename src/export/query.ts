// The two Cypher queries an export streams: nodes first, then edges. Parameters only.
//
// An export is a set of events and what hangs off them. The event filter (all conditions must hold):
//   $from    — the event's dates overlap [$from, …]:  dateEnd >= $from   (undated events drop out)
//   $to      — …and [… , $to]:                        dateStart <= $to
//   $types   — its type is one of these
//   $actors  — one of these actors took part
// Exported: the selected events, every participant of them (not only the $actors), their places,
// and with $withArticles the articles reporting them. Without any filter ($all) the whole graph
// goes out, actors and places without events included.
//
// Each label is its own UNION ALL branch that visits each node once, so Neo4j returns no
// duplicates and nothing is aggregated over the whole graph; the exporter still keeps a Set of ids.

/** Keep the event variable named `e` wherever this is spliced in. */
const EVENT_FILTER = `($from IS NULL OR e.dateEnd >= date($from))
  AND ($to IS NULL OR e.dateStart <= date($to))
  AND ($types IS NULL OR e.type IN $types)
  AND ($actors IS NULL OR EXISTS { MATCH (e)<-[:PARTICIPATED_IN]-(f:Actor) WHERE f.id IN $actors })`;

/**
 * Columns: uid, label, labels, caption, props, start, end. `start`/`end` are the node's presence on
 * a timeline: an event its own dates; an actor or place the first to last day of its selected
 * events (computed only when $spans, for GEXF); an article its publication day.
 */
export const EXPORT_NODES = `
MATCH (e:Event) WHERE ${EVENT_FILTER}
RETURN 'event:' + e.id AS uid, 'Event' AS label, ['Event'] + [l IN labels(e) WHERE l <> 'Event'] AS labels,
  e.type + coalesce(' ' + e.date, '') + coalesce(' ' + e.location, '') AS caption,
  e {.id, .type, .date, dateStart: toString(e.dateStart), dateEnd: toString(e.dateEnd), .precision, .status,
     .confidence, .location, .reportCount} AS props,
  toString(e.dateStart) AS start, toString(e.dateEnd) AS end
UNION ALL
MATCH (a:Actor)
WHERE $all OR EXISTS { MATCH (a)-[:PARTICIPATED_IN]->(e:Event) WHERE ${EVENT_FILTER} }
CALL (a) {
  OPTIONAL MATCH (a)-[:PARTICIPATED_IN]->(e:Event) WHERE $spans AND ${EVENT_FILTER}
  RETURN toString(min(e.dateStart)) AS start, toString(max(e.dateEnd)) AS end
}
RETURN 'actor:' + a.id AS uid, 'Actor' AS label, ['Actor'] + [l IN labels(a) WHERE l <> 'Actor'] AS labels,
  coalesce(a.name, a.id) AS caption, a {.id, .name, .kind, .aliases} AS props, start, end
UNION ALL
MATCH (p:Place)
WHERE $all OR EXISTS { MATCH (e:Event)-[:AT]->(p) WHERE ${EVENT_FILTER} }
CALL (p) {
  OPTIONAL MATCH (e:Event)-[:AT]->(p) WHERE $spans AND ${EVENT_FILTER}
  RETURN toString(min(e.dateStart)) AS start, toString(max(e.dateEnd)) AS end
}
RETURN 'place:' + p.id AS uid, 'Place' AS label, ['Place'] + [l IN labels(p) WHERE l <> 'Place'] AS labels,
  coalesce(p.name, p.id) AS caption, p {.id, .name} AS props, start, end
UNION ALL
MATCH (ar:Article)
WHERE $withArticles AND ($all OR EXISTS { MATCH (e:Event)-[:REPORTED_IN]->(ar) WHERE ${EVENT_FILTER} })
RETURN 'article:' + ar.id AS uid, 'Article' AS label, ['Article'] + [l IN labels(ar) WHERE l <> 'Article'] AS labels,
  coalesce(ar.title, ar.outlet + ' ' + toString(ar.publishedAt), ar.url, ar.id) AS caption,
  ar {.id, .url, .outlet, .title, .language, publishedAt: toString(ar.publishedAt)} AS props,
  toString(ar.publishedAt) AS start, toString(ar.publishedAt) AS end
`;

/**
 * Columns: uid, type, source, target, props, start, end. Edges are found from the selected events,
 * so both ends are always exported nodes. MET edges are looked up by `eventId` (index met_event_id).
 */
export const EXPORT_EDGES = `
MATCH (e:Event) WHERE ${EVENT_FILTER}
CALL (e) {
  MATCH (a:Actor)-[r:PARTICIPATED_IN]->(e)
  RETURN 'PARTICIPATED_IN' AS type, 'PARTICIPATED_IN:' + a.id + ':' + e.id AS uid, 'actor:' + a.id AS source,
    'event:' + e.id AS target, r {.role} AS props, toString(e.dateStart) AS start, toString(e.dateEnd) AS end
  UNION ALL
  MATCH (e)-[:AT]->(p:Place)
  RETURN 'AT' AS type, 'AT:' + e.id + ':' + p.id AS uid, 'event:' + e.id AS source, 'place:' + p.id AS target,
    {} AS props, toString(e.dateStart) AS start, toString(e.dateEnd) AS end
  UNION ALL
  MATCH (x:Actor)-[m:MET]->(y:Actor) WHERE m.eventId = e.id
  RETURN 'MET' AS type, 'MET:' + m.eventId + ':' + x.id + ':' + y.id AS uid, 'actor:' + x.id AS source,
    'actor:' + y.id AS target,
    m {.eventId, .type, .date, dateStart: toString(m.dateStart), dateEnd: toString(m.dateEnd), .precision, .status} AS props,
    toString(m.dateStart) AS start, toString(m.dateEnd) AS end
  UNION ALL
  MATCH (e)-[r:REPORTED_IN]->(ar:Article) WHERE $withArticles
  RETURN 'REPORTED_IN' AS type, 'REPORTED_IN:' + e.id + ':' + coalesce(r.key, ar.id) AS uid, 'event:' + e.id AS source,
    'article:' + ar.id AS target, r {.key, .quote, .start, .end} AS props,
    null AS start, null AS end
}
RETURN type, uid, source, target, props, start, end
`;

export interface ExportQueryParams {
  from: string | null;
  to: string | null;
  types: string[] | null;
  actors: string[] | null;
  /** No filter at all: every actor and place, not only those of exported events. */
  all: boolean;
  withArticles: boolean;
  /** Compute actors' and places' first/last days (GEXF spells). */
  spans: boolean;
}
